import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the portal. The schema is the API's committed SDL; while the API does not
 * yet expose everything, CODEGEN_SCHEMA may point elsewhere (e.g. src/lib/graphql/contract.graphql).
 */
const schema =
  process.env.CODEGEN_SCHEMA ??
  (existsSync(new URL('../api/schema.graphql', import.meta.url))
    ? '../api/schema.graphql'
    : 'src/lib/graphql/contract.graphql');

const config: CodegenConfig = {
  schema,
  documents: ['src/lib/graphql/*.ts'],
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
        scalars: { DateTimeISO: 'string', DateTime: 'string', ID: 'string' },
      },
    },
  },
};

export default config;
