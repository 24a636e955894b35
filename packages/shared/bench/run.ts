// `pnpm --filter @delega/shared bench [--quick]`: the shared package's rows of `pnpm bench`. Generates
// inputs in bench/.out (git-ignored), runs each measurement in its own child process (so RSS figures
// are independent), against the same-run baselines papaparse and cpf-cnpj-validator.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCnpj, generateCpf, formatCpf, formatCnpj } from '../src/documents/index.ts';
import { buildInstallationTemplateXlsx } from '../src/installation-file/index.ts';
import { isQuick, ResultCollector } from '../../../bench/lib/rows.ts';

const here = dirname(fileURLToPath(import.meta.url));
// stripTypeScriptTypes is marked experimental in Node 24; its one warning is noise here.
process.removeAllListeners('warning');
const out = join(here, '.out');
mkdirSync(out, { recursive: true });

// Deterministic LCG so every run measures the same files.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const CSV_ROWS = 1_000_000;
const XLSX_ROWS = 100_000;

function csvLines(rows: number): string {
  const rng = lcg(42);
  const parts: string[] = ['Nº Instalação;Apelido;Município'];
  for (let i = 0; i < rows; i++) {
    const r = rng();
    let n: string;
    if (r < 0.005)
      n = 'ABC' + String(i); // invalid
    else if (r < 0.015 && i > 10)
      n = String(1000000 + i - 7).padStart(10, '0'); // duplicate of an earlier row
    else n = String(1000000 + i).padStart(10, '0');
    parts.push(`${n};Casa ${i % 1000};${i % 2 ? 'Campinas' : 'São José'}`);
  }
  return parts.join('\r\n') + '\r\n';
}

const utf8File = join(out, 'installations-1m-utf8.csv');
const cp1252File = join(out, 'installations-1m-cp1252.csv');
const xlsxFile = join(out, 'installations-100k.xlsx');
const docsFile = join(out, 'documents.json');

if (!existsSync(utf8File) || !existsSync(cp1252File)) {
  const text = csvLines(CSV_ROWS);
  writeFileSync(utf8File, text, 'utf8');
  // Only Latin-1-range characters here, where windows-1252 and latin1 bytes coincide.
  writeFileSync(cp1252File, Buffer.from(text, 'latin1'));
}
if (!existsSync(xlsxFile)) {
  const numbers = Array.from({ length: XLSX_ROWS }, (_, i) => String(2000000 + i).padStart(10, '0'));
  writeFileSync(xlsxFile, await buildInstallationTemplateXlsx(numbers));
}
if (!existsSync(docsFile)) {
  const rng = lcg(7);
  const docs: string[] = [];
  for (let i = 0; i < 50_000; i++) {
    docs.push(generateCpf(rng), formatCpf(generateCpf(rng))!);
    docs.push(generateCnpj({}, rng), formatCnpj(generateCnpj({ alphanumeric: true }, rng))!);
  }
  writeFileSync(docsFile, JSON.stringify(docs));
}

// Type-stripped JS copies of src/ and the worker (relative `.ts` specifiers rewritten to `.js`).
const jsRoot = join(out, 'js');
function stripFile(path: string): void {
  const js = nodeModule
    .stripTypeScriptTypes(readFileSync(path, 'utf8'))
    .replace(/(['"]\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1.js$2');
  const target = join(jsRoot, relative(join(here, '..'), path)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, js);
}
function stripTree(from: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const path = join(from, entry.name);
    if (entry.isDirectory()) stripTree(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) stripFile(path);
  }
}
stripTree(join(here, '..', 'src'));
stripFile(join(here, 'worker.ts'));

interface Measure {
  task: string;
  count: number;
  times: number[];
  maxRssMb: number;
  baseRssMb: number;
}

function measure(task: string, file: string, iterations: number): Measure {
  const stdout = execFileSync(
    process.execPath,
    [join(jsRoot, 'bench', 'worker.js'), task, file, String(iterations)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measure;
}

const best = (m: Measure) => Math.min(...m.times);
const perSecond = (m: Measure) => m.count / (best(m) / 1000);
// CSV rows/s counts data rows (header excluded), whatever the number of valid ones.
const csvRate = (m: Measure) => CSV_ROWS / (best(m) / 1000);

const results = new ResultCollector('@delega/shared');
// Best of 3 (quick: of 1); papaparse and ours alternate so drift hits both.
const runs = isQuick() ? 1 : 3;

await results.run('installation file (CSV)', () => {
  for (const [label, file] of [
    ['UTF-8', utf8File],
    ['Windows-1252', cp1252File],
  ] as const) {
    const ours = measure('ours-csv', file, runs);
    const papa = measure('papa-csv', file, runs);
    if (ours.count !== papa.count)
      throw new Error(`pipelines disagree on ${label}: ${ours.count} vs ${papa.count}`);
    const id = label === 'UTF-8' ? 'utf8' : 'cp1252';
    results.add({
      id: `shared.csv.${id}`,
      group: 'installation file',
      workload: `1 M-row ";" CSV, ${label}: decode, parse, validate, de-duplicate`,
      baseline: csvRate(papa) / 1e6,
      baselineWorkload: 'papaparse 5.7 pipeline (same decode and checks)',
      value: csvRate(ours) / 1e6,
      unit: 'M rows/s',
      target: '≥ 2× papaparse',
      met: csvRate(ours) >= 2 * csvRate(papa),
      detail: `ours ${best(ours).toFixed(0)} ms, papaparse ${best(papa).toFixed(0)} ms; best of ${runs}`,
    });
    const rss = measure('ours-csv', file, 1);
    results.add({
      id: `shared.csv.${id}.rss`,
      group: 'installation file',
      workload: `peak RSS parsing the 1 M-row ${label} CSV (30 MB file), one run in its own process`,
      baseline: papa.maxRssMb,
      baselineWorkload: 'papaparse pipeline, peak RSS',
      value: rss.maxRssMb,
      unit: 'MB',
      target: '≤ 150 MB',
      met: rss.maxRssMb <= 150,
      detail: `Node and modules ${rss.baseRssMb.toFixed(0)} MB before reading`,
    });
  }
});

await results.run('installation file (XLSX)', () => {
  const xlsx = measure('xlsx', xlsxFile, runs);
  results.add({
    id: 'shared.xlsx',
    group: 'installation file',
    workload: '100k-row XLSX parse (read-excel-file 9)',
    baseline: null,
    baselineWorkload: null,
    value: best(xlsx),
    unit: 'ms',
    target: '≤ 1,000 ms',
    met: best(xlsx) <= 1000,
    detail: `${xlsx.count} numbers; best of ${runs}`,
  });
});

await results.run('CPF/CNPJ', () => {
  const ours = measure('docs-ours', docsFile, runs);
  const lib = measure('docs-lib', docsFile, runs);
  results.add({
    id: 'shared.documents',
    group: 'CPF/CNPJ',
    workload: 'CPF and CNPJ (numeric and alphanumeric, raw and formatted) validations',
    baseline: perSecond(lib) / 1e6,
    baselineWorkload: 'cpf-cnpj-validator 2.1 on the same 200,000 documents',
    value: perSecond(ours) / 1e6,
    unit: 'M/s',
    target: '≥ 3× cpf-cnpj-validator',
    met: perSecond(ours) >= 3 * perSecond(lib),
    detail: `best of ${runs}, 1 M validations each`,
  });
});

const result = results.finish();
process.exit(result.failures.length ? 1 : 0);
