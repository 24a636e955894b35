// Live events (issue 11): two API processes on one database (the run's API, A, and a second one, B,
// holding the tabs). Against a bare graphql-ws server broadcasting to the same number of connections
// in the same run. Rows: one titular with 1,000 (full run, or BENCH_EVENTS_5000=1: also 5,000) open
// tabs, commit → every tab (p50, p99); 1,000 people with a few tabs each (events-people.ts); 0 events
// lost of 10,000 with a forced LISTEN reconnect during the run; API RSS per connection. Changes are committed on the database exactly as a command's transaction appends them
// (the live path starts there: B's reader, one read of the grant, shaping per tab, graphql-ws), timed
// from sending the committing statement; the bare server's from its POST.
import type { Client as WsClient } from 'graphql-ws';
import pg from 'pg';
import { APPEND_SQL } from '../src/graphql/pubsub.ts';
import type { BenchContext } from './lib/context.ts';
import {
  allSubscribed,
  BARE,
  connect,
  disposeAll,
  GROUP,
  NUMBERED_FROM,
  resumingTab,
  rssKb,
  sessionsFor,
  sleep,
  startBare,
  until,
  withProfile,
  type Bare,
} from './lib/live-tabs.ts';
import { startApi, type Probed } from './lib/processes.ts';
import { peopleRows } from './events-people.ts';
import { percentile } from './stats.ts';

const SUBSCRIPTION = `subscription { accessGrantChanged { grantId change cursor grant { id status invitee { cpf } } } }`;
/** Sockets one session may hold (the API's per-session cap): tabs spread over this many per session. */
const TABS_PER_SESSION = 10;

/** Grants of the titular (to name in events, so each tab reads and shapes a real grant). */
async function grantsOf(db: pg.Client, titularId: string, n: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `select id from access_grant where titular_id = $1 order by id limit $2`,
    [titularId, n],
  );
  if (rows.length < n) throw new Error(`titular has ${rows.length} grants, ${n} needed`);
  return rows.map((r) => r.id);
}

/** Appends a change of `grantId` as a command's transaction does (one autocommit statement). */
function appendChange(db: pg.Client, titularId: string, grantId: string, n?: number) {
  // A numbered change gets its own instant (`at`): tabs tell events apart by it.
  const at = n === undefined ? new Date() : new Date(NUMBERED_FROM + n);
  const payload = { grantId, titularId, inviteeId: null, status: 'INVITED', change: 'LINK_REISSUED', at };
  return db.query(APPEND_SQL, ['ACCESS_GRANT_CHANGED', `{${titularId}}`, JSON.stringify(payload)]);
}

/**
 * One titular, `tabs` tabs on B, `changes` changes of distinct grants of theirs committed on the
 * database: ms from sending each committing statement to each tab (reader, one read of the grant,
 * shaping per tab, graphql-ws).
 */
async function oneTitular(ctx: BenchContext, b: Probed, tabs: number, changes: number) {
  const t = ctx.seed.titular(1500 + tabs / 1000);
  const sessions = await sessionsFor(ctx, [t.id], Math.ceil(tabs / TABS_PER_SESSION));
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  const grants = await grantsOf(db, t.id, changes + 1);
  const got = new Map<string, number>(); // grantId → tabs that have it
  const arrived = new Map<string, number[]>();
  const heard = new Set<number>();
  const clients = connect(
    b.url.replace('http', 'ws') + '/graphql',
    tabs,
    (i) => sessions[Math.floor(i / TABS_PER_SESSION)],
    SUBSCRIPTION,
    (i, data) => {
      heard.add(i);
      const id = (data.accessGrantChanged as { grantId: string }).grantId;
      got.set(id, (got.get(id) ?? 0) + 1);
      (arrived.get(id) ?? arrived.set(id, []).get(id)!).push(performance.now());
    },
  );
  const samples: number[] = [];
  try {
    // Changes of the first grant until every tab has heard one: all are subscribed.
    await allSubscribed(heard, tabs, () => appendChange(db, t.id, grants[0]!));
    await sleep(500);
    await withProfile(ctx, b, `api.events.one-titular.${tabs}`, async () => {
      for (let k = 1; k <= changes; k++) {
        const id = grants[k]!;
        const sent = performance.now();
        await appendChange(db, t.id, id);
        await until(() => (got.get(id) ?? 0) >= tabs, 30_000, `${tabs} tabs`);
        for (const at of arrived.get(id)!) samples.push(at - sent);
        await sleep(50);
      }
    });
  } finally {
    await disposeAll(clients);
    await db.end();
  }
  return samples;
}

