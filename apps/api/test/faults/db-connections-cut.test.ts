// Fault 1: every database connection of an API process (its pool, its LISTEN, its event reader) is
// cut mid-traffic while subscriptions are open on it. Every change committed during the gap reaches
// them, once, and shows the grant's current state.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../harness.ts';
import { createWorld, data, invite, type World } from '../grants-fixtures.ts';
import { spawnApi, type ApiProcess } from './api-process.ts';
import { follow } from './live-events.ts';

let a: TestApi;
let p: ApiProcess;
let w: World;
let admin: pg.Client;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
  p = await spawnApi(a.databaseUrl, 'fault-cut');
  admin = new pg.Client({ connectionString: a.databaseUrl });
  await admin.connect();
}, 60_000);
afterAll(async () => {
  await admin?.end();
  await p?.kill();
  await a?.close();
});

/** Terminates every backend of the process `name` (waiting until it has some open again). */
async function cutConnectionsOf(name: string): Promise<number> {
  const end = Date.now() + 10_000;
  for (;;) {
    const n = await terminate(name);
    if (n > 0 || Date.now() > end) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function terminate(name: string): Promise<number> {
  const { rows } = await admin.query<{ ok: boolean }>(
    `select pg_terminate_backend(pid) as ok from pg_stat_activity
     where application_name = $1 and datname = current_database()`,
    [name],
  );
  return rows.filter((r) => r.ok).length;
}

describe('fault: an API process loses all its database connections', () => {
  it('delivers every change committed during the gap to the subscriptions open on it, once', async () => {
    const titular = follow(() => p.ws(w.titularToken));
    // Proves the subscription is live before the fault.
    await titular.untilLive(async () => (await invite(a, w)).grant.id);

    const made: string[] = [];
    for (let i = 0; i < 12; i++) {
      if (i === 3 || i === 7) expect(await cutConnectionsOf('fault-cut')).toBeGreaterThan(0);
      made.push((await invite(a, w)).grant.id);
    }
    const events = await titular.until((e) => made.every((id) => e.some((x) => x.grantId === id)));
    const created = events.filter((e) => made.includes(e.grantId!));
    expect(created.map((e) => e.grantId)).toEqual(made); // in commit order, none twice
    expect(created.every((e) => e.change === 'CREATED' && e.grant?.status === 'INVITED')).toBe(true);
    expect(titular.errors).toEqual([]);
    titular.stop();

    // Requests through the cut process work again without restarting it.
    const me = await p.gql<{ me: { id: string } }>('{ me { id } }', {}, w.titularToken);
    expect(data(me).me.id).toBe(w.titular.id);
  });
});
