import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NonEmptyArray } from 'type-graphql';
import type { Config } from '../config/config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { AnyJobHandler, QueueSpec } from '../modules/jobs/job-definitions.ts';
import type { Services } from './services.ts';

/** An HTTP route outside GraphQL (PDF download, health, development mailbox). */
export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the URL path; capture groups are passed to the handler. */
  path: RegExp;
  /** Only registered when the development mailbox is switched on (DEV_MAILBOX or DELEGA_DEV). */
  devOnly?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, params: string[], ctx: GraphQLContext): Promise<void>;
}

/** A hand-written background loop. Prefer the job system (`jobs` below): retries, leases, schedules. */
export interface Worker {
  name: string;
  start(): void;
  stop(): Promise<void>;
}

/** What a domain module contributes to the app. */
export interface AppModule {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  routes?: Route[];
  workers?: (services: Services) => Worker[];
  /** Queues on the job system (modules/jobs/job-queue.ts) and, where workers run, their handlers. */
  jobs?: ModuleJobs;
}

/** A module's part in the job system. */
export interface ModuleJobs {
  /** Declared in every process (so any process can enqueue); a dead letter queue before its users. */
  queues: (config: Config) => QueueSpec[];
  /** Run only where WORKERS_ENABLED; a handler with `cron` is also sent on that schedule. */
  handlers?: (services: Services) => AnyJobHandler[];
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function collectResolvers(modules: AppModule[]): NonEmptyArray<Function> {
  const all = modules.flatMap((m) => m.resolvers);
  if (all.length === 0) throw new Error('no resolvers');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  return all as NonEmptyArray<Function>;
}
