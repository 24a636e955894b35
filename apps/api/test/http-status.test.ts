// One ErrorCode → HTTP status table for every route: GraphQL (when an operation fails wholly, i.e.
// there is no data) and the plain HTTP routes (PDF protocol, dev mailbox, readiness).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import { opaqueKey } from '../src/modules/rate-limit/rate-limit.service.ts';
import { createFactories, type Factories } from '../src/seeds/factories.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let base: string;
let f: Factories;
let user: User;
let token: string;

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Body }> {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Body };
}

const codeOf = (b: Body) => b.errors?.[0]?.extensions?.code;
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

beforeAll(async () => {
  api = await startTestApi();
  base = api.url.replace('/graphql', '');
  f = createFactories(api.orm.em.fork(), 7);
  user = await f.user();
  token = await f.session(user);
});
afterAll(() => api?.close());

describe('GraphQL over HTTP', () => {
  it('answers 200 when the operation succeeds', async () => {
    const r = await post('{ me { id } }', {}, bearer(token));
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ me: { id: user.id } });
  });

  it('answers 401 UNAUTHENTICATED when an operation fails wholly for want of a session', async () => {
    const r = await post('{ me { id } }');
    expect(r.status).toBe(401);
    expect(r.body.data).toBeNull();
    expect(codeOf(r.body)).toBe('UNAUTHENTICATED');
  });

  it('answers 401 for an unknown API key (refused before the operation runs)', async () => {
    const r = await post('{ me { id } }', {}, { 'x-api-key': 'dlg_nothing_here' });
    expect(r.status).toBe(401);
    expect(codeOf(r.body)).toBe('UNAUTHENTICATED');
    expect(r.body.errors?.[0]?.message).toBe('Chave de API inválida ou revogada.');
  });

  it('answers 403 FORBIDDEN when a service key asks for what only a person may', async () => {
    const { key } = await api.app.services.apiKeys.create(api.orm.em.fork(), 'Equipe de testes', [
      'installation-access:read',
    ]);
    const r = await post('{ me { id } }', {}, { 'x-api-key': key });
    expect(r.status).toBe(403);
    expect(codeOf(r.body)).toBe('FORBIDDEN');
  });

  it('answers 400 VALIDATION_FAILED for refused input', async () => {
    const r = await post(
      'mutation($input: SignUpInput!) { signUp(input: $input) { email } }',
      { input: { fullName: 'A', cpf: '111.111.111-11', email: 'nao-e-email', password: 'curta' } },
      { 'x-forwarded-for': '10.9.9.9' },
    );
    expect(r.status).toBe(400);
    expect(codeOf(r.body)).toBe('VALIDATION_FAILED');
  });

  it('answers 429 RATE_LIMITED with Retry-After', async () => {
    const email = `limitada.${randomUUID().slice(0, 8)}@exemplo.com.br`;
    // This e-mail has just failed many times from here, the loopback (the key is an opaque hash).
    await api.orm.em
      .fork()
      .execute(
        `insert into rate_limit (key, points, expire) values (?, 8, (extract(epoch from now()) * 1000)::bigint + 3600000)`,
        [`sign-in:failures:${opaqueKey(email)}:127.0.0.1`],
      );
    const r = await post(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { email, password: 'qualquer coisa' } },
      { 'x-forwarded-for': '10.9.9.10' },
    );
    expect(r.status).toBe(429);
    expect(codeOf(r.body)).toBe('RATE_LIMITED');
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBe(r.body.errors?.[0]?.extensions?.retryAfterSeconds);
  });

  it('keeps 200 for a partial result (data present, one field failed)', async () => {
    const r = await post(
      `query($id: ID!) { me { id } accessGrant(id: $id) { id } }`,
      { id: randomUUID() },
      bearer(token),
    );
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ me: { id: user.id }, accessGrant: null });
    expect(codeOf(r.body)).toBe('NOT_FOUND');
  });

  it('keeps 400 for a malformed document', async () => {
    const r = await post('{ me { nope } }', {}, bearer(token));
    expect(r.status).toBe(400);
    expect(codeOf(r.body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 413 PAYLOAD_TOO_LARGE for an over-large body', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as Body;
    expect(codeOf(body)).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors?.[0]?.message).toMatch(/grande demais/);
  });

  it('answers 400 VALIDATION_FAILED for a body that is not JSON', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect(res.status).toBe(400);
    expect(codeOf((await res.json()) as Body)).toBe('VALIDATION_FAILED');
  });
});

describe('plain HTTP routes', () => {
  it('GET /protocol/<unknown grant>.pdf by a signed-in stranger: 404 with a JSON code', async () => {
    const res = await fetch(`${base}/protocol/${randomUUID()}.pdf`, { headers: bearer(token) });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(codeOf((await res.json()) as Body)).toBe('NOT_FOUND');
  });

  it('GET /protocol/<grant>.pdf without a session: 401', async () => {
    const res = await fetch(`${base}/protocol/${randomUUID()}.pdf`);
    expect(res.status).toBe(401);
    expect(codeOf((await res.json()) as Body)).toBe('UNAUTHENTICATED');
  });

  it('an unknown path: 404 NOT_FOUND', async () => {
    const res = await fetch(`${base}/nada-aqui`);
    expect(res.status).toBe(404);
    expect(codeOf((await res.json()) as Body)).toBe('NOT_FOUND');
  });

  it('a route with an unknown API key: 401', async () => {
    const res = await fetch(`${base}/protocol/${randomUUID()}.pdf`, { headers: { 'x-api-key': 'dlg_x_y' } });
    expect(res.status).toBe(401);
    expect(codeOf((await res.json()) as Body)).toBe('UNAUTHENTICATED');
  });
});
