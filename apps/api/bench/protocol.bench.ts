// PDF protocol benchmark: a real API process (embedded PostgreSQL, throw-away cluster) serving
// GET /protocol/<id>.pdf over HTTP. Measures a 1-page and a 10,000-installation protocol end to end
// (query + document + render thread + transfer), and the API's event-loop delay while 10,000-row
// PDFs render and a separate thread keeps calling /healthz.
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import 'reflect-metadata';
import { createApp } from '../src/app/app.ts';
import { createLogger } from '../src/common/logger.ts';
import { loadConfig } from '../src/config/config.ts';
import { initOrm, migrate } from '../src/db/database.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { withBenchDatabase } from './postgres.ts';
import { percentile } from './stats.ts';

const TARGETS = { onePageP95Ms: 200, tenThousandMs: 3000, loopDelayP99Ms: 50 };

// Load generator in its own thread (its own event loop): GET /healthz with 8 concurrent clients.
const LOAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
let stop = false;
const latencies = [];
parentPort.on('message', () => { stop = true; });
async function client() {
  while (!stop) {
    const t = performance.now();
    const r = await fetch(workerData.url);
    await r.arrayBuffer();
    latencies.push(performance.now() - t);
  }
}
Promise.all(Array.from({ length: 8 }, client)).then(() => parentPort.postMessage(latencies));
`;

export default async function protocolBench(): Promise<void> {
  console.log('\n# PDF protocol (apps/api/bench/protocol.bench.ts)');
  console.log(
    `cpus: ${os.availableParallelism()}, load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await withBenchDatabase('bench', async (url) => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: url,
      WORKERS_ENABLED: 'false',
    });
    const log = createLogger('silent');
    const orm = await initOrm(url, { poolMax: 10 });
    await migrate(orm);
    const app = await createApp(config, log, orm, url);
    const port = await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;

    // Data: one small grant, one 10,000-installation grant.
    const em = orm.em.fork();
    const f = createFactories(em, 7);
    const titular = await f.user();
    const token = await f.session(titular);
    const partner = await f.businessPartner();
    const few = await f.installations(partner, 3);
    const many = await f.installations(partner, 10_000);
    const small = (await f.grant({ titular, partner, installations: few })).grant;
    const large = (await f.grant({ titular, partner, installations: many })).grant;
    const headers = { authorization: `Bearer ${token}` };

    async function download(id: string): Promise<{ ms: number; bytes: number }> {
      const t = performance.now();
      const res = await fetch(`${base}/protocol/${id}.pdf`, { headers });
      if (res.status !== 200) throw new Error(`protocol download answered ${res.status}`);
      const bytes = (await res.arrayBuffer()).byteLength;
      return { ms: performance.now() - t, bytes };
    }

    // Warm up: the render thread loads pdfmake and fonts on first use.
    await download(small.id);
    await download(small.id);

    const smallRuns: number[] = [];
    for (let i = 0; i < 30; i++) smallRuns.push((await download(small.id)).ms);
    const largeRuns: number[] = [];
    let largeBytes = 0;
    for (let i = 0; i < 5; i++) {
      const r = await download(large.id);
      largeRuns.push(r.ms);
      largeBytes = r.bytes;
    }

    // Event-loop delay of the API process while 10,000-row PDFs render and /healthz is under load.
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const load = new Worker(LOAD_SCRIPT, { eval: true, workerData: { url: `${base}/healthz` } });
    const healthLatencies = new Promise<number[]>((resolve) => load.once('message', resolve));
    await new Promise((r) => setTimeout(r, 200));
    histogram.enable();
    const concurrentStart = performance.now();
    await Promise.all([download(large.id), download(large.id), download(small.id), download(large.id)]);
    const concurrentMs = performance.now() - concurrentStart;
    histogram.disable();
    load.postMessage('stop');
    const health = await healthLatencies;
    await load.terminate();

    const p50Small = percentile(smallRuns, 50);
    const p95Small = percentile(smallRuns, 95);
    const p50Large = percentile(largeRuns, 50);
    const p95Large = percentile(largeRuns, 95);
    const loopP99 = histogram.percentile(99) / 1e6;
    const loopMax = histogram.max / 1e6;
    const mark = (ok: boolean) => (ok ? 'PASS' : 'MISS');

    console.log(
      `1-page protocol (3 installations), ${smallRuns.length} runs: p50 ${p50Small.toFixed(1)} ms, p95 ${p95Small.toFixed(1)} ms`,
    );
    console.log(
      `10,000-installation protocol (${(largeBytes / 1024).toFixed(0)} KiB), ${largeRuns.length} runs: p50 ${p50Large.toFixed(0)} ms, p95 ${p95Large.toFixed(0)} ms`,
    );
    console.log(
      `event-loop delay during 3×10,000 + 1 small concurrent renders (${concurrentMs.toFixed(0)} ms) with /healthz load: ` +
        `p50 ${(histogram.percentile(50) / 1e6).toFixed(1)} ms, p99 ${loopP99.toFixed(1)} ms, max ${loopMax.toFixed(1)} ms; ` +
        `/healthz ${health.length} requests, p99 ${percentile(health, 99).toFixed(1)} ms`,
    );
    console.log(
      `${mark(p95Small <= TARGETS.onePageP95Ms)}  1 page p95 ≤ ${TARGETS.onePageP95Ms} ms (${p95Small.toFixed(1)} ms)`,
    );
    console.log(
      `${mark(p95Large <= TARGETS.tenThousandMs)}  10,000 installations ≤ ${TARGETS.tenThousandMs} ms (p95 ${p95Large.toFixed(0)} ms)`,
    );
    console.log(
      `${mark(loopP99 <= TARGETS.loopDelayP99Ms)}  event-loop delay p99 ≤ ${TARGETS.loopDelayP99Ms} ms (${loopP99.toFixed(1)} ms)`,
    );

    await app.services.protocol.close();
    await app.close();
    await orm.close();
  });
}
