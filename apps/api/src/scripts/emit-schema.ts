// Writes schema.graphql from the resolvers (`pnpm --filter @delega/api schema:emit`, also run by build):
// the subgraph SDL with its federation directives.
import { writeFile } from 'node:fs/promises';
import { createSchema, SCHEMA_FILE } from '../graphql/schema.ts';
import { printSubgraphSdl } from '../modules/federation/subgraph-schema.ts';

const schema = await createSchema();
await writeFile(SCHEMA_FILE, printSubgraphSdl(schema));
console.log(`wrote ${SCHEMA_FILE}`);
