// Timing helpers shared by the benchmarks.

/** The p-th percentile (nearest rank) of `values`; the array is not modified. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times; p50 and p95 of those runs in ms. */
export async function measure(
  fn: () => Promise<unknown>,
  { warmup, iterations }: { warmup: number; iterations: number },
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
