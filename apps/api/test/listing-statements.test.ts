// Acessos concedidos / recebidos cost a fixed, small number of SQL statements whatever the page size:
// the session's confirmation and one statement for the viewer, the page, its count and each
// grant's installations and audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, invite, type World } from './grants-fixtures.ts';
import { countStatements } from './statement-counter.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  for (let i = 0; i < 12; i++) {
    const { mailToken } = await invite(api, w);
    if (i % 3 === 0) data(await accept(api, mailToken, w.inviteeToken));
  }
});
afterAll(() => api.close());

// What the portal's Acessos pages ask: installations and the trail of each grant.
const LIST = (field: 'accessGrantsGiven' | 'accessGrantsReceived') => `query ($first: Int, $after: String) {
  ${field}(first: $first, after: $after) {
    totalCount
    edges { cursor node {
      id protocolNumber status invitee { fullName cpf }
      installations(first: 1) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } }
      events { type at }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Listed {
  totalCount: number;
  edges: { node: { installations: { totalCount: number; edges: unknown[] }; events: unknown[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function statementsFor(
  field: 'accessGrantsGiven' | 'accessGrantsReceived',
  token: string,
  first: number,
) {
  // The session is read once and cached: count a request as the portal makes it, the second time on.
  data(await api.gql(LIST(field), { first }, { token }));
  let listed!: Listed;
  const c = await countStatements(api, async () => {
    listed = data(await api.gql<Record<string, Listed>>(LIST(field), { first }, { token }))[field]!;
  });
  return { statements: c.total, listed };
}

describe('grant lists: statements per request', () => {
  it('reads Acessos concedidos in at most 3 statements, whatever the page size', async () => {
    const small = await statementsFor('accessGrantsGiven', w.titularToken, 2);
    const large = await statementsFor('accessGrantsGiven', w.titularToken, 12);
    expect(small.listed.edges).toHaveLength(2);
    expect(large.listed.edges).toHaveLength(12);
    expect(large.listed.totalCount).toBe(12);
    for (const e of large.listed.edges) {
      expect(e.node.installations).toMatchObject({ totalCount: 2 });
      expect(e.node.installations.edges).toHaveLength(1);
      expect(e.node.events.length).toBeGreaterThan(0);
    }
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
  });

  it('reads Acessos recebidos the same way', async () => {
    const small = await statementsFor('accessGrantsReceived', w.inviteeToken, 1);
    const large = await statementsFor('accessGrantsReceived', w.inviteeToken, 4);
    expect(large.listed.edges).toHaveLength(4);
    expect(large.statements).toBeLessThanOrEqual(3);
    expect(large.statements).toBe(small.statements);
  });

  it('reports a bad installations page on the field, as before (not the whole list)', async () => {
    for (const args of ['first: 0', 'after: "nao-e-um-cursor"']) {
      const r = await api.gql<Record<string, Listed>>(
        `{ accessGrantsGiven(first: 2) { edges { node { id installations(${args}) { totalCount } } } } }`,
        {},
        { token: w.titularToken },
      );
      const codes = (r.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['VALIDATION_FAILED']));
      expect(r.errors![0]!.path).toContain('installations');
    }
  });

  it('pages through with the cursor, the count unchanged', async () => {
    const first = data(
      await api.gql<{ accessGrantsGiven: Listed }>(
        LIST('accessGrantsGiven'),
        { first: 5 },
        { token: w.titularToken },
      ),
    ).accessGrantsGiven;
    const next = data(
      await api.gql<{ accessGrantsGiven: Listed }>(
        LIST('accessGrantsGiven'),
        { first: 5, after: first.pageInfo.endCursor },
        { token: w.titularToken },
      ),
    ).accessGrantsGiven;
    expect(next.totalCount).toBe(12);
    expect(next.edges).toHaveLength(5);
    expect(next.pageInfo.hasNextPage).toBe(true);
  });
});
