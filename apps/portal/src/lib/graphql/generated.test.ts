// Fails when src/lib/graphql/generated/ no longer matches the API's schema.graphql and the documents
// in src/lib/graphql/*.ts: run `pnpm --filter @delega/portal codegen` and commit the result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { expect, test } from 'vitest';
import config from '../../../codegen.ts';

/** What generate() answers per file (its declared type is `any`). */
interface GeneratedFile {
  filename: string;
  content: string;
}

const portalDir = path.resolve(import.meta.dirname, '../../..');

test('generated GraphQL types are up to date', async () => {
  const cwd = process.cwd();
  process.chdir(portalDir);
  try {
    const files = (await generate({ ...config, silent: true, errorsOnly: true }, false)) as GeneratedFile[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const onDisk = readFileSync(path.resolve(portalDir, file.filename), 'utf8');
      expect(onDisk, `${file.filename} is stale: run pnpm --filter @delega/portal codegen`).toBe(
        file.content,
      );
    }
  } finally {
    process.chdir(cwd);
  }
});

test('the API schema is the one used (not the portal contract fallback)', () => {
  expect(JSON.stringify(config.schema)).toContain('api/schema.graphql');
});
