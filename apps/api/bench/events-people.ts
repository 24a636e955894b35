// Live events, "1,000 people with a few tabs each" (issue 11): people in pairs (a grant's titular and
// its invitee), every person with `tabsEach` tabs on process B; changes of those grants committed on
// the database at a steady pace, each by an idle connection (none waits behind another in its client,
// as the bare server's POSTs do not), each reaching its two people's tabs (each person sees
// their own view of it: the titular's, the invitee's). Timed from sending the committing statement to
// each tab. Baseline: the bare graphql-ws server with the same connections, each subscribed for its
// person, the same pace, each publish sent to the same two people's tabs.
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
  sessionsFor,
  sleep,
  until,
  withProfile,
  type Bare,
} from './lib/live-tabs.ts';
import type { Probed } from './lib/processes.ts';
import { percentile } from './stats.ts';

const SUBSCRIPTION = `subscription { accessGrantChanged { grantId change at cursor grant { id status invitee { cpf } } } }`;
const BARE_SUBSCRIPTION = 'subscription($to: Int) { tick(to: $to) { n at } }';
/** One change every this many ms (100 a second), spread over the grants. */
const PACE_MS = 10;
/** Connections appending changes: a change is sent on an idle one. */
const WRITERS = 16;

interface Pair {
  grantId: string;
  titularId: string;
  inviteeId: string;
}

/** Accepted grants with distinct titulars and distinct invitees: `n` pairs of people. */
async function pairsOf(db: pg.Client, n: number): Promise<Pair[]> {
  const { rows } = await db.query<Pair>(
    `select distinct on (titular_id) id as "grantId", titular_id as "titularId", invitee_id as "inviteeId"
     from access_grant where invitee_id is not null and status = 'ACCEPTED' order by titular_id, id`,
  );
  const invitees = new Set<string>();
  const pairs: Pair[] = [];
  for (const r of rows) {
    if (invitees.has(r.inviteeId) || pairs.length >= n) continue;
    invitees.add(r.inviteeId);
    pairs.push(r);
  }
  if (pairs.length < n) throw new Error(`only ${pairs.length} grant pairs, ${n} needed`);
  return pairs;
}

function appendPairChange(db: pg.Client, p: Pair, n?: number) {
  const at = n === undefined ? new Date() : new Date(NUMBERED_FROM + n);
  const payload = {
    grantId: p.grantId,
    titularId: p.titularId,
    inviteeId: p.inviteeId,
    status: 'ACCEPTED',
    change: 'VALIDITY_CHANGED',
    at,
  };
  return db.query(APPEND_SQL, [
    'ACCESS_GRANT_CHANGED',
    `{${p.titularId},${p.inviteeId}}`,
    JSON.stringify(payload),
  ]);
}

/** Fires `send(k)` for k < changes, one every PACE_MS (not waiting for each); ms of each send. */
async function paced(changes: number, send: (k: number) => Promise<unknown>): Promise<number[]> {
  const sentAt: number[] = [];
  const inFlight: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let k = 0; k < changes; k++) {
    const wait = t0 + k * PACE_MS - performance.now();
    if (wait > 1) await sleep(wait);
    sentAt[k] = performance.now();
    inFlight.push(send(k));
  }
  await Promise.all(inFlight);
  return sentAt;
}

/** Arrival times per numbered change; `heard`: connections that got anything. */
function arrivals() {
  const at = new Map<number, number[]>();
  const heard = new Set<number>();
  return {
    at,
    heard,
    add(i: number, n: number) {
      heard.add(i);
      if (n >= 0) (at.get(n) ?? at.set(n, []).get(n)!).push(performance.now());
    },
    samples(sentAt: number[], each: number): number[] {
      const out: number[] = [];
      for (let k = 0; k < sentAt.length; k++) {
        const got = at.get(k) ?? [];
        if (got.length < each) throw new Error(`change ${k}: ${got.length} of ${each} tabs`);
        for (const t of got) out.push(t - sentAt[k]!);
      }
      return out;
    },
  };
}

