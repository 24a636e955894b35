// One error formatter for both transports: an operation over graphql-ws is masked, coded and worded
// exactly as over HTTP (no PostgreSQL text reaches a client).
import type { Client as WsClient } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../src/seeds/factories.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';

let api: TestApi;
let token: string;
let ws: WsClient;

/** Runs one operation over the WebSocket: its result, or the errors graphql-ws sent instead. */
function overWs(query: string, variables?: Record<string, unknown>): Promise<GqlResult> {
  return new Promise((resolve, reject) => {
    let result: GqlResult | null = null;
    ws.subscribe(
      { query, variables },
      {
        next: (v) => (result = v as GqlResult),
        error: (e) => (Array.isArray(e) ? resolve({ errors: e as GqlResult['errors'] }) : reject(e as Error)),
        complete: () => (result ? resolve(result) : reject(new Error('completed without a result'))),
      },
    );
  });
}

const first = (r: GqlResult) => r.errors?.[0];

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  const f = createFactories(api.orm.em.fork(), 11);
  token = await f.session(await f.user());
  ws = api.ws(token);
});
afterAll(() => api?.close());

describe('an unexpected database error', () => {
  // The session check does not read app_user; `me` does. A real PostgreSQL error, provoked on purpose.
  async function withUsersTableGone<T>(run: () => Promise<T>): Promise<T> {
    await api.orm.em.fork().execute(`alter table app_user rename to app_user_gone`);
    try {
      return await run();
    } finally {
      await api.orm.em.fork().execute(`alter table app_user_gone rename to app_user`);
    }
  }

  it('over the WebSocket: INTERNAL_SERVER_ERROR in Portuguese, no PostgreSQL text', async () => {
    const r = await withUsersTableGone(() => overWs('{ me { id fullName } }'));
    const e = first(r);
    expect(e?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(e?.message).toBe('Ocorreu um erro inesperado. Tente novamente em instantes.');
    expect(JSON.stringify(r)).not.toMatch(/app_user|relation|does not exist|select/i);
  });

  it('over HTTP: the same answer, 500', async () => {
    const res = await withUsersTableGone(() =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id fullName } }' }),
      }),
    );
    expect(res.status).toBe(500);
    const r = (await res.json()) as GqlResult;
    expect(first(r)?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(first(r)?.message).toBe('Ocorreu um erro inesperado. Tente novamente em instantes.');
    expect(JSON.stringify(r)).not.toMatch(/app_user|relation|does not exist/i);
  });
});

describe('expected errors over the WebSocket', () => {
  it('an AppError keeps its code and message, the same as over HTTP', async () => {
    const query = 'query($id: ID!) { accessGrant(id: $id) { id } }';
    const variables = { id: randomUUID() };
    const r = await overWs(query, variables);
    expect(first(r)?.extensions?.code).toBe('NOT_FOUND');
    const http = await api.gql(query, variables, { token });
    expect(first(r)).toEqual(first(http));
  });

  it('a document error passes through with its code, as over HTTP', async () => {
    const invalid = await overWs('{ me { nope } }');
    expect(first(invalid)?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(first(invalid)?.message).toMatch(/nope/);
    const unparsable = await overWs('{ me { ');
    expect(first(unparsable)?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a variable of the wrong type is BAD_USER_INPUT, as over HTTP', async () => {
    const r = await overWs('query($first: Int!) { installations(first: $first) { totalCount } }', {
      first: 'muitos',
    });
    expect(first(r)?.extensions?.code).toBe('BAD_USER_INPUT');
    const http = await api.gql('query($first: Int!) { installations(first: $first) { totalCount } }', {
      first: 'muitos',
    });
    expect(first(http)?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
