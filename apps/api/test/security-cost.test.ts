// The cost limit admits every documented maximum page and still refuses abusive queries, however
// the page size is passed (literal or variable). WebSocket caps: security-websocket.test.ts.
import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LIMITS, pageLimitOf, type PageLimit } from '../src/app/query-cost.ts';
import { createWorld, invite, type World } from './grants-fixtures.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';

let api: TestApi;
let w: World;
let grantId: string;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api, { installations: 220 });
  grantId = (await invite(api, w, { installationNumbers: null, allInstallations: true })).grant.id;
});
afterAll(() => api?.close());

const isCostError = (r: GqlResult<unknown>) =>
  (r.errors ?? []).some(
    (e) => /custo|cost/i.test(e.message) || e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
  );

/** Every scalar field (without required arguments) of a type, and the same for edges/node/pageInfo. */
function selection(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth < 2 && isObjectType(named) && ['edges', 'node', 'pageInfo'].includes(f.name))
      parts.push(`${f.name} { ${selection(named, depth + 1)} }`);
  }
  return parts.join(' ');
}

/** Every field with a `first` argument in the schema, as `Type.field`. */
function everyPagedField(): Array<{ coordinate: string; limit: PageLimit | null }> {
  const out: Array<{ coordinate: string; limit: PageLimit | null }> = [];
  for (const type of Object.values(api.app.schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const f of Object.values(type.getFields())) {
      if (f.args.some((a) => a.name === 'first'))
        out.push({ coordinate: `${type.name}.${f.name}`, limit: pageLimitOf(type, f) });
    }
  }
  return out;
}

/** The paged fields reachable from Query with the sample arguments, each with its query. */
function pagedQueries(): Array<{ coordinate: string; query: (first: string) => string }> {
  const schema = api.app.schema;
  const samples: Record<string, string> = {
    id: JSON.stringify(grantId),
    grantId: JSON.stringify(grantId),
    installationNumber: JSON.stringify(w.installations[0]!.number),
    businessPartnerId: JSON.stringify(w.partner.id),
  };
  const out: Array<{ coordinate: string; query: (first: string) => string }> = [];
  const reach = new Map<GraphQLObjectType, (inner: string) => string>([
    [schema.getQueryType()!, (i) => `{ ${i} }`],
  ]);
  const queue = [schema.getQueryType()!];
  while (queue.length) {
    const type = queue.shift()!;
    const wrap = reach.get(type)!;
    for (const f of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) continue;
      const required = f.args.filter(
        (a) => isNonNullType(a.type) && a.defaultValue === undefined && a.name !== 'first',
      );
      if (required.some((a) => !samples[a.name])) continue;
      const args = required.map((a) => `${a.name}: ${samples[a.name]}`);
      if (f.args.some((a) => a.name === 'first')) {
        out.push({
          coordinate: `${type.name}.${f.name}`,
          query: (first) =>
            wrap(`${f.name}(${[...args, `first: ${first}`].join(', ')}) { ${selection(named)} }`),
        });
      } else if (!reach.has(named) && !isListType(getNullable(f.type)) && named.getFields().id) {
        reach.set(named, (inner) =>
          wrap(`${f.name}${args.length ? `(${args.join(', ')})` : ''} { id ${inner} }`),
        );
        queue.push(named);
      }
    }
  }
  return out;
}
const getNullable = (t: unknown) => (isNonNullType(t) ? t.ofType : t);

/** The connections whose services are settled: their maximum page must also answer without error. */
const STABLE = [
  'Query.installations',
  'Query.accessGrantsGiven',
  'Query.accessGrantsReceived',
  'AccessGrant.installations',
];

describe('the cost limit and the documented maxima', () => {
  it('knows the page limits of every paged field in the schema', () => {
    const paged = everyPagedField();
    expect(paged.filter((p) => !p.limit).map((p) => p.coordinate)).toEqual([]);
    expect(paged.map((p) => p.coordinate)).toEqual(expect.arrayContaining(STABLE));
    expect(PAGE_LIMITS).toMatchObject({
      'Query.installations': { max: 200 },
      'Query.accessGrantsGiven': { max: 100 },
      'Query.accessGrantsReceived': { max: 100 },
      'AccessGrant.installations': { max: 200 },
    });
  });

  it('admits every connection at its maximum page with all its fields, literal or variable', async () => {
    const reached = pagedQueries();
    expect(reached.map((r) => r.coordinate)).toEqual(expect.arrayContaining(STABLE));
    const limits = new Map(everyPagedField().map((p) => [p.coordinate, p.limit!]));
    for (const { coordinate, query } of reached) {
      const max = limits.get(coordinate)!.max;
      const literal = await api.gql(query(String(max)), {}, { token: w.titularToken });
      expect(isCostError(literal), `${coordinate} first: ${max}: ${JSON.stringify(literal.errors)}`).toBe(
        false,
      );
      const withVariable = await api.gql(
        `query($first: Int!) ${query('$first')}`,
        { first: max },
        { token: w.titularToken },
      );
      expect(isCostError(withVariable), `${coordinate} first: $first = ${max}`).toBe(false);
      if (STABLE.includes(coordinate)) {
        expect(literal.errors, coordinate).toBeUndefined();
        expect(withVariable.errors, coordinate).toBeUndefined();
      }
    }
  });

  it('reads the page the portal asks for: installations(first: 200) with five fields', async () => {
    const r = await api.gql<{ installations: { edges: unknown[] } }>(
      `{ installations(first: 200) { edges { node { number street streetNumber district city } } } }`,
      {},
      { token: w.titularToken },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.installations.edges).toHaveLength(200);
  });

  it('still refuses a truly abusive query, through variables too', async () => {
    const nested = (first: string, inner: string) =>
      `accessGrantsGiven(first: ${first}) { edges { node { installations(first: ${inner}) { edges { node { number street city state } } } } } }`;
    const literal = await api.gql(`{ ${nested('100', '200')} }`, {}, { token: w.titularToken });
    expect(isCostError(literal)).toBe(true);
    expect(literal.data ?? null).toBeNull();
    const viaVariables = await api.gql(
      `query($a: Int, $b: Int) { ${nested('$a', '$b')} }`,
      { a: 100, b: 200 },
      { token: w.titularToken },
    );
    expect(isCostError(viaVariables)).toBe(true);
    const aliased = Array.from(
      { length: 12 },
      (_, i) => `a${i}: installations(first: 200) { edges { node { number street city } } }`,
    );
    expect(isCostError(await api.gql(`{ ${aliased.join(' ')} }`, {}, { token: w.titularToken }))).toBe(true);
  });
});
