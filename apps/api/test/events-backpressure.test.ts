// Back-pressure: a subscriber that falls more than 1,000 events behind is closed with 4429
// ("Muitos eventos pendentes") instead of growing the process's memory, and resumes from its cursor
// without losing any event; a resume that meets a burst bigger than its queue is not closed again.
import { randomUUID } from 'node:crypto';
import { createClient, type Client as WsClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { APPEND_SQL } from '../src/graphql/pubsub.ts';
import { decodeEventCursor, encodeEventCursor } from '../src/modules/events/event-position.ts';
import type { Delivery, LiveSubscription } from '../src/modules/events/live-subscription.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createWorld, invite, type World } from './grants-fixtures.ts';

let a: TestApi;
let w: World;
let db: pg.Client;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
  db = new pg.Client({ connectionString: a.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await a.close();
});

const RESUME = `subscription($after: String) { accessGrantChanged(after: $after) { grantId at cursor } }`;
const FROM = Date.UTC(2030, 0, 1);

describe('a subscriber that cannot keep up', () => {
  it(
    'is closed with 4429 when it falls behind and, resuming from its cursor, misses nothing',
    { timeout: 180_000 },
    async () => {
      const { grant } = await invite(a, w);
      const closes: number[] = [];
      const seen = new Set<number>();
      let cursor: string | undefined;
      let client: WsClient | null = null;
      let stopped = false;
      const start = () => {
        client = createClient({
          url: a.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${w.titularToken}` },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => {},
          on: { closed: (e) => closes.push((e as { code: number }).code) },
        });
        const again = () => {
          if (stopped) return;
          void client?.dispose();
          setTimeout(start, 50);
        };
        client.subscribe<{ accessGrantChanged: { at: string; cursor: string } }>(
          { query: RESUME, variables: cursor ? { after: cursor } : {} },
          {
            next: (v) => {
              const e = v.data?.accessGrantChanged;
              if (!e) return;
              cursor = e.cursor;
              const n = Date.parse(e.at) - FROM;
              if (n >= 0) seen.add(n);
            },
            error: again,
            complete: again,
          },
        );
      };
      start();
      await waitFor(() => a.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED') > 0);
      // 3,000 changes committed at once: the reader hands them over faster than the socket drains.
      const total = 3000;
      const values = Array.from({ length: total }, (_, n) =>
        JSON.stringify({
          grantId: grant.id,
          titularId: w.titular.id,
          inviteeId: null,
          status: 'INVITED',
          change: 'LINK_REISSUED',
          at: new Date(FROM + n).toISOString(),
        }),
      );
      await db.query('begin');
      for (const v of values) await db.query(APPEND_SQL, ['ACCESS_GRANT_CHANGED', `{${w.titular.id}}`, v]);
      await db.query('commit');
      await waitFor(() => seen.size === total, 120_000);
      stopped = true;
      await client!.dispose();
      expect(seen.size).toBe(total);
      // Whether it fell behind depends on the machine's speed; when it did, the close said why.
      expect(closes.filter((c) => c !== 1000 && c !== 4429)).toEqual([]);
    },
  );
});

describe('a subscriber resuming from its cursor during a burst', () => {
  it('is not closed when more live events arrive during its replay than its queue holds, and misses nothing', async () => {
    const pubsub = a.app.services.pubsub;
    const user = randomUUID();
    const append = (n: number) =>
      db.query(APPEND_SQL, ['ACCESS_GRANT_CHANGED', `{${user}}`, JSON.stringify({ n })]);
    await pubsub.catchUp();
    const cursor = encodeEventCursor({ high: pubsub.delivered.high, pending: [], at: Date.now() });
    // Missed while away: three queues' worth.
    for (let n = 0; n < 30; n++) await append(n);
    await pubsub.catchUp();
    let overflows = 0;
    const sub: LiveSubscription = pubsub.follow('ACCESS_GRANT_CHANGED', user, {
      limit: 10,
      after: decodeEventCursor(cursor)!,
      onOverflow: () => overflows++,
    });
    // The burst goes on while the replay waits for the consumer: more than its queue holds.
    for (let n = 30; n < 55; n++) await append(n);
    await pubsub.catchUp();
    const got: unknown[] = [];
    while (got.length < 55) {
      const r = await Promise.race<IteratorResult<Delivery> | 'timeout'>([
        sub.next(),
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000)),
      ]);
      if (r === 'timeout' || r.done) break;
      got.push((r.value.event!.payload as { n: number }).n);
    }
    await sub.return();
    expect(overflows).toBe(0);
    expect(got).toEqual(Array.from({ length: 55 }, (_, n) => n));
  });
});

async function waitFor(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