/** The bare server: the same connections, `changes` broadcasts. */
async function bareBroadcast(bare: Bare, tabs: number, changes: number) {
  const arrived = new Map<number, number[]>();
  const heard = new Set<number>();
  const clients = connect(
    `${bare.url.replace('http', 'ws')}/graphql`,
    tabs,
    () => undefined,
    'subscription { tick { n at } }',
    (i, d) => {
      heard.add(i);
      const n = (d.tick as { n: number }).n;
      (arrived.get(n) ?? arrived.set(n, []).get(n)!).push(performance.now());
    },
  );
  const samples: number[] = [];
  try {
    const publish = (n: number) => bare.publish({ n, at: 0 });
    await allSubscribed(heard, tabs, () => publish(-1));
    await sleep(500);
    for (let k = 0; k < changes; k++) {
      const sent = performance.now();
      await publish(k);
      await until(() => (arrived.get(k)?.length ?? 0) >= tabs, 30_000, `${tabs} bare tabs`);
      samples.push(...arrived.get(k)!.map((at) => at - sent));
      await sleep(50);
    }
  } finally {
    await disposeAll(clients);
  }
  return samples;
}

async function latencyRows(ctx: BenchContext, b: Probed, bare: Bare, tabs: number): Promise<void> {
  const changes = ctx.quick ? 10 : 30;
  const api = await oneTitular(ctx, b, tabs, changes);
  const base = await bareBroadcast(bare, tabs, changes);
  const workload = `one titular, ${tabs.toLocaleString('en-US')} tabs on process B, ${changes} changes committed on the database (process A reads them too, without tabs)`;
  for (const p of [50, 99] as const) {
    const [v, bv] = [percentile(api, p), percentile(base, p)];
    ctx.out.add({
      id: `api.events.one-titular.${tabs}.p${p}`,
      group: GROUP,
      workload,
      baseline: bv,
      baselineWorkload: BARE,
      value: v,
      unit: 'ms',
      target: p === 99 ? 'p99 ≤ 100 ms, send → every tab' : '—',
      met: p === 99 ? v <= 100 : null,
      detail: `${api.length} deliveries; from sending the committing statement; bare from its POST`,
    });
  }
}

/** 10,000 events appended on the database (4 writers), B's LISTEN connection cut mid-way: all arrive. */
async function lossRow(ctx: BenchContext, b: Probed): Promise<void> {
  const total = 10_000;
  const tabs = 10;
  const t = ctx.seed.titular(1600);
  const sessions = await sessionsFor(ctx, [t.id], 1);
  const distinct = Array.from({ length: tabs }, () => new Set<number>());
  const received = Array.from({ length: tabs }, () => 0);
  const heard = new Set<number>();
  const clients = Array.from({ length: tabs }, (_, i) =>
    resumingTab(b.url.replace('http', 'ws') + '/graphql', sessions[0]!, (e) => {
      heard.add(i);
      const n = Date.parse(e.at) - NUMBERED_FROM;
      if (n < 0) return;
      received[i]!++;
      distinct[i]!.add(n);
    }),
  );
  const writers = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const c = new pg.Client({ connectionString: ctx.databaseUrl });
      await c.connect();
      return c;
    }),
  );
  const [grantId] = await grantsOf(writers[0]!, t.id, 1);
  let cut = 0;
  const t0 = performance.now();
  try {
    await allSubscribed(heard, tabs, () => appendChange(writers[0]!, t.id, grantId!));
    await sleep(500);
    await Promise.all(
      writers.map(async (w, k) => {
        for (let n = k; n < total; n += writers.length) {
          await appendChange(w, t.id, grantId!, n);
          if (n === total / 2) {
            const r = await w.query(
              `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'delega-listen'`,
            );
            cut = r.rowCount ?? 0;
          }
        }
      }),
    );
    await until(() => distinct.every((s) => s.size >= total), 120_000, '10,000 events').catch(() => {});
  } finally {
    for (const c of clients) c.stop();
    await Promise.all(writers.map((w) => w.end()));
  }
  const lost = distinct.reduce((sum, s) => sum + Math.max(0, total - s.size), 0);
  const twice = received.reduce((sum, r, i) => sum + r - distinct[i]!.size, 0);
  const reconnects = clients.reduce((sum, c) => sum + c.reconnects(), 0);
  ctx.out.add({
    id: 'api.events.lost',
    group: GROUP,
    workload: `${total.toLocaleString('en-US')} events to ${tabs} tabs, 4 concurrent writers, LISTEN connections terminated half-way`,
    baseline: null,
    baselineWorkload: null,
    value: lost,
    unit: 'events lost',
    target: '0 lost',
    met: lost === 0 && cut > 0,
    detail: `${cut} LISTEN connection(s) cut; ${((performance.now() - t0) / 1000).toFixed(1)} s; ${twice} deliveries repeated by resumes (dropped by the tab); ${reconnects} resumes after 4429 (slow tab closed, resumed from its cursor)`,
  });
}

