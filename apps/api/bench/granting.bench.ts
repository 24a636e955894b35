// Conceder acesso: `grantAccess` with 5 installations from 10 titulars over 10 connections (bare
// Apollo baseline measured just before), and one grant of 10,000 installations, end to end.
import { randomUUID } from 'node:crypto';
import { generateCpf } from '@delega/shared/documents';
import { seededRng } from '../src/seeds/factories.ts';
import { token } from './access.bench.ts';
import { BARE_WORKLOAD, observe, profiled, type BenchContext } from './lib/context.ts';
import { gql, load } from './lib/load.ts';

const MUTATION = `mutation ($input: GrantAccessInput!) {
  grantAccess(input: $input) { inviteUrl grant { id protocolNumber status installationCount } }
}`;

let invitees = 0;
const rng = seededRng(314);

function input(partnerId: string, installationNumbers: string[]) {
  const n = ++invitees;
  return {
    businessPartnerId: partnerId,
    installationNumbers,
    invitee: {
      fullName: 'Carla Bench Ribeiro',
      cpf: generateCpf(rng),
      email: `convite${n}@bench.exemplo.com.br`,
    },
    acknowledgePartnerConsent: true,
    acceptTerms: true,
    idempotencyKey: randomUUID(),
  };
}

export default async function grantingBench(ctx: BenchContext): Promise<void> {
  const titulars = Array.from({ length: 10 }, (_, i) => ctx.seed.titular(100 + i));
  const auths = await Promise.all(titulars.map(async (t) => `Bearer ${await token(ctx, t.email)}`));
  let k = 0;
  // Each request: the next titular (its own session), 5 of its 15 installations (rotating), a new
  // invitee and idempotency key.
  const next = () => {
    const i = k++;
    const t = titulars[i % 10]!;
    const off = Math.floor(i / 10) % 3;
    const numbers = t.installationNumbers.slice(off * 5, off * 5 + 5);
    return {
      headers: { authorization: auths[i % 10]! },
      body: JSON.stringify({ query: MUTATION, variables: { input: input(t.partnerId, numbers) } }),
    };
  };
  const bare = await ctx.baseline();
  const o = await observe(ctx, () =>
    load({ url: `${ctx.api.url}/graphql`, body: next, seconds: ctx.seconds }),
  );
  const { value: r, cpuPct } = o;
  ctx.out.note(
    'api.grant.5.statements',
    `${(o.statements / Math.max(1, r.requests)).toFixed(1)} statements/request: ${o.topStatements(r.requests)}`,
  );
  ctx.out.note('api.grant.5.locks', o.locks);
  ctx.out.add({
    id: 'api.grant.5.throughput',
    group: 'granting',
    workload: 'grantAccess, 5 installations, 10 titulars, 10 connections',
    baseline: bare.rps,
    baselineWorkload: BARE_WORKLOAD,
    value: r.rps,
    unit: 'req/s',
    target: '≥ 0.15× bare, no errors',
    met: r.rps / bare.rps >= 0.15 && r.errors === 0,
    detail: `${r.requests} grants, ${r.errors} errors${r.sample ? ` (${r.sample})` : ''}; API CPU ${cpuPct.toFixed(0)} %, PostgreSQL CPU ${o.pgCpuPct.toFixed(0)} % (of one core)`,
  });
  ctx.out.add({
    id: 'api.grant.5.p99',
    group: 'granting',
    workload: 'grantAccess, 5 installations, 10 titulars, 10 connections',
    baseline: bare.p99,
    baselineWorkload: BARE_WORKLOAD,
    value: r.p99,
    unit: 'ms',
    target: 'p99 ≤ 50 ms',
    met: r.p99 <= 50,
    detail: `p50 ${r.p50} ms, max ${r.max} ms`,
  });
  await profiled(ctx, 'api.grant.5', () =>
    load({ url: `${ctx.api.url}/graphql`, body: next, seconds: Math.min(ctx.seconds, 5) }),
  );

  // One grant of 10,000 installations of the big company, by the main titular.
  const auth = { authorization: `Bearer ${await token(ctx, ctx.seed.main.email)}` };
  const big = (run: number) =>
    input(
      ctx.seed.bigPartnerId,
      Array.from({ length: 10_000 }, (_, m) => ctx.seed.bigNumber((run * 1_000 + m) % 20_000)),
    );
  const grantBig = async (run: number) => {
    const t = performance.now();
    const d = await gql<{ grantAccess: { grant: { installationCount: number } } }>(
      ctx.api.url,
      MUTATION,
      { input: big(run) },
      auth,
    );
    if (d.grantAccess.grant.installationCount !== 10_000) throw new Error('the 10,000 grant came back short');
    return performance.now() - t;
  };
  await grantBig(0); // warm-up
  const times: number[] = [];
  let statements = '';
  const runs = ctx.quick ? 2 : 5;
  for (let i = 1; i <= runs; i++) {
    if (i === runs) {
      const s = await ctx.pgo.statements(async () => void times.push(await grantBig(i)));
      statements = `${s.total} statements; slowest: ${[...s.byQuery]
        .sort((a, b) => b.totalMs - a.totalMs)
        .slice(0, 3)
        .map((q) => `${q.totalMs.toFixed(0)} ms ${q.query.slice(0, 70)}`)
        .join(' | ')}`;
    } else times.push(await grantBig(i));
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor((times.length - 1) / 2)]!;
  ctx.out.add({
    id: 'api.grant.10000',
    group: 'granting',
    workload: 'grantAccess with 10,000 installations, over HTTP, one at a time',
    baseline: null,
    baselineWorkload: null,
    value: p50,
    unit: 'ms',
    target: '≤ 1,000 ms',
    met: p50 <= 1000,
    detail: `${runs} runs after a warm-up: ${times.map((x) => x.toFixed(0)).join(', ')} ms`,
  });
  ctx.out.note('api.grant.10000.statements', statements);
  await profiled(ctx, 'api.grant.10000', async () => {
    for (let i = 0; i < 2; i++) await grantBig(10 + i);
  });
}
