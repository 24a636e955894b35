import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { operationNames } from './codegen-document.ts';

/**
 * Typed GraphQL documents for the portal, generated from the API's committed SDL and the operations
 * in src/lib/graphql/*.graphql: the client preset writes the types (generated/graphql.ts), and
 * codegen-document.ts one module per operation (generated/documents/<Name>.ts, a typed string), so
 * a page's bundle holds only the documents it sends. src/lib/graphql/<domain>.ts re-exports them.
 * The preset also writes gql.ts and its own copies of the documents in graphql.ts: import only
 * types from there, or every document ships with every page.
 */
const schema = process.env.CODEGEN_SCHEMA ?? '../api/schema.graphql';
const documents = 'src/lib/graphql/*.graphql';
const graphqlDir = path.join(import.meta.dirname, 'src/lib/graphql');
const operations = operationNames(
  readdirSync(graphqlDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(path.join(graphqlDir, f), 'utf8')),
);

const config: CodegenConfig = {
  schema,
  documents: [documents],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: false,
        documentMode: 'string',
        scalars: { DateTimeISO: 'string', DateTime: 'string', ID: 'string' },
      },
    },
    ...Object.fromEntries(
      operations.map((operation) => [
        `src/lib/graphql/generated/documents/${operation}.ts`,
        { plugins: [{ './codegen-document.ts': { operation } }] },
      ]),
    ),
  },
};

export default config;
