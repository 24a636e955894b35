// BAIXAR PROTOCOLO as the titular's browser gets it: GET /protocol/<id>.pdf with the session cookie
// (what the portal's proxy forwards), timed to the last byte, for grants of 1, 100, 1,000 and 10,000
// installations; and the API's event-loop delay (its own monitorEventLoopDelay, via the probe) while
// 10,000-installation PDFs are produced and /healthz is kept busy.
import { token } from './access.bench.ts';
import { cpuProfiledApi, profiled, type BenchContext } from './lib/context.ts';
import { sequential } from './lib/load.ts';
import { percentile } from './stats.ts';

export default async function protocolBench(ctx: BenchContext): Promise<void> {
  const cookie = `delega_session=${await token(ctx, ctx.seed.main.email)}`;
  let bytes = 0;
  const download = async (base: string, grantId: string): Promise<void> => {
    const res = await fetch(`${base}/protocol/${grantId}.pdf`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`protocol download answered ${res.status}`);
    bytes = (await res.arrayBuffer()).byteLength;
  };
  const grant = (n: number) => ctx.seed.protocol.find((p) => p.installations === n)!.grantId;
  const at = (n: number) => () => download(ctx.api.url, grant(n));

  const runsFor = (n: number) => (n <= 1 ? (ctx.quick ? 6 : 30) : ctx.quick ? 1 : 5);
  const results = new Map<number, Awaited<ReturnType<typeof sequential>>>();
  for (const n of [1, 100, 1_000, 10_000]) {
    // The small ones warm the render thread up; the large ones are timed from their first run.
    results.set(n, await sequential(at(n), { warmup: n <= 1 ? 3 : 0, n: runsFor(n) }));
  }
  const pdfBytes = bytes;
  const one = results.get(1)!;
  const big = results.get(10_000)!;
  ctx.out.add({
    id: 'api.protocol.1',
    group: 'protocol PDF',
    workload: 'GET /protocol/<id>.pdf, 1 installation, session cookie, to the last byte',
    baseline: null,
    baselineWorkload: null,
    value: one.p95,
    unit: 'ms',
    target: 'p95 ≤ 150 ms',
    met: one.p95 <= 150,
    detail: `p50 ${one.p50.toFixed(1)} ms, ${one.times.length} runs`,
  });
  ctx.out.add({
    id: 'api.protocol.10000',
    group: 'protocol PDF',
    workload: `GET /protocol/<id>.pdf, 10,000 installations (${(pdfBytes / 1024).toFixed(0)} KiB)`,
    baseline: null,
    baselineWorkload: null,
    value: big.p95,
    unit: 'ms',
    target: 'p95 ≤ 1,000 ms',
    met: big.p95 <= 1000,
    detail: `p50 ${big.p50.toFixed(0)} ms, ${big.times.length} runs: ${big.times.map((x) => x.toFixed(0)).join(', ')} ms`,
  });
  for (const n of [100, 1_000, 10_000]) {
    const r = results.get(n)!;
    ctx.out.add({
      id: `api.protocol.growth.${n}`,
      group: 'growth',
      workload: `protocol PDF with ${n.toLocaleString('en-US')} installations`,
      baseline: null,
      baselineWorkload: null,
      value: r.p50,
      unit: 'ms',
      target: '— (linear at worst)',
      met: null,
      detail: `${(r.p50 / n).toFixed(2)} ms per installation; ${r.times.length} runs`,
    });
  }

  // Event-loop delay of the API while 10,000-installation PDFs are produced, /healthz under load.
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
  await ctx.api.probe('eld-start');
  const t = performance.now();
  const concurrent = ctx.quick ? 1 : 3;
  await Promise.all([...Array.from({ length: concurrent }, at(10_000)), at(1)()]);
  const ms = performance.now() - t;
  const eld = await ctx.api.probe<{ p50: number; p99: number; max: number }>('eld-stop');
  stop = true;
  await Promise.all(clients);
  ctx.out.add({
    id: 'api.protocol.event-loop-p99',
    group: 'protocol PDF',
    workload: `API event-loop delay during ${concurrent}× 10,000 + 1 small concurrent downloads, /healthz busy`,
    baseline: null,
    baselineWorkload: null,
    value: eld.p99,
    unit: 'ms',
    target: 'p99 ≤ 50 ms',
    met: eld.p99 <= 50,
    detail: `max ${eld.max.toFixed(1)} ms over ${ms.toFixed(0)} ms; /healthz ${health.length} requests, p99 ${percentile(health, 99).toFixed(1)} ms`,
  });

  // Where the 10,000 PDF's time goes: the API's main thread (inspector, this download only), then
  // --cpu-prof on a second API process, whose render thread writes its own profile.
  await profiled(ctx, 'api.protocol.10000.main-thread', at(10_000));
  await cpuProfiledApi(ctx, 'api.protocol.10000', async (api) => {
    await download(api.url, grant(1));
    await download(api.url, grant(10_000));
  });
}
