// BAIXAR PROTOCOLO as the titular's browser gets it: GET /protocol/<id>.pdf with the session cookie
// (what the portal's proxy forwards), timed to the last byte, for grants of 1, 100, 1,000 and 10,000
// installations. Two cases: the stored PDF is current (what the titular gets once the PDF was
// rendered ahead, or by an earlier download), and it is missing or stale (the download renders on
// demand, as the first one after a change does when nothing rendered it ahead). And the API's
// event-loop delay (its own monitorEventLoopDelay, via the probe) while 10,000-installation PDFs are
// rendered and served and /healthz is kept busy.
import { token } from './access.bench.ts';
import { cpuProfiledApi, profiled, type BenchContext } from './lib/context.ts';
import { sequential } from './lib/load.ts';
import { percentile } from './stats.ts';

type Timings = Awaited<ReturnType<typeof sequential>>;

const SIZES = [1, 100, 1_000, 10_000];

export default async function protocolBench(ctx: BenchContext): Promise<void> {
  const cookie = `delega_session=${await token(ctx, ctx.seed.main.email)}`;
  const bytes = new Map<number, number>();
  const download = async (base: string, grantId: string): Promise<number> => {
    const res = await fetch(`${base}/protocol/${grantId}.pdf`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`protocol download answered ${res.status}`);
    return (await res.arrayBuffer()).byteLength;
  };
  const grant = (n: number) => ctx.seed.protocol.find((p) => p.installations === n)!.grantId;
  const at = (n: number) => async () => {
    bytes.set(n, await download(ctx.api.url, grant(n)));
  };
  /** Drops the stored PDF, so the next download renders (as after a change nothing rendered ahead). */
  const stale = (n: number) =>
    ctx.orm.em.fork().execute(`delete from protocol_document where grant_id = ?`, [grant(n)]);

  const small = (n: number) => n <= 1;
  const storedRuns = (n: number) => (small(n) ? (ctx.quick ? 10 : 30) : ctx.quick ? 5 : 10);
  const renderRuns = (n: number) => (small(n) ? (ctx.quick ? 4 : 10) : ctx.quick ? 1 : 3);
  const rendered = new Map<number, Timings>();
  const stored = new Map<number, Timings>();
  for (const n of SIZES) {
    // The small ones warm the render thread up; the large ones are timed from their first run.
    if (small(n)) {
      for (let i = 0; i < 3; i++) {
        await stale(n);
        await at(n)();
      }
    }
    const times: number[] = [];
    for (let i = 0; i < renderRuns(n); i++) {
      await stale(n);
      const t = performance.now();
      await at(n)();
      times.push(performance.now() - t);
    }
    rendered.set(n, timings(times));
    // The last render was stored: every download now serves it.
    stored.set(n, await sequential(at(n), { warmup: 1, n: storedRuns(n) }));
  }

  const kib = (n: number) => `${((bytes.get(n) ?? 0) / 1024).toFixed(0)} KiB`;
  const runs = (r: Timings) =>
    `p50 ${r.p50.toFixed(1)} ms, ${r.times.length} runs: ${r.times.map((x) => x.toFixed(0)).join(', ')} ms`;
  for (const [n, target] of [
    [1, 150],
    [10_000, 1000],
  ] as const) {
    const s = stored.get(n)!;
    const r = rendered.get(n)!;
    ctx.out.add({
      id: `api.protocol.${n}`,
      group: 'protocol PDF',
      workload: `GET /protocol/<id>.pdf, ${n.toLocaleString('en-US')} installation${n > 1 ? 's' : ''} (${kib(n)}), session cookie, to the last byte; stored PDF current`,
      baseline: null,
      baselineWorkload: null,
      value: s.p95,
      unit: 'ms',
      target: `p95 ≤ ${target.toLocaleString('en-US')} ms`,
      met: s.p95 <= target,
      detail: runs(s),
    });
    ctx.out.add({
      id: `api.protocol.render.${n}`,
      group: 'protocol PDF',
      workload: `the same download when the stored PDF is missing or stale: renders on demand (and stores)`,
      baseline: null,
      baselineWorkload: null,
      value: r.p95,
      unit: 'ms',
      target: '— (first download after a change that nothing rendered ahead)',
      met: null,
      detail: runs(r),
    });
  }
  for (const n of SIZES.slice(1)) {
    const s = stored.get(n)!;
    const r = rendered.get(n)!;
    const row = (id: string, what: string, t: Timings) =>
      ctx.out.add({
        id,
        group: 'growth',
        workload: `protocol PDF with ${n.toLocaleString('en-US')} installations, ${what}`,
        baseline: null,
        baselineWorkload: null,
        value: t.p50,
        unit: 'ms',
        target: '— (linear at worst)',
        met: null,
        detail: `${(t.p50 / n).toFixed(3)} ms per installation; ${t.times.length} runs; ${kib(n)}`,
      });
    row(`api.protocol.growth.${n}`, 'stored PDF current', s);
    row(`api.protocol.render.growth.${n}`, 'rendered on demand', r);
  }

  await eventLoopDelay(ctx, at, stale);

  // Where the time goes: the API's main thread (inspector) serving the stored 10,000 PDF, then
  // --cpu-prof on a second API process rendering it, whose render thread writes its own profile.
  await profiled(ctx, 'api.protocol.10000.main-thread', at(10_000));
  await cpuProfiledApi(ctx, 'api.protocol.10000', async (api) => {
    await stale(1);
    await download(api.url, grant(1));
    await stale(10_000);
    await download(api.url, grant(10_000));
  });
}

