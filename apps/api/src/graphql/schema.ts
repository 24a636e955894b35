import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { collectResolvers } from '../app/module.ts';
import { modules } from '../app/modules.ts';
import { authChecker } from './auth-checker.ts';
import type { PgPubSub } from './pubsub.ts';

/** The committed SDL other teams and the portal's code generator read. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema.graphql');

/**
 * For building the schema without a running process (SDL emission, the schema test): type-graphql
 * refuses subscriptions without a PubSub, even ones with their own `subscribe`.
 */
const INERT_PUBSUB: PubSub = {
  publish: () => {},
  subscribe: () => (async function* () {})(),
};

export async function createSchema(pubSub?: PgPubSub, emitFile = false): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: collectResolvers(modules),
    authChecker,
    authMode: 'error',
    pubSub: pubSub ?? INERT_PUBSUB,
    validate: false,
    emitSchemaFile: emitFile ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
