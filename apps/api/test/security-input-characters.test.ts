// Characters PostgreSQL cannot store (U+0000) and lone UTF-16 surrogates are refused at the door,
// in every GraphQL string input (variables and literals, over HTTP and WebSocket) and every HTTP
// route parameter: VALIDATION_FAILED naming the field, never INTERNAL_SERVER_ERROR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, newIp, newPerson, SIGN_IN, SIGN_UP } from './accounts-helpers.ts';
import { createWorld, GRANT_ACCESS, inviteInput, type World } from './grants-fixtures.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true', WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
});
afterAll(() => api?.close());

const NUL = 'ana\u0000@exemplo.com.br';
const LONE_SURROGATE = 'Ana \ud800Souza';

function expectRefused(r: GqlResult<unknown>, field: string) {
  const e = errorOf(r as GqlResult);
  expect(e.code).toBe('VALIDATION_FAILED');
  expect(e.extensions.fields).toMatchObject({ [field]: expect.stringMatching(/caracteres/) as unknown });
  expect(r.data ?? null).toBeNull();
}

describe('GraphQL string inputs', () => {
  it('signIn: a NUL byte in the e-mail', async () => {
    const r = await api.gql(
      SIGN_IN,
      { input: { email: NUL, password: 'qualquer coisa' } },
      {
        headers: { 'x-forwarded-for': newIp() },
      },
    );
    expectRefused(r, 'input.email');
  });

  it('signIn: a NUL byte written in the document itself', async () => {
    const r = await api.gql(
      `mutation { signIn(input: { email: "ana\\u0000@x.com.br", password: "x" }) { token } }`,
    );
    expectRefused(r, 'input.email');
  });

  it('signUp: a lone surrogate in the name, a NUL in the password', async () => {
    expectRefused(
      await api.gql(
        SIGN_UP,
        { input: newPerson({ fullName: LONE_SURROGATE }) },
        { headers: { 'x-forwarded-for': newIp() } },
      ),
      'input.fullName',
    );
    expectRefused(
      await api.gql(
        SIGN_UP,
        { input: newPerson({ password: 'Luz acesa\u0000na varanda' }) },
        { headers: { 'x-forwarded-for': newIp() } },
      ),
      'input.password',
    );
  });

  it('grantAccess: NUL in the idempotency key, a lone surrogate in a listed installation number', async () => {
    const auth = { token: w.titularToken };
    expectRefused(
      await api.gql(GRANT_ACCESS, { input: inviteInput(w, { idempotencyKey: 'k\u0000' }) }, auth),
      'input.idempotencyKey',
    );
    const numbers = [w.installations[0]!.number, '\udc00123'];
    expectRefused(
      await api.gql(GRANT_ACCESS, { input: inviteInput(w, { installationNumbers: numbers }) }, auth),
      'input.installationNumbers.1',
    );
    expectRefused(
      await api.gql(
        GRANT_ACCESS,
        { input: inviteInput(w, { invitee: { ...(inviteInput(w).invitee as object), email: NUL } }) },
        auth,
      ),
      'input.invitee.email',
    );
  });

  it('names the argument, whatever the variable is called', async () => {
    const r = await api.gql(
      `mutation($x: String!) { declineAccessInvite(token: $x) }`,
      { x: 'a\u0000' },
      { token: w.inviteeToken },
    );
    expectRefused(r, 'token');
  });

  it('over WebSocket too', async () => {
    const client = api.ws(w.titularToken);
    const result = await new Promise<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>(
      (resolve) => {
        client.subscribe(
          {
            query: `query($n: String!, $cpf: String!) { installationAccess(installationNumber: $n, cpf: $cpf) { allowed } }`,
            variables: { n: '1\u0000', cpf: '1' },
          },
          {
            next: (v) => resolve(v as never),
            error: (e) => resolve({ errors: e as never }),
            complete: () => {},
          },
        );
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { installationNumber: expect.any(String) as unknown },
    });
  });

  it('leaves ordinary text alone (accents, emoji)', async () => {
    const r = await api.gql(
      SIGN_IN,
      { input: { email: 'joão🙂@exemplo.com.br', password: 'Ação çedilha 🙂' } },
      {
        headers: { 'x-forwarded-for': newIp() },
      },
    );
    expect(errorOf(r).code).toBe('UNAUTHENTICATED');
  });
});

describe('HTTP route parameters', () => {
  it('the mailbox filter', async () => {
    const res = await fetch(`${api.url.replace('/graphql', '')}/dev/mailbox?to=ana%00@exemplo.com.br`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { to: expect.any(String) as unknown },
    });
  });
});
