import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the portal, generated from the API's committed SDL. */
const schema = process.env.CODEGEN_SCHEMA ?? '../api/schema.graphql';

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
