// The access check other teams call: `installationAccess` over HTTP, 10 connections, with a service
// key and with a session token, against the bare Apollo baseline measured just before. Also what
// PostgreSQL saw meanwhile (statements per request, lock waits) and the API's CPU.
import { generateCpf } from '@delega/shared/documents';
import { md5Uuid } from '../src/seeds/bulk.ts';
import { seededRng } from '../src/seeds/factories.ts';
import { BARE_WORKLOAD, observe, profiled, type BenchContext } from './lib/context.ts';
import { load, signIn, type LoadResult } from './lib/load.ts';

const QUERY = `query ($n: String!, $cpf: String!) {
  installationAccess(installationNumber: $n, cpf: $cpf) {
    installationNumber allowed reason grant { id protocolNumber grantedAt } checkedAt
  }
}`;

const body = (n: string, cpf: string) => JSON.stringify({ query: QUERY, variables: { n, cpf } });

/** 1,000 checks: half on accepted grants (GRANTED), 40 % unrelated CPFs (NONE), 10 % titulars (TITULAR). */
async function serviceWorkload(ctx: BenchContext): Promise<string[]> {
  const { seed } = ctx;
  const step = Math.max(1, Math.floor(seed.grants / 2000));
  const ids = Array.from({ length: 2000 }, (_, k) => md5Uuid(`bg${1 + k * step}`));
  const granted = await ctx.pgo.query<{ number: string; cpf: string }>(
    `select i.number, g.invitee_cpf as cpf
       from access_grant g
       join access_grant_installation agi on agi.grant_id = g.id and agi.revoked_at is null
       join installation i on i.id = agi.installation_id
      where g.id = any($1::uuid[]) and g.status = 'ACCEPTED' limit 500`,
    [ids],
  );
  const rng = seededRng(99);
  const bodies = granted.map((r) => body(r.number, r.cpf));
  for (let k = 0; k < 400; k++) {
    const t = seed.titular(Math.floor(rng() * seed.opts.titulars));
    bodies.push(body(t.installationNumbers[k % t.installationNumbers.length]!, generateCpf(rng)));
  }
  for (let k = 0; k < 100; k++) {
    const t = seed.titular(Math.floor(rng() * seed.opts.titulars));
    bodies.push(body(t.installationNumbers[0]!, t.cpf));
  }
  return shuffle(bodies, rng);
}

/** A signed-in invitee asking about their own CPF: their granted installations and others. */
async function sessionWorkload(ctx: BenchContext): Promise<{ email: string; bodies: string[] }> {
  const invitee = ctx.seed.invitee(7);
  const rows = await ctx.pgo.query<{ number: string }>(
    `select i.number from access_grant g
       join access_grant_installation agi on agi.grant_id = g.id
       join installation i on i.id = agi.installation_id
      where g.invitee_cpf = $1 limit 200`,
    [invitee.cpf],
  );
  const rng = seededRng(7);
  const bodies = rows.map((r) => body(r.number, invitee.cpf));
  for (let k = 0; k < 200; k++) {
    const t = ctx.seed.titular(Math.floor(rng() * ctx.seed.opts.titulars));
    bodies.push(body(t.installationNumbers[k % 15]!, invitee.cpf));
  }
  return { email: invitee.email, bodies: shuffle(bodies, rng) };
}

