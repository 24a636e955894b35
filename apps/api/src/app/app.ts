// One API process: GraphQL over HTTP and WebSocket on `/graphql`, the modules' routes and workers.
// Each part lives in its own file; this one wires them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../common/logger.ts';
import { withRequestContext } from '../common/request-context.ts';
import { replicaFigures } from '../db/replica-metrics.ts';
import type { DatabaseTargets } from '../db/database.ts';
import type { Config } from '../config/config.ts';
import { callerConfirmationPlugin } from '../graphql/caller-confirmation.ts';
import { createErrorFormatter } from '../graphql/format-error.ts';
import { PgPubSub } from '../graphql/pubsub.ts';
import { createSchema } from '../graphql/schema.ts';
import { Metrics } from '../modules/metrics/metrics.ts';
import { metricsPlugin } from '../modules/metrics/metrics.plugin.ts';
import { metricsHandler } from '../modules/metrics/metrics.route.ts';
import { databaseSources } from '../modules/metrics/metrics.sources.ts';
import { webhookFigures } from '../modules/webhooks/webhook-metrics.ts';
import { startApollo } from './apollo.ts';
import { createContexts, type Contexts } from './caller.ts';
import { createGraphQLHttpHandler } from './graphql-http.ts';
import { createHttpRouter } from './http-router.ts';
import { startJobQueue } from './job-system.ts';
import type { Route, Worker } from './module.ts';
import { modules } from './modules.ts';
import { readinessCheck } from './readiness.ts';
import { createServices, type Services } from './services.ts';
import { attachWebSocketServer } from './websocket-server.ts';

export interface App {
  server: http.Server;
  services: Services;
  schema: GraphQLSchema;
  listen(port: number, host?: string): Promise<number>;
  /** Closes WebSocket connections whose session expired or was revoked (also runs every minute). */
  closeEndedSessionSockets(): Promise<void>;
  close(): Promise<void>;
}

/** Builds one API process. The caller owns the ORM (and the database behind it). */
export async function createApp(
  config: Config,
  log: Logger,
  orm: MikroORM,
  /** Where the LISTEN connection and job workers connect (session mode), and the replica if any. */
  database: DatabaseTargets,
): Promise<App> {
  const pubsub = new PgPubSub(database.sessionUrl, log);
  await pubsub.start();
  const jobs = await startJobQueue(config, log, database.sessionUrl);
  const services = createServices({ config, log, orm, pubsub, database, jobs });
  const schema = await createSchema(pubsub);
  const formatError = createErrorFormatter(log);
  const metrics = createMetrics(orm, pubsub, log);
  replicaFigures(metrics, services.replica);
  const { apollo, validationRules } = await startApollo({
    schema,
    config,
    log,
    formatError,
    plugins: [callerConfirmationPlugin, metricsPlugin(metrics)],
  });
  const contexts = createContexts(services);

  const server = createHttpServer({ config, log, orm, apollo, contexts, metrics });
  const ws = attachWebSocketServer({
    server,
    schema,
    config,
    log,
    services,
    contexts,
    formatError,
    validationRules,
    metrics,
  });
  const workers: Worker[] = config.WORKERS_ENABLED ? modules.flatMap((m) => m.workers?.(services) ?? []) : [];
  const jobHandlers = config.WORKERS_ENABLED
    ? modules.flatMap((m) => m.jobs?.handlers?.(services) ?? [])
    : [];

  return {
    server,
    services,
    schema,
    closeEndedSessionSockets: ws.closeEndedSessionSockets,
    async listen(port, host = config.HOST) {
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      for (const w of workers) w.start();
      await jobs.work(jobHandlers);
      return (server.address() as AddressInfo).port;
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
      await ws.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await Promise.all([services.sessions.settle(), services.apiKeys.settle()]);
      await jobs.stop();
      await pubsub.stop();
      await services.replica.close();
      await services.protocol.close();
    },
  };
}

/** The figures of /metrics: in-process ones and those read from the database at each scrape. */
function createMetrics(orm: MikroORM, pubsub: PgPubSub, log: Logger): Metrics {
  const metrics = new Metrics(databaseSources(orm, pubsub), (err) =>
    log.warn({ err }, 'metrics: database figures unreadable'),
  );
  webhookFigures(metrics, orm);
  return metrics;
}

/** The HTTP server: GraphQL, the modules' routes, health and /metrics, each request with its id. */
function createHttpServer(deps: {
  config: Config;
  log: Logger;
  orm: MikroORM;
  apollo: Parameters<typeof createGraphQLHttpHandler>[0];
  contexts: Contexts;
  metrics: Metrics;
}): http.Server {
  const { config, log, orm, apollo, contexts, metrics } = deps;
  const routes: Route[] = modules
    .flatMap((m) => m.routes ?? [])
    .filter((r) => !r.devOnly || config.devMailbox);
  // Every request's id in its log lines and trace spans (common/request-context.ts).
  const server = http.createServer(
    withRequestContext(
      createHttpRouter({
        log,
        production: config.isProduction,
        graphql: createGraphQLHttpHandler(apollo, (req) =>
          contexts.forRequest(req, { deferConfirmation: true }),
        ),
        readiness: readinessCheck(orm, log),
        routes,
        contextFor: contexts.forRequest,
        metrics: {
          handler: metricsHandler(metrics, config.metricsAccess),
          observe: ({ method, route, status, seconds, code }) => {
            metrics.httpDuration.observe({ method, route, status: String(status) }, seconds);
            if (code) metrics.error(code, 'http');
          },
        },
      }),
    ),
  );
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  return server;
}
