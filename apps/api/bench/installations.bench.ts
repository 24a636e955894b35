// The wizard's installation step on the big company (20,000 installations among 50,060): pages,
// search and number prefix over HTTP, one request at a time, and checkInstallations for a 10,000-row
// uploaded file. Informational rows (the issue sets no target; they show the pages stay cheap).
import { token } from './access.bench.ts';
import type { BenchContext } from './lib/context.ts';
import { gql, sequential } from './lib/load.ts';

const PAGE = `query ($bp: ID, $search: String, $first: Int, $after: String) {
  installations(businessPartnerId: $bp, search: $search, first: $first, after: $after) {
    totalCount
    edges { cursor node { id number street streetNumber district city state status businessPartner { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CHECK = `query ($bp: ID!, $numbers: [String!]!) {
  checkInstallations(businessPartnerId: $bp, numbers: $numbers) { number result }
}`;

export default async function installationsBench(ctx: BenchContext): Promise<void> {
  const headers = { authorization: `Bearer ${await token(ctx, ctx.seed.main.email)}` };
  const bp = ctx.seed.bigPartnerId;
  const scenarios: Array<[string, Record<string, unknown>]> = [
    ['first page (50)', { bp, first: 50 }],
    ['first page (200)', { bp, first: 200 }],
    ['search "conceicao"', { bp, search: 'conceicao', first: 50 }],
    ['search number prefix', { bp, search: '600004', first: 50 }],
    ['every partner, first page', { first: 50 }],
  ];
  for (const [name, variables] of scenarios) {
    const r = await sequential(() => gql(ctx.api.url, PAGE, variables, headers).then(() => undefined), {
      warmup: 5,
      n: 100,
    });
    ctx.out.add({
      id: `api.installations.${name
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/-+$/, '')
        .toLowerCase()}`,
      group: 'installations (wizard)',
      workload: `installations ${name}, big company, totalCount included`,
      baseline: null,
      baselineWorkload: null,
      value: r.p95,
      unit: 'ms',
      target: '—',
      met: null,
      detail: `p50 ${r.p50.toFixed(1)} ms, 100 requests`,
    });
  }
  const numbers = Array.from({ length: 10_000 }, (_, m) => ctx.seed.bigNumber(m * 2));
  const r = await sequential(() => gql(ctx.api.url, CHECK, { bp, numbers }, headers).then(() => undefined), {
    warmup: 2,
    n: 10,
  });
  ctx.out.add({
    id: 'api.installations.check-10000',
    group: 'installations (wizard)',
    workload: 'checkInstallations, 10,000 numbers from an uploaded file',
    baseline: null,
    baselineWorkload: null,
    value: r.p95,
    unit: 'ms',
    target: '—',
    met: null,
    detail: `p50 ${r.p50.toFixed(0)} ms, 10 requests`,
  });
}
