// `pnpm bench [--quick] [--only api,shared,portal]`: every benchmark of the repository, one after the
// other (Turborepo, concurrency 1: they must not share the 2 cores), then one table and
// bench/results/latest.json. Exits non-zero only when a benchmark failed to run, never on a missed
// target. Each package writes its rows to bench/.out/rows/<package>.json (bench/lib/rows.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable, type PackageResult } from './lib/rows.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
// `--only api,portal` or `--only=api,portal`: a subset of the packages.
const onlyAt = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
const onlyValue =
  onlyAt < 0 ? '' : args[onlyAt]!.includes('=') ? args[onlyAt]!.split('=')[1]! : (args[onlyAt + 1] ?? '');
const only = onlyValue.split(',').filter(Boolean);
const PACKAGES = ['@delega/shared', '@delega/api', '@delega/portal'];
const selected = only.length ? PACKAGES.filter((p) => only.some((o) => p.includes(o))) : PACKAGES;

const rowsDir = path.join(root, 'bench/.out/rows');
rmSync(rowsDir, { recursive: true, force: true });
mkdirSync(rowsDir, { recursive: true });

const started = new Date();
const t0 = performance.now();
const turbo = spawnSync(
  path.join(root, 'node_modules/.bin/turbo'),
  ['run', 'bench', '--concurrency=1', '--continue', ...selected.map((p) => `--filter=${p}`)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_QUICK: quick ? '1' : '', BENCH_OUT_DIR: rowsDir },
  },
);
const seconds = (performance.now() - t0) / 1000;

const results: PackageResult[] = [];
const failures: string[] = [];
for (const pkg of selected) {
  const file = path.join(rowsDir, `${pkg.replace(/[^\w.-]+/g, '_')}.json`);
  if (!existsSync(file)) {
    failures.push(`${pkg}: wrote no results (see its output above)`);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8')) as PackageResult;
  results.push(r);
  for (const f of r.failures) failures.push(`${pkg} ${f.id}: ${f.error.split('\n')[0]}`);
}
if (turbo.status !== 0 && failures.length === 0) failures.push(`turbo exited with ${turbo.status}`);

const rows = results.flatMap((r) => r.rows);
const machine = {
  cpus: os.availableParallelism(),
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
  loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))),
};
const latest = {
  startedAt: started.toISOString(),
  seconds: Math.round(seconds),
  quick,
  machine,
  packages: selected,
  summary: {
    rows: rows.length,
    withTarget: rows.filter((r) => r.met !== null).length,
    met: rows.filter((r) => r.met === true).length,
    missed: rows.filter((r) => r.met === false).map((r) => r.id),
  },
  failures,
  rows,
  notes: results.flatMap((r) => r.notes),
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/latest.json'), `${JSON.stringify(latest, null, 2)}\n`);

console.log(
  `\n${'='.repeat(30)} pnpm bench${quick ? ' --quick' : ''}: ${seconds.toFixed(0)} s ${'='.repeat(30)}`,
);
console.log(
  `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; ratios against baselines measured in this run`,
);
console.log(formatTable(rows));
console.log(
  `\n${latest.summary.met} of ${latest.summary.withTarget} targets met; missed: ${latest.summary.missed.join(', ') || 'none'}`,
);
console.log('Written: bench/results/latest.json (bench/README.md explains every row and every miss)');
if (failures.length) {
  console.error(`\nBenchmarks that failed to run:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
