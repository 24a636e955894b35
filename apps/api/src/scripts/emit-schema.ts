// Writes schema.graphql from the resolvers (`pnpm --filter @delega/api schema:emit`, also run by build).
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFile } from 'node:fs/promises';
import { createSchema, SCHEMA_FILE } from '../graphql/schema.ts';

const schema = await createSchema();
await writeFile(SCHEMA_FILE, printSchema(lexicographicSortSchema(schema)) + '\n');
console.log(`wrote ${SCHEMA_FILE}`);
