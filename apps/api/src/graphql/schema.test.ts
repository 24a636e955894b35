import { readFile } from 'node:fs/promises';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSubgraphSdl } from '../modules/federation/subgraph-schema.ts';
import { createSchema, SCHEMA_FILE } from './schema.ts';

describe('schema.graphql', () => {
  it('is up to date with the resolvers (run `pnpm --filter @delega/api schema:emit`)', async () => {
    const current = printSubgraphSdl(await createSchema());
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(current);
  });

  it('describes every type and field for the teams that read it', async () => {
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        const fields: Record<string, { name: string; description?: string | null }> = type.getFields();
        for (const f of Object.values(fields)) if (!f.description) missing.push(`${type.name}.${f.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