async function apiPeople(ctx: BenchContext, b: Probed, pairs: Pair[], tabsEach: number, changes: number) {
  const people = pairs.flatMap((p) => [p.titularId, p.inviteeId]);
  const tokens = await sessionsFor(ctx, people);
  const writers = await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const c = new pg.Client({ connectionString: ctx.databaseUrl });
      await c.connect();
      return c;
    }),
  );
  const idle = [...writers];
  const waiting: Array<(w: pg.Client) => void> = [];
  // On an idle connection; when all are busy (the database slower than the pace) it waits, counted.
  const append = async (p: Pair, n: number) => {
    const w = idle.pop() ?? (await new Promise<pg.Client>((r) => waiting.push(r)));
    try {
      await appendPairChange(w, p, n);
    } finally {
      const next = waiting.shift();
      if (next) next(w);
      else idle.push(w);
    }
  };
  const got = arrivals();
  const conns = people.length * tabsEach;
  const clients = connect(
    b.url.replace('http', 'ws') + '/graphql',
    conns,
    (i) => tokens[Math.floor(i / tabsEach)],
    SUBSCRIPTION,
    (i, data) => got.add(i, Date.parse((data.accessGrantChanged as { at: string }).at) - NUMBERED_FROM),
  );
  try {
    // Every grant once (one transaction) until every tab has heard one: all are subscribed.
    await allSubscribed(got.heard, conns, async () => {
      const w = writers[0]!;
      await w.query('begin');
      for (const p of pairs) await appendPairChange(w, p);
      await w.query('commit');
    });
    await sleep(1000);
    const sentAt = await withProfile(ctx, b, `api.events.people.${conns}`, async () => {
      const s = await paced(changes, (k) => append(pairs[k % pairs.length]!, k));
      await until(
        () => got.at.size >= changes && [...got.at.values()].every((a) => a.length >= 2 * tabsEach),
        60_000,
        'every change at its tabs',
      ).catch(() => {});
      return s;
    });
    return got.samples(sentAt, 2 * tabsEach);
  } finally {
    await disposeAll(clients);
    await Promise.all(writers.map((w) => w.end()));
  }
}

async function bareFew(bare: Bare, pairs: number, tabsEach: number, changes: number) {
  const got = arrivals();
  const conns = pairs * 2 * tabsEach;
  const clients = connect(
    `${bare.url.replace('http', 'ws')}/graphql`,
    conns,
    () => undefined,
    BARE_SUBSCRIPTION,
    (i, d) => got.add(i, (d.tick as { n: number }).n),
    (i) => ({ to: Math.floor(i / tabsEach) }),
  );
  try {
    await allSubscribed(got.heard, conns, () =>
      bare.publish({ n: -1, at: 0, to: Array.from({ length: pairs * 2 }, (_, p) => p) }),
    );
    await sleep(1000);
    const sentAt = await paced(changes, (k) => {
      const p = k % pairs;
      return bare.publish({ n: k, at: 0, to: [2 * p, 2 * p + 1] });
    });
    await until(
      () => got.at.size >= changes && [...got.at.values()].every((a) => a.length >= 2 * tabsEach),
      60_000,
      'every change at its bare tabs',
    ).catch(() => {});
    return got.samples(sentAt, 2 * tabsEach);
  } finally {
    await disposeAll(clients);
  }
}

const TARGET = { 50: 20, 99: 50 } as const;

/** `people` people (in pairs), `tabsEach` tabs each, on B and on the bare server. */
export async function peopleRows(
  ctx: BenchContext,
  b: Probed,
  bare: Bare,
  people: number,
  tabsEach: number,
): Promise<void> {
  const changes = ctx.quick ? 200 : 600;
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  const pairs = await pairsOf(db, people / 2).finally(() => db.end());
  const api = await apiPeople(ctx, b, pairs, tabsEach, changes);
  const base = await bareFew(bare, pairs.length, tabsEach, changes);
  const conns = people * tabsEach;
  const workload = `${people.toLocaleString('en-US')} people with ${tabsEach} tabs each (${conns.toLocaleString('en-US')} connections) on process B, ${changes} changes of grants between two of them, one every ${PACE_MS} ms`;
  for (const p of [50, 99] as const) {
    const [v, bv] = [percentile(api, p), percentile(base, p)];
    ctx.out.add({
      id: `api.events.people.${conns}.p${p}`,
      group: GROUP,
      workload,
      baseline: bv,
      baselineWorkload: `${BARE}, each publish to the same two people's tabs`,
      value: v,
      unit: 'ms',
      target: `p${p} ≤ ${TARGET[p]} ms, send → every tab`,
      met: v <= TARGET[p],
      detail: `${api.length} deliveries (${2 * tabsEach} per change); from sending the committing statement; bare from its POST`,
    });
  }
}
