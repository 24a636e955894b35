// What every API benchmark gets: the running API and baseline, the database and its seed, the
// result collector, and helpers for same-run baselines and profiles.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ResultCollector } from '../../../../bench/lib/rows.ts';
import type { LargeSeed } from '../../src/seeds/bulk.ts';
import { serverCpuMs } from '../postgres.ts';
import { load, type LoadResult } from './load.ts';
import type { PgObserver } from './pg-observe.ts';
import { outDir, startApi, type Probed } from './processes.ts';
import { formatProfile, summariseProfile } from './profile.ts';

export interface BenchContext {
  quick: boolean;
  /** Seconds of each autocannon run. */
  seconds: number;
  /** Take CPU profiles of the workloads (full runs, or BENCH_PROFILE=1). */
  profile: boolean;
  out: ResultCollector;
  api: Probed;
  bare: Probed;
  pgo: PgObserver;
  orm: MikroORM;
  databaseUrl: string;
  /** PostgreSQL's postmaster, to read the server's CPU time. */
  pgPid: number;
  seed: LargeSeed;
  apiKey: string;
  /** Signed-in tokens by e-mail (signing in costs an argon2 verification: once per account). */
  tokens: Map<string, string>;
  /** The bare Apollo hello query under the same load, measured now (or reused if measured < 10 s ago in quick mode). */
  baseline(): Promise<LoadResult>;
}

export const BARE_WORKLOAD = 'bare Apollo Server 5 `{ hello }`, same HTTP load, same run';

export function baselineMeter(
  ctx: Pick<BenchContext, 'bare' | 'quick' | 'seconds'>,
): () => Promise<LoadResult> {
  let last: { at: number; r: LoadResult } | null = null;
  return async () => {
    if (ctx.quick && last && Date.now() - last.at < 10_000) return last.r;
    const r = await load({
      url: `${ctx.bare.url}/`,
      body: () => '{"query":"{ hello }"}',
      seconds: ctx.seconds,
    });
    if (r.errors) throw new Error(`bare Apollo answered ${r.errors} errors: ${r.sample}`);
    last = { at: Date.now(), r };
    return r;
  };
}

/** API CPU time (ms) and wall time around `fn`: how busy its one event loop was. */
export async function withCpu<T>(api: Probed, fn: () => Promise<T>): Promise<{ value: T; cpuPct: number }> {
  const a = await api.probe<{ cpuMs: number }>('cpu');
  const t = performance.now();
  const value = await fn();
  const b = await api.probe<{ cpuMs: number }>('cpu');
  return { value, cpuPct: (100 * (b.cpuMs - a.cpuMs)) / (performance.now() - t) };
}

export interface Observed<T> {
  value: T;
  cpuPct: number;
  /** CPU of every PostgreSQL process meanwhile, in % of one core. */
  pgCpuPct: number;
  /** SQL statements the API sent meanwhile, and the busiest ones per request. */
  statements: number;
  topStatements: (requests: number) => string;
  /** pg_stat_activity samples with a backend waiting for a lock. */
  locks: string;
}

/** Runs `fn` while counting statements (pg_stat_statements), sampling lock waits and the API's CPU. */
export async function observe<T>(ctx: BenchContext, fn: () => Promise<T>): Promise<Observed<T>> {
  let value!: T;
  let cpuPct = 0;
  let pgCpuPct = 0;
  let locks = '';
  const stats = await ctx.pgo.statements(async () => {
    const l = await ctx.pgo.lockWaits(async () => {
      const pg0 = await serverCpuMs(ctx.pgPid);
      const t = performance.now();
      const c = await withCpu(ctx.api, fn);
      pgCpuPct = (100 * ((await serverCpuMs(ctx.pgPid)) - pg0)) / (performance.now() - t);
      value = c.value;
      cpuPct = c.cpuPct;
    });
    locks =
      `lock waits in ${l.withWaiter} of ${l.samples} pg_stat_activity samples (mean ${l.meanWaiting.toFixed(2)} ` +
      `backends waiting, ${l.meanActive.toFixed(2)} active)` +
      (l.queries.length ? `; waiting: ${l.queries.slice(0, 3).join(' | ')}` : '') +
      `; active backends per sample by wait: ${l.waits.slice(0, 5).join(', ')}`;
  });
  const topStatements = (requests: number) =>
    // Costliest first (execution + planning over the window): what the time went to.
    [...stats.byQuery]
      .sort((a, b) => b.totalMs + b.planMs * b.calls - (a.totalMs + a.planMs * a.calls))
      .slice(0, 6)
      .map(
        (q) =>
          `${(q.calls / Math.max(1, requests)).toFixed(2)}/req, mean ${q.meanMs.toFixed(3)} ms + plan ${q.planMs.toFixed(3)} ms/call (${q.plans} plans in ${q.calls} calls): ${q.query.slice(0, 90)}`,
      )
      .join(' | ');
  return { value, cpuPct, pgCpuPct, statements: stats.total, topStatements, locks };
}

/** Profiles the running API's main thread (inspector) while `fn` runs; adds the summary as a note. */
export async function profiled(ctx: BenchContext, id: string, fn: () => Promise<unknown>): Promise<void> {
  if (!ctx.profile) return;
  const dir = path.join(outDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.cpuprofile`);
  await ctx.api.probe('prof-start');
  try {
    await fn();
  } finally {
    await ctx.api.probe('prof-stop', { file });
  }
  ctx.out.note(`${id}.profile`, formatProfile(summariseProfile(file)));
}

/**
 * `node --cpu-prof` on a second API process (every thread writes its own profile, so the PDF render
 * thread is included), for `fn`; the API is stopped after it so the profiles are written.
 */
export async function cpuProfiledApi(ctx: BenchContext, id: string, fn: (api: Probed) => Promise<unknown>) {
  if (!ctx.profile) return;
  const dir = path.join(outDir, 'profiles', id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const api = await startApi(ctx.databaseUrl, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    await fn(api);
  } finally {
    await api.stop();
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const f of files) {
    const s = summariseProfile(path.join(dir, f));
    // Skip the module-loader threads and start-up: keep the threads that did the workload's work.
    const loader = s.areas
      .filter((a) => /^node:internal|@oxc-node/.test(a.name))
      .reduce((t, a) => t + a.pct, 0);
    if (s.busyMs > 100 && loader < 40) ctx.out.note(`${id}.profile`, formatProfile(s));
  }
}
