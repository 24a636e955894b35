// The live event stream's guarantees in one process: ordered delivery that never skips a row of a
// transaction that committed late, catch-up after the LISTEN connection is lost, and the safety poll.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPEND_SQL } from '../src/graphql/pubsub.ts';
import type { Delivery, LiveSubscription } from '../src/modules/events/live-subscription.ts';
import { startTestApi, type TestApi } from './harness.ts';

let a: TestApi;
const clients: pg.Client[] = [];
beforeAll(async () => {
  // A long poll: these tests say when the stream is read (or that only NOTIFY/reconnect woke it).
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  await a.close();
});

async function client(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: a.databaseUrl });
  c.on('error', () => {});
  await c.connect();
  clients.push(c);
  return c;
}

const TOPIC = 'ACCESS_GRANT_CHANGED';

function follow(userId: string): LiveSubscription {
  return a.app.services.pubsub.follow(TOPIC, userId, { limit: 1000, onOverflow: () => {} });
}

/** The next `n` deliveries' markers (`payload.n`), failing after 10 s. */
async function take(sub: LiveSubscription, n: number): Promise<unknown[]> {
  const got: unknown[] = [];
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(got)}`)), 10_000),
  );
  while (got.length < n) {
    const r = await Promise.race<IteratorResult<Delivery>>([sub.next(), timeout]);
    if (r.done) throw new Error('subscription ended');
    got.push((r.value.event!.payload as { n: unknown }).n);
  }
  return got;
}

async function append(c: pg.Client, userId: string, n: unknown): Promise<void> {
  await c.query(APPEND_SQL, [TOPIC, `{${userId}}`, JSON.stringify({ n })]);
}

describe('the live event stream', () => {
  it('delivers a row whose transaction drew the smaller id but committed later (no gap)', async () => {
    const user = randomUUID();
    const sub = follow(user);
    const [t1, t2] = [await client(), await client()];
    await t1.query('begin');
    await append(t1, user, 'first id, commits last');
    await t2.query('begin');
    await append(t2, user, 'second id, commits first');
    await t2.query('commit');
    await a.app.services.pubsub.catchUp();
    expect(await take(sub, 1)).toEqual(['second id, commits first']);
    await t1.query('commit');
    await a.app.services.pubsub.catchUp();
    expect(await take(sub, 1)).toEqual(['first id, commits last']);
    const { rows } = await t1.query<{ n: string }>(
      `select payload->>'n' as n from live_event where $1::uuid = any(user_ids) order by id`,
      [user],
    );
    expect(rows.map((r) => r.n)).toEqual(['first id, commits last', 'second id, commits first']);
    await sub.return();
  });

  it('delivers nothing of a rolled-back transaction, and goes on after it', async () => {
    const user = randomUUID();
    const sub = follow(user);
    const t = await client();
    await t.query('begin');
    await append(t, user, 'rolled back');
    await t.query('rollback');
    await append(t, user, 'committed');
    expect(await take(sub, 1)).toEqual(['committed']);
    await sub.return();
  });

  it('catches up with what committed while its LISTEN connection was cut', async () => {
    const user = randomUUID();
    const sub = follow(user);
    const admin = await client();
    const cut = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = 'delega-listen' and datname = current_database()`,
    );
    expect(cut.rowCount).toBeGreaterThan(0);
    // Committed while no LISTEN is open in that process: its NOTIFY reaches nobody there.
    await append(admin, user, 'during the gap');
    await append(admin, user, 'also during the gap');
    expect(await take(sub, 2)).toEqual(['during the gap', 'also during the gap']);
    await sub.return();
  });

  it('the safety poll delivers an event whose wake-up never came', async () => {
    const user = randomUUID();
    const sub = follow(user);
    const c = await client();
    await c.query(`insert into live_event (topic, user_ids, payload) values ($1, $2, $3)`, [
      TOPIC,
      `{${user}}`,
      JSON.stringify({ n: 'no notify' }),
    ]);
    expect(await take(sub, 1)).toEqual(['no notify']);
    await sub.return();
  });

  it('reaches only the users an event names, through the index', async () => {
    const [u1, u2] = [randomUUID(), randomUUID()];
    const s1 = follow(u1);
    const s2 = follow(u2);
    const c = await client();
    await append(c, u2, 'for u2');
    await append(c, u1, 'for u1');
    expect(await take(s1, 1)).toEqual(['for u1']);
    expect(await take(s2, 1)).toEqual(['for u2']);
    await Promise.all([s1.return(), s2.return()]);
  });
});