/** RSS growth per open connection with one subscription, API process B vs the bare server. */
async function memoryRow(ctx: BenchContext, b: Probed, bare: Bare, n: number): Promise<void> {
  const t = ctx.seed.titular(1700);
  const sessions = await sessionsFor(ctx, [t.id], Math.ceil(n / TABS_PER_SESSION));
  const measure = async (
    pid: number,
    url: string,
    auth: (i: number) => string | undefined,
    query: string,
  ) => {
    await sleep(1000);
    const before = rssKb(pid);
    let opened = 0;
    const clients: WsClient[] = [];
    for (let i = 0; i < n; i += 500) {
      clients.push(
        ...connect(
          url,
          Math.min(500, n - i),
          (j) => auth(i + j),
          query,
          () => {},
        ),
      );
      for (const c of clients.slice(-500)) c.on('connected', () => opened++);
      await until(() => opened >= Math.min(i + 500, n), 60_000, 'connections');
    }
    await sleep(2000);
    const after = rssKb(pid);
    await disposeAll(clients);
    return (after - before) / n;
  };
  const api = await measure(
    b.child.pid!,
    b.url.replace('http', 'ws') + '/graphql',
    (i) => sessions[Math.floor(i / TABS_PER_SESSION)],
    SUBSCRIPTION,
  );
  const base = await measure(
    bare.child.pid!,
    `${bare.url.replace('http', 'ws')}/graphql`,
    () => undefined,
    'subscription { tick { n at } }',
  );
  ctx.out.add({
    id: `api.events.rss.${n}`,
    group: GROUP,
    workload: `API RSS growth per open connection with accessGrantChanged, ${n.toLocaleString('en-US')} connections`,
    baseline: base,
    baselineWorkload: BARE,
    value: api,
    unit: 'KB/connection',
    target: '≤ 64 KB per connection',
    met: api <= 64,
    detail: 'VmRSS of the process before and 2 s after opening the connections',
  });
}

export default async function eventsBench(ctx: BenchContext): Promise<void> {
  // The 5,000-connection rows: full runs, or quick ones with BENCH_EVENTS_5000=1.
  const large = !ctx.quick || process.env.BENCH_EVENTS_5000 === '1';
  const [b, bare] = await Promise.all([startApi(ctx.databaseUrl), startBare()]);
  try {
    // Memory first, on processes that have not yet grown their heaps for the other rows.
    await memoryRow(ctx, b, bare, large ? 5000 : 1000);
    await latencyRows(ctx, b, bare, 1000);
    if (large) await latencyRows(ctx, b, bare, 5000);
    await peopleRows(ctx, b, bare, 1000, large ? 5 : 2);
    await lossRow(ctx, b);
  } finally {
    await Promise.all([b.stop(), bare.stop()]);
  }
}
