// The invite page shows what the grant will let the person do ("O que você poderá fazer"), as the
// titular chose it: the public preview of a valid link carries the grant's scopes, and nothing when
// the link is unavailable.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { createWorld, data, invite, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
});
afterAll(() => api.close());

const PREVIEW = `query($token: String!) { accessInvite(token: $token) { status scopes } }`;
type Preview = { accessInvite: { status: string; scopes: string[] | null } };

it('a valid link says what the grant covers; an unknown link says nothing', async () => {
  const both = await invite(api, w, { installationNumbers: [w.installations[0]!.number] });
  expect(data(await api.gql<Preview>(PREVIEW, { token: both.copyToken })).accessInvite).toEqual({
    status: 'VALID',
    scopes: ['VIEW_BILLS', 'REQUEST_SERVICES'],
  });
  const billsOnly = await invite(api, w, {
    installationNumbers: [w.installations[1]!.number],
    scopes: ['VIEW_BILLS'],
  });
  expect(data(await api.gql<Preview>(PREVIEW, { token: billsOnly.mailToken })).accessInvite.scopes).toEqual([
    'VIEW_BILLS',
  ]);
  expect(data(await api.gql<Preview>(PREVIEW, { token: 'nao-existe' })).accessInvite).toEqual({
    status: 'UNAVAILABLE',
    scopes: null,
  });
});
