// Preloaded (`--import`) into the API process the benchmarks start, so that process is the production
// entry point (src/main.ts) and nothing else. Answers the parent over IPC: event-loop delay
// (perf_hooks.monitorEventLoopDelay, which only sees its own process's loop), CPU time, and a CPU
// profile of exactly the measured window (inspector Profiler: the same .cpuprofile as --cpu-prof).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';

interface ProbeRequest {
  probe: number;
  cmd: 'eld-start' | 'eld-stop' | 'cpu' | 'prof-start' | 'prof-stop';
  file?: string;
}

let histogram: ReturnType<typeof monitorEventLoopDelay> | null = null;
let session: Session | null = null;

async function answer(req: ProbeRequest): Promise<unknown> {
  switch (req.cmd) {
    case 'eld-start':
      histogram = monitorEventLoopDelay({ resolution: 10 });
      histogram.enable();
      return {};
    case 'eld-stop': {
      const h = histogram!;
      h.disable();
      const ms = (ns: number) => ns / 1e6;
      return { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), mean: ms(h.mean) };
    }
    case 'cpu': {
      const u = process.cpuUsage();
      return { cpuMs: (u.user + u.system) / 1000, rssMb: process.memoryUsage().rss / 1048576 };
    }
    case 'prof-start':
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
      return {};
    case 'prof-stop': {
      const { profile } = await session!.post('Profiler.stop');
      session!.disconnect();
      session = null;
      writeFileSync(req.file!, JSON.stringify(profile));
      return { file: req.file };
    }
  }
}

if (process.send) {
  process.on('message', (msg: ProbeRequest) => {
    if (!msg || typeof msg.probe !== 'number') return;
    answer(msg).then(
      (result) => process.send!({ probe: msg.probe, result }),
      (err: unknown) => process.send!({ probe: msg.probe, error: String(err) }),
    );
  });
  // The IPC channel must not keep the API alive after SIGTERM's shutdown; and when the benchmark
  // process dies, its children must not outlive it (SIGTERM runs the API's own graceful shutdown).
  process.channel?.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
