// `node bench/readme.ts [results.json]`: writes the "Results" section of bench/README.md from a
// results file (default bench/results/baseline.json), between its results:begin/end markers, so
// the committed tables are always the committed run's figures, never copied by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatMarkdown, type BenchRow } from './lib/rows.ts';

interface Results {
  startedAt: string;
  seconds: number;
  quick: boolean;
  machine: { loadAverageAtEnd: number[] };
  summary: { withTarget: number; met: number; missed: string[] };
  rows: BenchRow[];
}

const root = path.resolve(import.meta.dirname, '..');
const source = process.argv[2] ?? path.join(root, 'bench/results/baseline.json');
const results = JSON.parse(readFileSync(source, 'utf8')) as Results;
const readmePath = path.join(root, 'bench/README.md');
const readme = readFileSync(readmePath, 'utf8');
const BEGIN = '<!-- results:begin (written by node bench/readme.ts) -->';
const END = '<!-- results:end -->';
const at = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (at < 0 || end < at) throw new Error(`bench/README.md lacks the ${BEGIN} … ${END} markers`);

const { summary, machine } = results;
const section = [
  BEGIN,
  '',
  `Run ${results.startedAt.replace('T', ' ').slice(0, 19)} UTC, ${results.quick ? 'quick' : 'full'}, ` +
    `${results.seconds} s, load average at the end ${machine.loadAverageAtEnd.join(' / ')}. ` +
    `**${summary.met} of ${summary.withTarget} targets met.**` +
    (summary.missed.length ? ` Missed: ${summary.missed.map((id) => `\`${id}\``).join(', ')}.` : ''),
  '',
  formatMarkdown(results.rows),
  '',
  END,
].join('\n');
writeFileSync(readmePath, readme.slice(0, at) + section + readme.slice(end + END.length));
console.log(`bench/README.md: results of ${path.relative(root, source)} written`);
