// One measurement per process so RSS figures are independent. Prints one JSON line.
// run.ts strips the types into bench/.out/js first, so the child does not pay for Node's TS loader
// (~45 MB of RSS) and memory figures are the parser's. Imports are per task for the same reason.
import { readFileSync } from 'node:fs';

const [task, file, itersArg] = process.argv.slice(2);
const iterations = Number(itersArg ?? '1');

function papaPipeline(Papa: typeof import('papaparse'), bytes: Uint8Array): number {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  const rows = parsed.data;
  const header = rows[0]!.map((h) =>
    h
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );
  const col = header.findIndex((h) => h.includes('instalacao'));
  const seen = new Set<string>();
  const numbers: string[] = [];
  let invalid = 0;
  let duplicates = 0;
  for (let r = 1; r < rows.length; r++) {
    const v = (rows[r]![col] ?? '').trim();
    if (!/^\d{1,12}$/.test(v)) invalid++;
    else if (seen.has(v)) duplicates++;
    else {
      seen.add(v);
      numbers.push(v);
    }
  }
  return numbers.length + invalid * 0 + duplicates * 0;
}

/** Reads every number as a string, 1,000 at a time (the portal checks them with the API in such batches). */
function pagedCount(numbers: { length: number; slice(a: number, b: number): string[] }): number {
  let count = 0;
  for (let i = 0; i < numbers.length; i += 1000) {
    for (const n of numbers.slice(i, i + 1000)) count += n.length > 0 ? 1 : 0;
  }
  return count;
}

async function main(): Promise<void> {
  // RSS of this process before any input is read: Node itself plus the modules.
  const baseRssMb = process.memoryUsage().rss / 1048576;
  const times: number[] = [];
  let count = 0;
  if (task === 'ours-csv') {
    const { parseInstallationCsvBytes } = await import('../src/installation-file/csv.ts');
    for (let i = 0; i < iterations; i++) {
      const bytes = readFileSync(file!);
      const t0 = performance.now();
      // Encoding detection + scan of the raw bytes (UTF-8/Windows-1252 decoded only where text is needed),
      // then every accepted number read as a string, a page at a time as the portal's wizard does.
      count = pagedCount(parseInstallationCsvBytes(bytes).numbers);
      times.push(performance.now() - t0);
    }
  } else if (task === 'papa-csv') {
    const { default: Papa } = await import('papaparse');
    for (let i = 0; i < iterations; i++) {
      const bytes = readFileSync(file!);
      const t0 = performance.now();
      count = papaPipeline(Papa, bytes);
      times.push(performance.now() - t0);
    }
  } else if (task === 'xlsx') {
    const { parseInstallationXlsx } = await import('../src/installation-file/xlsx.ts');
    for (let i = 0; i < iterations; i++) {
      const bytes = readFileSync(file!);
      const t0 = performance.now();
      count = pagedCount((await parseInstallationXlsx(bytes)).numbers);
      times.push(performance.now() - t0);
    }
  } else if (task === 'docs-ours' || task === 'docs-lib') {
    const { isValidCnpj, isValidCpf } = await import('../src/documents/index.ts');
    const { cnpj: libCnpj, cpf: libCpf } = await import('cpf-cnpj-validator');
    const docs = JSON.parse(readFileSync(file!, 'utf8')) as string[];
    const ours = (d: string) => (d.length <= 14 ? isValidCpf(d) : isValidCnpj(d));
    const lib = (d: string) => (d.length <= 14 ? libCpf.isValid(d) : libCnpj.isValid(d));
    const fn = task === 'docs-ours' ? ours : lib;
    for (let i = 0; i < iterations; i++) {
      let valid = 0;
      const t0 = performance.now();
      for (let r = 0; r < 5; r++) for (const d of docs) if (fn(d)) valid++;
      times.push(performance.now() - t0);
      count = docs.length * 5;
      if (valid === 0) throw new Error('nothing valid');
    }
  } else {
    throw new Error(`unknown task ${task}`);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ task, count, times, maxRssMb, baseRssMb }) + '\n');
}

await main();
