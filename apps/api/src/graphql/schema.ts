import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { collectResolvers } from '../app/module.ts';
import { modules } from '../app/modules.ts';
import { authChecker } from './auth-checker.ts';
import type { PgPubSub } from './pubsub.ts';

/** The committed SDL other teams and the portal's code generator read. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schema.graphql');

export async function createSchema(pubSub?: PgPubSub, emitFile = false): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: collectResolvers(modules),
    authChecker,
    authMode: 'error',
    pubSub,
    validate: false,
    emitSchemaFile: emitFile ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
