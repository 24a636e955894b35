// The cost of an operation, from the page sizes it really asks for (literals and variables alike):
// each field costs 1, and a list inside a paged field (a connection's `edges`) costs its page size
// times what each item selects. So `installations(first: 200)` with five fields per node costs
// about 1,400, while a page of 100 grants each with a page of 200 installations costs over 100,000.
// Checked after validation, when the variables are known (graphql-armor's rule sees only literals
// and compounds a depth factor that refused the documented maximum pages).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../modules/customers/customers.service.ts';
import {
  DEFAULT_GRANT_PAGE,
  DEFAULT_INSTALLATION_PAGE,
  MAX_GRANT_PAGE,
  MAX_INSTALLATION_PAGE,
} from '../modules/grants/access-grant.queries.ts';

/** Most an operation may cost: the largest documented page with every field fits several times. */
export const MAX_COST = 5000;

export interface PageLimit {
  /** Page size when `first` is omitted. */
  dflt: number;
  /** The service's own maximum (larger `first` values are reduced to it). */
  max: number;
}

/**
 * The page limits of every field with a `first` argument, as its service applies them (a test walks
 * the schema and fails for a paged field without one). A domain may instead declare its own beside
 * the resolver: `@Extensions({ pageLimit: { dflt: 20, max: 100 } })`, which wins over this table.
 */
export const PAGE_LIMITS: Record<string, PageLimit> = {
  'Query.installations': { dflt: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE },
  'Query.accessGrantsGiven': { dflt: DEFAULT_GRANT_PAGE, max: MAX_GRANT_PAGE },
  'Query.accessGrantsReceived': { dflt: DEFAULT_GRANT_PAGE, max: MAX_GRANT_PAGE },
  'AccessGrant.installations': { dflt: DEFAULT_INSTALLATION_PAGE, max: MAX_INSTALLATION_PAGE },
  // As their services read `first` today (grant-activity.ts, accessible-installations.query.ts,
  // service-request.queries.ts, billing.queries.ts, grant-event-page.resolver.ts); better declared
  // beside their resolvers.
  'AccessGrant.eventsConnection': { dflt: 50, max: 200 },
  'Query.accessibleInstallations': { dflt: 50, max: 200 },
  'Query.grantActivity': { dflt: 20, max: 100 },
  'Query.serviceRequests': { dflt: 20, max: 100 },
  'Query.bills': { dflt: 12, max: 24 },
};

/** A paged field without limits is charged as the largest page any service gives. */
const UNKNOWN_PAGE: PageLimit = { dflt: 50, max: 200 };

/** The limits of a paged field: its own `pageLimit` extension, else PAGE_LIMITS; null when unknown. */
export function pageLimitOf(
  parent: { name: string },
  field: GraphQLField<unknown, unknown>,
): PageLimit | null {
  const declared = (field.extensions as { pageLimit?: PageLimit } | undefined)?.pageLimit;
  return declared ?? PAGE_LIMITS[`${parent.name}.${field.name}`] ?? null;
}

/** A list that is not paged (an audit trail, a user's partners): a small multiple, not its worst case. */
const UNPAGED_LIST_ITEMS = 10;

type Variables = Record<string, unknown> | null | undefined;

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const pageOf = (parent: GraphQLCompositeType, def: GraphQLField<unknown, unknown>, node: FieldNode) => {
    const arg = def.args.find((a) => a.name === 'first');
    if (!arg) return null;
    const limit = pageLimitOf(parent, def) ?? UNKNOWN_PAGE;
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const value = given ? valueFromAST(given.value, arg.type, variables ?? undefined) : undefined;
    const first = typeof value === 'number' && Number.isFinite(value) ? value : limit.dflt;
    return Math.max(0, Math.min(first, limit.max));
  };

  const costOf = (
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    page: number | null,
    depth: number,
  ): number => {
    if (depth > 20) return MAX_COST + 1; // far past maxDepth: refused anyway
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        total += costOf(s.selectionSet, isCompositeType(on) ? on : parent, page, depth);
        continue;
      }
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(s.name.value);
        const on = f && schema.getType(f.typeCondition.name.value);
        if (f) total += costOf(f.selectionSet, isCompositeType(on) ? on : parent, page, depth + 1);
        continue;
      }
      if (s.name.value.startsWith('__')) continue; // __typename, introspection
      const def =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
      if (!def) continue; // unknown fields were refused by validation
      const named = getNamedType(def.type);
      const own = pageOf(parent, def, s);
      const list = isListType(getNullableType(def.type));
      let cost = 1;
      if (s.selectionSet && isCompositeType(named)) {
        // A connection hands its page size to its `edges`; a paged list uses it itself.
        cost += costOf(s.selectionSet, named, list ? null : own, depth + 1);
      }
      if (list && s.selectionSet) cost *= own ?? page ?? UNPAGED_LIST_ITEMS;
      total += cost;
    }
    return total;
  };
  return costOf(operation.selectionSet, root, null, 0);
}

/** The refusal: about the request itself, as graphql-js's own document errors are (HTTP 400). */
export function costError(cost: number): GraphQLError {
  return new GraphQLError(
    `Esta consulta pede dados demais de uma vez (custo ${cost}, limite ${MAX_COST}). Peça páginas menores ou menos campos.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: MAX_COST, http: { status: 400 } } },
  );
}

/** The cost check of one operation; null when within the limit. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): GraphQLError | null {
  const cost = operationCost(schema, document, operationName, variables);
  return cost > MAX_COST ? costError(cost) : null;
}

/** Apollo (HTTP): checks the resolved operation, variables known, before it executes. */
export const queryCostPlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ schema, document, request }) {
        const refused = checkCost(schema, document, request.operationName, request.variables);
        return refused ? Promise.reject(refused) : Promise.resolve();
      },
    });
  },
};
