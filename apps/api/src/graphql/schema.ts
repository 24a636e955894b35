import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { collectResolvers } from '../app/module.ts';
import { modules } from '../app/modules.ts';
import { toSubgraphSchema } from '../modules/federation/subgraph-schema.ts';
import { authChecker } from './auth-checker.ts';
import type { PgPubSub } from './pubsub.ts';

/** The committed SDL other teams and the portal's code generator read (the subgraph SDL, with directives). */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema.graphql');

/**
 * For building the schema without a running process (SDL emission, the schema test): type-graphql
 * refuses subscriptions without a PubSub, even ones with their own `subscribe`.
 */
const INERT_PUBSUB: PubSub = {
  publish: () => {},
  subscribe: () => (async function* () {})(),
};

const ROOT_DESCRIPTIONS = {
  Query: 'Read operations. Most need a signed-in user; `installationAccess` also accepts a service API key.',
  Mutation:
    'Changes. Each checks who asks; errors carry a stable `extensions.code` and a Portuguese message.',
  Subscription: 'Live events over graphql-ws on the same `/graphql` path, for the signed-in connection.',
} as const;

export async function createSchema(pubSub?: PgPubSub, emitFile = false): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: collectResolvers(modules),
    authChecker,
    authMode: 'error',
    pubSub: pubSub ?? INERT_PUBSUB,
    validate: false,
    emitSchemaFile: emitFile ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
  // type-graphql has no option for root type descriptions; other teams read them in the SDL.
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type) type.description = ROOT_DESCRIPTIONS[type.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  // Also an Apollo Federation 2 subgraph (Installation and AccessGrant entities): one endpoint for all.
  return toSubgraphSchema(schema);
}
