// The row every benchmark of `pnpm bench` reports, and how packages hand their rows to the root runner.
// Plain TypeScript that Node runs by stripping types (no enums, no parameter properties), so the
// shared package (plain `node`) and the API (oxc loader) both import it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchRow {
  /** Stable id, e.g. `api.access.api-key.throughput`. */
  id: string;
  /** Section of the table, e.g. `access check`. */
  group: string;
  /** What was measured, in one line. */
  workload: string;
  /** The same-run baseline's figure (same unit), or null when the row has none. */
  baseline: number | null;
  /** What the baseline is, e.g. `bare Apollo Server 5 hello query, 10 connections`. */
  baselineWorkload: string | null;
  value: number;
  unit: string;
  /** value / baseline (null without a baseline). */
  ratio: number | null;
  /** The target in words, e.g. `≥ 0.40× bare, no errors`; `—` when the row only informs. */
  target: string;
  /** Whether the target is met; null for rows without a target. */
  met: boolean | null;
  /** Secondary figures (p50, max, CPU, errors…). */
  detail?: string;
}

export interface PackageResult {
  package: string;
  quick: boolean;
  startedAt: string;
  finishedAt: string;
  rows: BenchRow[];
  /** Findings behind the figures (profiles, lock samples, statement breakdowns). */
  notes: Array<{ id: string; text: string }>;
  /** Benchmarks that failed to run (the root runner then exits non-zero). */
  failures: Array<{ id: string; error: string }>;
}

export const isQuick = (): boolean => process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');

/** Collects one package's rows and writes them where the root runner reads them (BENCH_OUT_DIR). */
export class ResultCollector {
  readonly result: PackageResult;

  constructor(pkg: string) {
    this.result = {
      package: pkg,
      quick: isQuick(),
      startedAt: new Date().toISOString(),
      finishedAt: '',
      rows: [],
      notes: [],
      failures: [],
    };
  }

  add(row: Omit<BenchRow, 'ratio'> & { ratio?: number | null }): BenchRow {
    const ratio = row.ratio ?? (row.baseline ? row.value / row.baseline : null);
    const full: BenchRow = { ...row, ratio };
    this.result.rows.push(full);
    return full;
  }

  note(id: string, text: string): void {
    this.result.notes.push({ id, text });
  }

  /** Runs one benchmark; an exception is recorded as a failure and the others still run. */
  async run(id: string, fn: () => Promise<void> | void): Promise<void> {
    const t = performance.now();
    console.log(`\n--- ${this.result.package}: ${id}`);
    try {
      await fn();
      console.log(`--- ${id} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    } catch (err) {
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      console.error(`--- ${id} FAILED: ${error}`);
      this.result.failures.push({ id, error });
    }
  }

  /** Prints this package's table and writes `<BENCH_OUT_DIR>/<package>.json` when the variable is set. */
  finish(): PackageResult {
    this.result.finishedAt = new Date().toISOString();
    console.log(`\n${formatTable(this.result.rows)}`);
    for (const n of this.result.notes) console.log(`\n${n.id}: ${n.text}`);
    const dir = process.env.BENCH_OUT_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${this.result.package.replace(/[^\w.-]+/g, '_')}.json`);
      writeFileSync(file, JSON.stringify(this.result, null, 2));
    }
    return this.result;
  }
}

/** A number with a sensible number of digits for a table. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const a = Math.abs(n);
  if (a >= 1000) return Math.round(n).toLocaleString('en-US');
  if (a >= 100) return n.toFixed(0);
  if (a >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

export function verdict(met: boolean | null): string {
  return met === null ? '' : met ? 'met' : 'MISSED';
}

/** One plain-text table of rows, grouped by section. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['id', 'workload', 'baseline', 'value', 'ratio', 'target', 'met'];
  const lines: string[][] = [];
  const groups = [...new Set(rows.map((r) => r.group))];
  const sorted = [...rows].sort((a, b) => groups.indexOf(a.group) - groups.indexOf(b.group));
  let group = '';
  for (const r of sorted) {
    if (r.group !== group) {
      group = r.group;
      lines.push([`[${group}]`, '', '', '', '', '', '']);
    }
    lines.push([
      r.id,
      r.workload,
      r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit}`,
      `${fmt(r.value)} ${r.unit}`,
      r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      r.target,
      verdict(r.met),
    ]);
  }
  const limits = [44, 70, 16, 18, 8, 40, 6];
  const clip = (s: string, i: number) => (s.length > limits[i]! ? `${s.slice(0, limits[i]! - 1)}…` : s);
  const all = [header, ...lines].map((l) => l.map(clip));
  const widths = header.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  const out = all.map((l) =>
    l
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

/** The same rows as Markdown tables, one per section (bench/README.md's results, `--readme`). */
export function formatMarkdown(rows: readonly BenchRow[]): string {
  const groups = [...new Set(rows.map((r) => r.group))];
  const cell = (s: string) => s.replaceAll('|', '\\|');
  return groups
    .map((group) => {
      const lines = rows
        .filter((r) => r.group === group)
        .map((r) =>
          [
            `\`${r.id}\``,
            cell(r.workload),
            r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit}`,
            `${fmt(r.value)} ${r.unit}`,
            r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
            cell(r.target),
            r.met === null ? '' : r.met ? 'met' : '**missed**',
          ].join(' | '),
        );
      return [
        `**${group}**`,
        '',
        '| id | workload | baseline | value | ratio | target | met |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...lines.map((l) => `| ${l} |`),
      ].join('\n');
    })
    .join('\n\n');
}