function shuffle<T>(a: T[], rng: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function rotating(bodies: string[]): () => string {
  let i = 0;
  return () => bodies[i++ % bodies.length]!;
}

export async function token(ctx: BenchContext, email: string): Promise<string> {
  let t = ctx.tokens.get(email);
  if (!t) ctx.tokens.set(email, (t = await signIn(ctx.api.url, email, 'Delega#2026')));
  return t;
}

interface AccessRun {
  r: LoadResult;
  bare: LoadResult;
  cpuPct: number;
  pgCpuPct: number;
  statementsPerRequest: number;
  topStatements: string;
  locks: string;
}

async function run(ctx: BenchContext, headers: Record<string, string>, bodies: string[]): Promise<AccessRun> {
  const bare = await ctx.baseline();
  const o = await observe(ctx, () =>
    load({ url: `${ctx.api.url}/graphql`, headers, body: rotating(bodies), seconds: ctx.seconds }),
  );
  const r = o.value;
  return {
    r,
    bare,
    cpuPct: o.cpuPct,
    pgCpuPct: o.pgCpuPct,
    statementsPerRequest: o.statements / Math.max(1, r.requests),
    topStatements: o.topStatements(r.requests),
    locks: o.locks,
  };
}

function report(
  ctx: BenchContext,
  id: string,
  workload: string,
  x: AccessRun,
  target: { ratio: number; p99: number },
): void {
  const ratio = x.r.rps / x.bare.rps;
  ctx.out.add({
    id: `${id}.throughput`,
    group: 'access check',
    workload,
    baseline: x.bare.rps,
    baselineWorkload: BARE_WORKLOAD,
    value: x.r.rps,
    unit: 'req/s',
    target: `≥ ${target.ratio.toFixed(2)}× bare, no errors`,
    met: ratio >= target.ratio && x.r.errors === 0,
    detail: `${x.r.requests} requests, ${x.r.errors} errors${x.r.sample ? ` (${x.r.sample})` : ''}; API CPU ${x.cpuPct.toFixed(0)} %, PostgreSQL CPU ${x.pgCpuPct.toFixed(0)} % (of one core); ${x.statementsPerRequest.toFixed(2)} SQL statements/request`,
  });
  ctx.out.add({
    id: `${id}.p99`,
    group: 'access check',
    workload,
    baseline: x.bare.p99,
    baselineWorkload: BARE_WORKLOAD,
    value: x.r.p99,
    unit: 'ms',
    target: `p99 ≤ ${target.p99} ms`,
    met: x.r.p99 <= target.p99,
    detail: `p50 ${x.r.p50} ms, max ${x.r.max} ms; bare p50 ${x.bare.p50} ms`,
  });
  ctx.out.note(`${id}.statements`, x.topStatements);
  ctx.out.note(`${id}.locks`, x.locks);
}

/** The main rows (at the issue's database size). */
export default async function accessBench(ctx: BenchContext): Promise<AccessRun> {
  const bodies = await serviceWorkload(ctx);
  const key = { 'x-api-key': ctx.apiKey };
  const svc = await run(ctx, key, bodies);
  report(ctx, 'api.access.api-key', 'installationAccess, x-api-key, 10 connections', svc, {
    ratio: 0.4,
    p99: 20,
  });

  const s = await sessionWorkload(ctx);
  const auth = { authorization: `Bearer ${await token(ctx, s.email)}` };
  const ses = await run(ctx, auth, s.bodies);
  report(ctx, 'api.access.session', 'installationAccess, one session token, 10 connections', ses, {
    ratio: 0.35,
    p99: 25,
  });

  await profiled(ctx, 'api.access.api-key', () =>
    load({
      url: `${ctx.api.url}/graphql`,
      headers: key,
      body: rotating(bodies),
      seconds: Math.min(ctx.seconds, 5),
    }),
  );
  await profiled(ctx, 'api.access.session', () =>
    load({
      url: `${ctx.api.url}/graphql`,
      headers: auth,
      body: rotating(s.bodies),
      seconds: Math.min(ctx.seconds, 5),
    }),
  );
  return svc;
}

/**
 * Where the access check's time goes, told apart over HTTP alone: the same 10-connection load on
 * `{ __typename }` without credentials (no SQL), with the service key (the cached key's confirmation
 * statement), and the real check (one statement: the access query, which re-checks the key itself).
 * Each SQL round trip's price shows.
 */
export async function accessDecomposition(ctx: BenchContext): Promise<void> {
  const bodies = await serviceWorkload(ctx);
  const key = { 'x-api-key': ctx.apiKey };
  const steps: Array<[string, string, Record<string, string>, () => string]> = [
    ['0-sql', '`{ __typename }`, no credentials (no SQL)', {}, () => '{"query":"{ __typename }"}'],
    [
      '1-sql',
      '`{ __typename }` with x-api-key (1 statement: the cached key’s confirmation)',
      key,
      () => '{"query":"{ __typename }"}',
    ],
    [
      '2-sql',
      'installationAccess with x-api-key (1 statement: the access check re-checks the key; 2 before the principal cache)',
      key,
      rotating(bodies),
    ],
  ];
  const bare = await ctx.baseline();
  for (const [id, workload, headers, body] of steps) {
    const r = await load({ url: `${ctx.api.url}/graphql`, headers, body, seconds: ctx.seconds });
    ctx.out.add({
      id: `api.access.decomposition.${id}`,
      group: 'access check',
      workload,
      baseline: bare.rps,
      baselineWorkload: BARE_WORKLOAD,
      value: r.rps,
      unit: 'req/s',
      target: '—',
      met: null,
      detail: `p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors`,
    });
  }
}

/** Growth: the service-key check at one database size (`main` reuses the main run). */
export async function accessGrowth(ctx: BenchContext, grants: number, main?: AccessRun): Promise<void> {
  const x = main ?? (await run(ctx, { 'x-api-key': ctx.apiKey }, await serviceWorkload(ctx)));
  ctx.out.add({
    id: `api.access.growth.${grants}`,
    group: 'growth',
    workload: `installationAccess (x-api-key, 10 conn.) with ${grants.toLocaleString('en-US')} grants in the database`,
    baseline: x.bare.rps,
    baselineWorkload: BARE_WORKLOAD,
    value: x.r.rps,
    unit: 'req/s',
    target: '— (flat is the goal)',
    met: null,
    detail: `p99 ${x.r.p99} ms, p50 ${x.r.p50} ms, ${x.r.errors} errors, ${x.statementsPerRequest.toFixed(2)} statements/request`,
  });
}
