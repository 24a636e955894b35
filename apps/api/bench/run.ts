// `pnpm --filter @delega/api bench`: runs every `*.bench.ts` in this folder, one after the other.
// Each module's default export is an async function that prints its own figures.
// `pnpm --filter @delega/api bench installations` runs only the files whose name contains a filter.
import 'reflect-metadata';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const filters = process.argv.slice(2);
const files = (await readdir(import.meta.dirname))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file}`);
  const mod = (await import(pathToFileURL(path.join(import.meta.dirname, file)).href)) as {
    default: () => Promise<void>;
  };
  await mod.default();
}
