// Acessos concedidos: `accessGrantsGiven(first: 50)` with each grant's installations and audit trail,
// signed in, one request at a time (a person's page load). SQL statements counted per request with
// pg_stat_statements (the session check included: it is part of the request); growth with the
// titular's number of grants (100, 1,000, 10,000).
import { listingSql } from '../src/modules/grants/grant-list.query.ts';
import { profiled, type BenchContext } from './lib/context.ts';
import { gql, sequential } from './lib/load.ts';
import { token } from './access.bench.ts';

// What Acessos concedidos shows of each grant, with a few installations and the audit trail: kept
// under the API's query-cost limit (5,000) even at first: 100.
const QUERY = `query ($first: Int, $after: String) {
  accessGrantsGiven(first: $first, after: $after) {
    totalCount
    edges { node {
      id protocolNumber status invitee { fullName }
      installations(first: 3) { totalCount edges { node { number } } }
      events { type at }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Growth with the size of the whole grants table: the 1,000-grant titular's first page. */
export async function listingGrowth(ctx: BenchContext, grants: number): Promise<void> {
  const t = ctx.seed.listing.find((l) => l.grants === 1_000)!;
  const headers = { authorization: `Bearer ${await token(ctx, t.email)}` };
  const r = await sequential(() => gql(ctx.api.url, QUERY, { first: 50 }, headers).then(() => undefined), {
    warmup: ctx.quick ? 1 : 3,
    n: ctx.quick ? 8 : 60,
    maxMs: 15_000,
  });
  ctx.out.add({
    id: `api.listing.growth-db.${grants}`,
    group: 'growth',
    workload: `accessGrantsGiven(first: 50), 1,000-grant titular, ${grants.toLocaleString('en-US')} grants in the database`,
    baseline: null,
    baselineWorkload: null,
    value: r.p50,
    unit: 'ms',
    target: '— (flat is the goal)',
    met: null,
    detail: `p99 ${r.p99.toFixed(1)} ms, ${r.times.length} requests`,
  });
}

/**
 * Where the listing statement's time goes: EXPLAIN ANALYZE of the statement the API sends for the
 * main row (first: 50, installations(first: 3), events), in the note `api.listing.explain`.
 */
async function explainListing(ctx: BenchContext, userId: string): Promise<void> {
  const sql = listingSql('GIVEN', userId, {}, 50, { installations: { first: 3 }, events: true });
  let n = 0;
  const text = sql.text.replace(/\?/g, () => `$${++n}`);
  const plan = await ctx.pgo.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers, costs off, summary on) ${text}`,
    sql.params,
  );
  const lines = plan.map((r) => r['QUERY PLAN']);
  // The top of the plan, the CTEs and subplans, and the totals: enough to see which part costs.
  const keep = lines.filter(
    (l, i) => i < 3 || /CTE|SubPlan|InitPlan|Execution Time|Planning Time|Sort Method/.test(l),
  );
  ctx.out.note('api.listing.explain', keep.map((l) => l.trim()).join(' | '));
}

export default async function listingBench(ctx: BenchContext): Promise<void> {
  const runs = ctx.quick ? { warmup: 2, n: 10 } : { warmup: 20, n: 300 };
  const byTitular = new Map<number, { p50: number; p99: number; statements: number }>();
  for (const t of ctx.seed.listing) {
    const headers = { authorization: `Bearer ${await token(ctx, t.email)}` };
    const page = (first: number) => () =>
      gql(ctx.api.url, QUERY, { first }, headers).then((d) => {
        const c = (d as { accessGrantsGiven: { edges: unknown[] } }).accessGrantsGiven;
        if (c.edges.length !== Math.min(first, t.grants))
          throw new Error(`page had ${c.edges.length} grants`);
      });
    const count = async (first: number) => {
      const n = ctx.quick ? 3 : 20;
      const s = await ctx.pgo.statements(async () => {
        for (let i = 0; i < n; i++) await page(first)();
      });
      return {
        perRequest: s.total / n,
        breakdown: s.byQuery.map(
          (q) =>
            `${(q.calls / n).toFixed(1)}× ${q.meanMs.toFixed(2)} ms (+ plan ${q.planMs.toFixed(2)}) ${q.query.slice(0, 80)}`,
        ),
      };
    };
    const timing = await sequential(page(50), runs);
    const c50 = await count(50);
    byTitular.set(t.grants, { p50: timing.p50, p99: timing.p99, statements: c50.perRequest });
    if (t.grants !== 1_000) continue;

    // The main rows: the titular with 1,000 grants.
    for (const first of [10, 50, 100]) {
      const c = first === 50 ? c50 : await count(first);
      ctx.out.add({
        id: `api.listing.statements.first${first}`,
        group: 'listing',
        workload: `accessGrantsGiven(first: ${first}) + installations + events, signed in`,
        baseline: null,
        baselineWorkload: null,
        value: c.perRequest,
        unit: 'statements',
        target: '≤ 3 per request',
        met: c.perRequest <= 3,
        detail: c.breakdown.join(' | '),
      });
    }
    ctx.out.add({
      id: 'api.listing.p99',
      group: 'listing',
      workload: 'accessGrantsGiven(first: 50) + installations + events, one request at a time',
      baseline: null,
      baselineWorkload: null,
      value: timing.p99,
      unit: 'ms',
      target: 'p99 ≤ 30 ms',
      met: timing.p99 <= 30,
      detail: `p50 ${timing.p50.toFixed(1)} ms, max ${timing.max.toFixed(1)} ms, ${runs.n} requests; titular with 1,000 grants`,
    });
    await explainListing(ctx, t.id);
    await profiled(ctx, 'api.listing', async () => {
      for (let i = 0; i < (ctx.quick ? 20 : 150); i++) await page(50)();
    });
  }
  for (const [grants, x] of byTitular) {
    ctx.out.add({
      id: `api.listing.growth.${grants}`,
      group: 'growth',
      workload: `accessGrantsGiven(first: 50) for a titular with ${grants.toLocaleString('en-US')} grants`,
      baseline: null,
      baselineWorkload: null,
      value: x.p50,
      unit: 'ms',
      target: '— (flat is the goal)',
      met: null,
      detail: `p99 ${x.p99.toFixed(1)} ms, ${x.statements.toFixed(1)} statements/request`,
    });
  }
}
