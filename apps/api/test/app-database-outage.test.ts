// When PostgreSQL cannot be reached: readiness answers 503 and logs why; requests get
// SERVICE_UNAVAILABLE ("tente novamente") rather than an internal error; all recover once it is back.
// The outage is real: the API reaches the database through a TCP relay that the test cuts.
import net from 'node:net';
import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApp, type App } from '../src/app/app.ts';
import { createLogger } from '../src/common/logger.ts';
import { loadConfig } from '../src/config/config.ts';
import { initOrm } from '../src/db/database.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { createTestDatabase } from './test-db.ts';

/** A TCP relay to the database that can be cut (refuses new connections, drops open ones) and restored. */
async function relayTo(target: URL) {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    async cut() {
      await new Promise<void>((r) => {
        server.close(() => r());
        for (const s of sockets) s.destroy();
      });
    },
    restore: () => listen(port),
  };
}

let app: App;
let orm: MikroORM;
let base: string;
let token: string;
let relay: Awaited<ReturnType<typeof relayTo>>;
let dropDatabase: () => Promise<void>;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  const db = await createTestDatabase();
  dropDatabase = db.drop;
  const direct = new URL(db.url);
  relay = await relayTo(direct);
  const relayed = new URL(db.url);
  relayed.host = `127.0.0.1:${relay.port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: relayed.toString(),
    PORTAL_URL: 'http://portal.test',
    WORKERS_ENABLED: 'false',
  });
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger(config.LOG_LEVEL, sink);
  orm = await initOrm(relayed.toString(), { poolMax: 5 });
  app = await createApp(config, log, orm, { sessionUrl: relayed.toString() });
  base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  const f = createFactories(orm.em.fork(), 3);
  token = await f.session(await f.user({ email: 'fora.do.ar@exemplo.com.br' }));
});

afterAll(async () => {
  await relay?.restore().catch(() => {});
  await app?.close();
  await orm?.close();
  await dropDatabase?.();
});

const me = () =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

interface Body {
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

describe('the database goes away and comes back', () => {
  it('is ready while the database answers', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect((await me()).status).toBe(200);
  });

  it('while it is unreachable: 503 SERVICE_UNAVAILABLE on readiness and on requests, and says why in the log', async () => {
    await relay.cut();
    try {
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      const readyBody = (await ready.json()) as Body;
      expect(readyBody.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

      const res = await me();
      expect(res.status).toBe(503);
      const body = (await res.json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toMatch(/Tente novamente/);

      // A WebSocket cannot check its session either: closed with "try again later", not a bug.
      const socket = new WebSocket(base.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }),
        ),
      );
      const [code, reason] = await new Promise<[number, string]>((resolve) =>
        socket.on('close', (c, r) => resolve([c, r.toString()])),
      );
      expect(code).toBe(1013);
      expect(reason).toMatch(/Tente novamente/);

      const readiness = logLines.find((l) => l.msg === 'readiness check failed');
      expect(readiness).toBeDefined();
      expect(readiness!.err).toBeDefined();
      expect(JSON.stringify(logLines)).not.toContain('fora.do.ar@exemplo.com.br');
    } finally {
      await relay.restore();
    }
  });

  it('recovers once the database is back', async () => {
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${base}/readyz`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect((await me()).status).toBe(200);
  });
});
