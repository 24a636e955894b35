// `pnpm --filter @delega/shared bench`: generates inputs in bench/.out (git-ignored), runs each
// measurement in its own child process, prints a table with targets and PASS/MISS.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCnpj, generateCpf, formatCpf, formatCnpj } from '../src/documents/index.ts';
import { buildInstallationTemplateXlsx } from '../src/installation-file/index.ts';

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
const fmtM = (n: number) => `${(n / 1e6).toFixed(2)} M`;

// CSV rows/s counts data rows (header excluded), whatever the number of valid ones.
const csvRate = (m: Measure) => CSV_ROWS / (best(m) / 1000);

const oursUtf8 = measure('ours-csv', utf8File, 3);
const papaUtf8 = measure('papa-csv', utf8File, 3);
const ours1252 = measure('ours-csv', cp1252File, 3);
const papa1252 = measure('papa-csv', cp1252File, 3);
const rssUtf8 = measure('ours-csv', utf8File, 1);
const rss1252 = measure('ours-csv', cp1252File, 1);
const xlsx = measure('xlsx', xlsxFile, 3);
const docsOurs = measure('docs-ours', docsFile, 3);
const docsLib = measure('docs-lib', docsFile, 3);

if (oursUtf8.count !== papaUtf8.count || ours1252.count !== papa1252.count) {
  throw new Error(
    `pipelines disagree: ours ${oursUtf8.count}/${ours1252.count}, papaparse ${papaUtf8.count}/${papa1252.count}`,
  );
}

type Row = [string, string, string, boolean];
const rows: Row[] = [];
for (const [label, ours, papa] of [
  ['UTF-8', oursUtf8, papaUtf8],
  ['Windows-1252', ours1252, papa1252],
] as const) {
  const r = csvRate(ours);
  const p = csvRate(papa);
  rows.push([
    `CSV 1M rows ${label}: ours`,
    `${fmtM(r)} rows/s (${best(ours).toFixed(0)} ms)`,
    '≥ 1.5 M rows/s',
    r >= 1.5e6,
  ]);
  rows.push([
    `CSV 1M rows ${label}: papaparse pipeline`,
    `${fmtM(p)} rows/s (${best(papa).toFixed(0)} ms); ours ${(r / p).toFixed(2)}×`,
    'ours ≥ 2× papaparse',
    r >= 2 * p,
  ]);
}
const rssLine = (m: Measure) =>
  `${m.maxRssMb.toFixed(0)} MB (Node+modules ${m.baseRssMb.toFixed(0)} MB before reading; +${(m.maxRssMb - m.baseRssMb).toFixed(0)} MB incl. the 30 MB file)`;
rows.push(['Peak RSS, ours, 1M rows UTF-8 (1 run)', rssLine(rssUtf8), '≤ 150 MB', rssUtf8.maxRssMb <= 150]);
rows.push([
  'Peak RSS, ours, 1M rows Windows-1252 (1 run)',
  rssLine(rss1252),
  '≤ 150 MB',
  rss1252.maxRssMb <= 150,
]);
rows.push([
  'Peak RSS, papaparse pipeline (3 runs, for reference)',
  `${papaUtf8.maxRssMb.toFixed(0)} MB UTF-8 / ${papa1252.maxRssMb.toFixed(0)} MB Windows-1252`,
  '-',
  true,
]);
rows.push([
  'XLSX 100k rows parse',
  `${best(xlsx).toFixed(0)} ms (${xlsx.count} numbers)`,
  '≤ 1.5 s',
  best(xlsx) <= 1500,
]);
rows.push([
  'CPF/CNPJ validations: ours',
  `${fmtM(perSecond(docsOurs))} /s`,
  '≥ 2 M/s',
  perSecond(docsOurs) >= 2e6,
]);
rows.push([
  'CPF/CNPJ validations: cpf-cnpj-validator',
  `${fmtM(perSecond(docsLib))} /s; ours ${(perSecond(docsOurs) / perSecond(docsLib)).toFixed(1)}×`,
  '-',
  true,
]);

const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)));
console.log(
  `Node ${process.version}, ${new Date().toISOString()}; best of 3 unless noted, each line its own process`,
);
for (const [a, b, c, ok] of rows) {
  console.log(
    `${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c.padEnd(w[2]!)}  ${c === '-' ? '' : ok ? 'PASS' : 'MISS'}`,
  );
}
