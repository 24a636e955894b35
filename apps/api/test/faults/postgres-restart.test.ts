// Fault 2: the PostgreSQL server itself is stopped and started again (a dedicated server, not the
// test run's) while requests and subscriptions are live on a real API process. Meanwhile requests
// fail with a clear, retryable error; afterwards they work without restarting the API, and the open
// subscriptions receive everything committed after the restart.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabaseExists, initOrm, migrate } from '../../src/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.ts';
import { startTestApi, type TestApi } from '../harness.ts';
import { createWorld, invite, inviteInput, GRANT_ACCESS, type World } from '../grants-fixtures.ts';
import { spawnApi, type ApiProcess } from './api-process.ts';
import { follow } from './live-events.ts';
import { freePort } from '../free-port.ts';

let dir: string;
let port: number;
let server: EmbeddedDatabase | null = null;
let url: string;
let a: TestApi;
let p: ApiProcess;
let w: World;

const startServer = async () => {
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, persistent: true });
};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-fault-pg-'));
  await fs.chmod(dir, 0o755);
  port = await freePort();
  await startServer();
  await ensureDatabaseExists(server!.url('postgres'), 'fault');
  url = server!.url('fault');
  const orm = await initOrm(url);
  await migrate(orm);
  await orm.close();
  a = await startTestApi({ databaseUrl: url, env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
  p = await spawnApi(url, 'fault-restart');
}, 120_000);
afterAll(async () => {
  await p?.kill();
  await a?.close().catch(() => {});
  await server?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function grantVia(api: ApiProcess) {
  return api.gql<{ grantAccess: { grant: { id: string } } }>(
    GRANT_ACCESS,
    { input: inviteInput(w) },
    w.titularToken,
  );
}

describe('fault: the PostgreSQL server is stopped and started again', () => {
  it('requests fail clearly meanwhile and work afterwards; subscribers get everything committed after', async () => {
    const titular = follow(() => p.ws(w.titularToken));
    // Proves the subscription is live before the fault.
    await titular.untilLive(async () => (await invite(a, w)).grant.id);

    await server!.stop();
    const during = await grantVia(p);
    expect(during.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(during.errors?.[0]?.message).toMatch(/tente novamente/i);

    await startServer();
    // The API was not restarted: once its pool reconnects, the same request works.
    let after = await grantVia(p);
    for (let i = 0; i < 50 && after.errors; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await grantVia(p);
    }
    expect(after.errors).toBeUndefined();
    const made = [after.data!.grantAccess.grant.id];
    for (let i = 0; i < 3; i++) made.push((await grantVia(p)).data!.grantAccess.grant.id);

    const events = await titular.until((e) => made.every((id) => e.some((x) => x.grantId === id)));
    expect(events.filter((e) => made.includes(e.grantId!)).map((e) => e.grantId)).toEqual(made);
    expect(titular.errors).toEqual([]);
    titular.stop();
  });
});
