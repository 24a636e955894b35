// An invite must only go to someone who can register: grantAccess refuses an invitee's name or e-mail
// exactly when signUp would, with the same Portuguese message (rules from @delega/shared/people).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { from, newPerson, SIGN_UP } from './accounts-helpers.ts';
import { createWorld, errorOf, GRANT_ACCESS, inviteInput, type World } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true', WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
});
afterAll(() => api.close());

type Field = 'fullName' | 'email';

/** The field messages of a VALIDATION_FAILED answer. */
function fieldsOf(r: Parameters<typeof errorOf>[0]): Record<string, string> {
  const e = errorOf(r);
  expect(e.code).toBe('VALIDATION_FAILED');
  return e.extensions.fields as Record<string, string>;
}

async function signUpMessage(field: Field, value: string): Promise<string | undefined> {
  const r = await from(api)(SIGN_UP, { input: newPerson({ [field]: value }) });
  const fields = fieldsOf(r);
  expect(Object.keys(fields)).toEqual([`input.${field}`]);
  return fields[`input.${field}`];
}

async function grantAccessMessage(field: Field, value: string): Promise<string | undefined> {
  const invitee = {
    fullName: w.invitee.fullName,
    cpf: w.invitee.cpf,
    email: w.invitee.email,
    [field]: value,
  };
  const r = await api.gql(GRANT_ACCESS, { input: inviteInput(w, { invitee }) }, { token: w.titularToken });
  const fields = fieldsOf(r);
  expect(Object.keys(fields)).toEqual([`invitee.${field}`]);
  return fields[`invitee.${field}`];
}

describe('grantAccess and signUp share the invitee rules', () => {
  it.each<[Field, string]>([
    ['email', 'joão@exemplo.com'],
    ['fullName', 'Ana Souza!'],
    ['fullName', 'Ana Souza: pague sua conta em https://evil.example/boleto'],
  ])('%s %j: refused by both, with the same message', async (field, value) => {
    const expected = await signUpMessage(field, value);
    expect(expected).toEqual(expect.any(String));
    expect(await grantAccessMessage(field, value)).toBe(expected);
  });
});
