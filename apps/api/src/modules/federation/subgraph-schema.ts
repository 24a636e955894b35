// The API as an Apollo Federation 2 subgraph (type-graphql's apollo-federation-2 example): the
// type-graphql schema printed with its directives, the entity keys added, built again by
// buildSubgraphSchema with the same resolvers plus the reference resolvers. The portal uses the
// same endpoint and schema; `_entities` and `_service` are added for a company supergraph.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { createResolversMap } from 'type-graphql';
import { lexicographicSortSchema, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError } from '../../common/errors.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import {
  FEDERATION_REF,
  REFERENCE_FIELDS,
  resolveAccessGrantReference,
  resolveInstallationReference,
} from './entity-references.ts';

const FEDERATION_LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

/** Entity keys, added to the printed schema (the types themselves belong to their domains). */
const ENTITY_KEYS = `
extend type Installation @key(fields: "number")
extend type AccessGrant @key(fields: "id")`;

/** Entity types and what `_entities` accepts for each. */
const ENTITIES: Record<string, string> = { Installation: 'number', AccessGrant: 'id' };

const DESCRIPTIONS: Record<string, Record<string, string>> = {
  Query: {
    _entities:
      'Apollo Federation: entities by key (Installation by number, AccessGrant by id), for a company supergraph. The same rules as our own queries apply.',
    _service: 'Apollo Federation: this subgraph’s SDL (service keys, or wherever introspection is on).',
  },
  _Service: { sdl: 'The subgraph SDL with its federation directives.' },
};

/** Types the federation specification adds. */
const TYPE_DESCRIPTIONS: Record<string, string> = {
  _Any: 'Apollo Federation: an entity representation ({ __typename, key fields }).',
  _Entity: 'Apollo Federation: the entity types of this subgraph (Installation, AccessGrant).',
  _Service: 'Apollo Federation: this subgraph.',
  link__Import: 'Apollo Federation (@link): an imported name.',
  link__Purpose: 'Apollo Federation (@link): why a specification is linked.',
  federation__FieldSet: 'Apollo Federation: a selection of fields (a @key).',
  federation__Policy: 'Apollo Federation: a policy name.',
  federation__Scope: 'Apollo Federation: a scope name.',
  federation__ContextFieldValue: 'Apollo Federation: a context field value.',
};

type Resolver = GraphQLFieldResolver<unknown, GraphQLContext>;
type ResolverMap = Record<string, Record<string, unknown>>;

/** Representations are checked before federation reads them: bad ones are VALIDATION_FAILED. */
function checkRepresentations(args: { representations?: unknown }): void {
  const reps = args.representations;
  const fine =
    Array.isArray(reps) &&
    reps.length <= 100 &&
    reps.every((r) => {
      if (typeof r !== 'object' || r === null) return false;
      const rec = r as Record<string, unknown>;
      const key = typeof rec.__typename === 'string' ? ENTITIES[rec.__typename] : undefined;
      return key !== undefined && typeof rec[key] === 'string';
    });
  if (!fine)
    throw AppError.validation({
      representations:
        'Informe até 100 representações { __typename: "Installation", number } ou { __typename: "AccessGrant", id }.',
    });
}

export function toSubgraphSchema(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as unknown as ResolverMap;
  resolvers.Installation = {
    ...resolvers.Installation,
    __resolveReference: resolveInstallationReference,
  };
  resolvers.AccessGrant = { ...resolvers.AccessGrant, __resolveReference: resolveAccessGrantReference };
  const installation = schema.getType('Installation');
  if (installation && 'getFields' in installation) {
    for (const name of Object.keys(installation.getFields())) {
      // A reference carries only its key: any other field is refused (no address leaks).
      if (REFERENCE_FIELDS.has(name)) continue;
      const inner = (resolvers.Installation[name] as Resolver | undefined) ?? defaultField(name);
      resolvers.Installation[name] = ((source, args, ctx, info) => {
        if ((source as Record<symbol, unknown>)[FEDERATION_REF])
          throw new AppError(
            'FORBIDDEN',
            'Pela federação, a instalação expõe apenas number, access, accessFor e activeGrants.',
          );
        return inner(source, args, ctx, info);
      }) satisfies Resolver;
    }
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}\n${ENTITY_KEYS}`);
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
  wrapFederationQueries(subgraph);
  for (const [type, fields] of Object.entries(DESCRIPTIONS)) {
    const t = subgraph.getType(type);
    if (!t || !('getFields' in t)) continue;
    for (const [f, d] of Object.entries(fields)) {
      const field = t.getFields()[f];
      if (field) field.description = d;
    }
  }
  for (const [name, d] of Object.entries(TYPE_DESCRIPTIONS)) {
    const t = subgraph.getType(name);
    if (t && !t.description) t.description = d;
  }
  // Root descriptions (set on the type-graphql schema) are carried by the printed SDL.
  return subgraph;
}

/** The committed SDL: the subgraph's types with their federation directives, sorted. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSchemaWithDirectives(lexicographicSortSchema(schema)) + '\n';
}

function defaultField(name: string): Resolver {
  return (source) => (source as Record<string, unknown>)[name];
}

/** `_entities` needs a caller and sane representations; `_service` a service key unless introspection is on. */
function wrapFederationQueries(schema: GraphQLSchema): void {
  const fields = schema.getQueryType()!.getFields();
  const entities = fields._entities;
  if (entities?.resolve) {
    const inner = entities.resolve;
    entities.resolve = (source, args, ctx: GraphQLContext, info) => {
      if (!ctx.apiKey && !ctx.viewer) throw new AppError('UNAUTHENTICATED');
      checkRepresentations(args as { representations?: unknown });
      return inner(source, args, ctx, info);
    };
  }
  const service = fields._service;
  if (service?.resolve) {
    const inner = service.resolve;
    service.resolve = (source, args, ctx: GraphQLContext, info) => {
      if (!ctx.services.config.introspection && !ctx.apiKey)
        throw new AppError(ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      return inner(source, args, ctx, info);
    };
  }
}