function timings(times: number[]): Timings {
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: Math.max(...times),
    times,
  };
}

/**
 * Event-loop delay of the API while 10,000-installation PDFs are rendered (the stored one dropped
 * first; concurrent downloads of one grant share its render) and served, with /healthz under load.
 */
async function eventLoopDelay(
  ctx: BenchContext,
  at: (n: number) => () => Promise<void>,
  stale: (n: number) => Promise<unknown>,
): Promise<void> {
  let stop = false;
  const health: number[] = [];
  const healthClient = async () => {
    while (!stop) {
      const t = performance.now();
      await (await fetch(`${ctx.api.url}/healthz`)).arrayBuffer();
      health.push(performance.now() - t);
    }
  };
  const clients = Array.from({ length: 4 }, healthClient);
  await new Promise((r) => setTimeout(r, 200));
  // Same-run baseline: the same /healthz load without downloads (what the shared machine alone costs).
  await ctx.api.probe('eld-start');
  await new Promise((r) => setTimeout(r, ctx.quick ? 1500 : 3000));
  const idle = await ctx.api.probe<{ p50: number; p99: number; max: number }>('eld-stop');
  await stale(10_000);
  await ctx.api.probe('eld-start');
  const t = performance.now();
  const concurrent = ctx.quick ? 2 : 3;
  await Promise.all([...Array.from({ length: concurrent }, at(10_000)), at(1)()]);
  // Then the same downloads again, served from the stored PDF.
  await Promise.all([...Array.from({ length: concurrent }, at(10_000)), at(1)()]);
  const ms = performance.now() - t;
  const eld = await ctx.api.probe<{ p50: number; p99: number; max: number }>('eld-stop');
  stop = true;
  await Promise.all(clients);
  ctx.out.add({
    id: 'api.protocol.event-loop-p99',
    group: 'protocol PDF',
    workload: `API event-loop delay during ${concurrent}× 10,000 + 1 small concurrent downloads (rendered, then stored), /healthz busy`,
    baseline: idle.p99,
    baselineWorkload: 'the same API and /healthz load without downloads, just before',
    value: eld.p99,
    unit: 'ms',
    target: 'p99 ≤ 50 ms',
    met: eld.p99 <= 50,
    detail: `max ${eld.max.toFixed(1)} ms over ${ms.toFixed(0)} ms; /healthz ${health.length} requests, p99 ${percentile(health, 99).toFixed(1)} ms`,
  });
}
