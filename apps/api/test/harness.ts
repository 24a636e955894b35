// Integration-test harness: a real API process (HTTP + WebSocket on a free port) on its own database.
import type { MikroORM } from '@mikro-orm/postgresql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { inject } from 'vitest';
import { createApp, type App } from '../src/app/app.ts';
import { createLogger } from '../src/common/logger.ts';
import { loadConfig, type Config } from '../src/config/config.ts';
import { initOrm } from '../src/db/database.ts';
import type { Topic } from '../src/graphql/topics.ts';
import { createTestDatabase, sessionUrlOf } from './test-db.ts';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: Record<string, unknown> & { code?: string };
  }>;
}

export interface TestApi {
  url: string;
  wsUrl: string;
  app: App;
  orm: MikroORM;
  config: Config;
  databaseUrl: string;
  /** POST a GraphQL operation; `token` becomes `Authorization: Bearer`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { token?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  /** A graphql-ws client authenticated with `token`. */
  ws(token?: string): WsClient;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a database (e.g. a second API process on the same data). */
  databaseUrl?: string;
}

/** Starts an API process for a test file. Pass `databaseUrl` to start a second process on the same data. */
export async function startTestApi(opts: StartOptions = {}): Promise<TestApi> {
  const db = opts.databaseUrl
    ? { url: opts.databaseUrl, sessionUrl: sessionUrlOf(opts.databaseUrl), drop: async () => {} }
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: db.url,
    DATABASE_SESSION_URL: db.sessionUrl,
    PORTAL_URL: 'http://portal.test',
    // Tests read the e-mails' links (the mailbox keeps message bodies); tests with SendGrid turn it off.
    DEV_MAILBOX: '1',
    // Test files reuse a few people for many invites; security-invite-limits.test.ts sets the real limits.
    INVITE_LIMIT_PER_TITULAR_HOUR: '100000',
    INVITE_LIMIT_PER_EMAIL_DAY: '100000',
    INVITE_ANSWER_LIMIT_PER_HOUR: '100000',
    // PgBouncer 1.18 in transaction mode keeps no named prepared statement per client (pgbouncer run).
    ...(inject('pgBouncerPort') ? { DATABASE_PREPARED_STATEMENTS: 'false' } : {}),
    ...opts.env,
  });
  // Every process logs at debug level into the run's log directory (scanned for personal data by the
  // global teardown); TEST_LOG_LEVEL prints to the console instead, for debugging.
  const logDir = inject('logDir');
  const log =
    config.LOG_LEVEL === 'silent' && logDir
      ? createLogger(
          'debug',
          pino.destination({ dest: path.join(logDir, `${process.pid}-${randomUUID()}.log`), sync: true }),
        )
      : createLogger(config.LOG_LEVEL);
  const orm = await initOrm(db.url, { poolMax: 20 });
  const app = await createApp(config, log, orm, {
    sessionUrl: db.sessionUrl,
    replicaUrl: config.DATABASE_REPLICA_URL,
  });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: WsClient[] = [];
  return {
    url,
    wsUrl,
    app,
    orm,
    config,
    databaseUrl: db.url,
    async gql(query, variables, o = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
          ...o.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<never>;
    },
    ws(token) {
      const c = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
        // Connection refusals are asserted by tests; do not print them.
        onNonLazyError: () => {},
      });
      clients.push(c);
      return c;
    },
    async close() {
      await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
      await app.close();
      await orm.close();
      await db.drop();
    },
  };
}

/**
 * Collects the next `n` events of a subscription. `ready` resolves once the server process `api`
 * has attached the subscription to its pub/sub (no sleeping and hoping).
 */
export function nextEvents<T>(
  client: WsClient,
  query: string,
  n: number,
  opts: { api: TestApi; topic?: Topic; timeoutMs?: number },
): { ready: Promise<void>; events: Promise<T[]> } {
  const pubsub = opts.api.app.services.pubsub;
  const topic = opts.topic ?? 'ACCESS_GRANT_CHANGED';
  // What committed before is delivered first: the reader may not have read it yet, and a live
  // subscription hears of whatever the reader delivers after it attached.
  const caughtUp = pubsub.catchUp();
  const before = pubsub.listenerCount(topic);
  const got: T[] = [];
  const ready = (async () => {
    await caughtUp;
    const until = Date.now() + 10_000;
    while (pubsub.listenerCount(topic) <= before) {
      if (Date.now() > until) throw new Error('subscription never attached');
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const events = caughtUp.then(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out with ${got.length}/${n} events`)),
          opts.timeoutMs ?? 10_000,
        );
        const dispose = client.subscribe<T>(
          { query },
          {
            next: (v) => {
              if (v.errors) {
                clearTimeout(timer);
                reject(new Error(JSON.stringify(v.errors)));
                return;
              }
              got.push(v.data as T);
              if (got.length >= n) {
                clearTimeout(timer);
                dispose();
                resolve(got);
              }
            },
            error: (e) => {
              clearTimeout(timer);
              reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
            },
            complete: () => {},
          },
        );
      }),
  );
  return { ready, events };
}
