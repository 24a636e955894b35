// A real API process for the fault suite: `node --import @oxc-node/core/register src/main.ts` on a
// given database, on a free port. It can be SIGKILLed; its connections carry its own
// application_name so a test can cut exactly its database connections.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GqlResult } from '../harness.ts';
import { freePort } from '../free-port.ts';

const API_DIR = path.join(import.meta.dirname, '..', '..');

export interface ApiProcess {
  name: string;
  url: string;
  wsUrl: string;
  child: ChildProcess;
  output: () => string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** A graphql-ws client; `retry` makes it reconnect like the portal does. */
  ws(token: string, opts?: { url?: () => string; retry?: boolean }): WsClient;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the API as its own process; resolves once it answers /healthz. */
export async function spawnApi(
  databaseUrl: string,
  name: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const db = new URL(databaseUrl);
  db.searchParams.set('application_name', name);
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      DATABASE_URL: db.toString(),
      API_PORT: String(port),
      HOST: '127.0.0.1',
      PORTAL_URL: 'http://portal.test',
      DEV_MAILBOX: '1',
      WORKERS_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const end = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API ${name} exited: ${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > end) throw new Error(`API ${name} never came up: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const clients: WsClient[] = [];
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  return {
    name,
    url,
    wsUrl,
    child,
    output: () => out,
    async gql(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<never>;
    },
    ws(token, opts = {}) {
      const c = createClient({
        url: opts.url ?? wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: opts.retry ? 50 : 0,
        retryWait: () => new Promise((r) => setTimeout(r, 200)),
        shouldRetry: () => true,
        lazy: false,
        onNonLazyError: () => {},
      });
      clients.push(c);
      return c;
    },
    async kill(signal = 'SIGTERM') {
      await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
}
