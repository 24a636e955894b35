// installationAccess: asked by other teams' systems (API key) and by people, judged at query time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  createWorld,
  data,
  errorOf,
  GRANT_ACCESS,
  INSTALLATION_ACCESS,
  invite,
  inviteInput,
  otherCpf,
  REVOKE,
  type World,
} from './grants-fixtures.ts';

interface Access {
  installationAccess: {
    installationNumber: string;
    allowed: boolean;
    reason: string;
    grant: { id: string; protocolNumber: string; grantedAt: string } | null;
    checkedAt: string;
  };
}

let api: TestApi;
let w: World;
let key: string;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  key = (await new ApiKeyService().create(api.orm.em.fork(), 'atendimento-ura', ['installation-access:read']))
    .key;
});
afterAll(() => api.close());

const asService = (n: string, cpf: string, apiKey = key) =>
  api.gql<Access>(INSTALLATION_ACCESS, { n, cpf }, { headers: { 'x-api-key': apiKey } });

describe('installationAccess', () => {
  it('answers TITULAR, then GRANTED through the grant, then false the instant a revoke commits', async () => {
    const n = w.installations[0]!.number;
    const titular = data(await asService(n, w.titular.cpf)).installationAccess;
    expect(titular).toMatchObject({ installationNumber: n, allowed: true, reason: 'TITULAR', grant: null });

    const { grant, mailToken } = await invite(api, w);
    expect(data(await asService(n, w.invitee.cpf)).installationAccess).toMatchObject({
      allowed: false,
      reason: 'NONE',
    });
    data(await accept(api, mailToken, w.inviteeToken));
    const granted = data(await asService(n, w.invitee.cpf)).installationAccess;
    expect(granted).toMatchObject({
      allowed: true,
      reason: 'GRANTED',
      grant: { id: grant.id, protocolNumber: grant.protocolNumber },
    });
    expect(granted.grant!.grantedAt).toBeTruthy();
    // Formatted CPFs are accepted too.
    const formatted = `${w.invitee.cpf.slice(0, 3)}.${w.invitee.cpf.slice(3, 6)}.${w.invitee.cpf.slice(6, 9)}-${w.invitee.cpf.slice(9)}`;
    expect(data(await asService(n, formatted)).installationAccess.allowed).toBe(true);

    // One installation removed: false for it right away, still true for the other.
    data(await api.gql(REVOKE, { id: grant.id, numbers: [n] }, { token: w.titularToken }));
    expect(data(await asService(n, w.invitee.cpf)).installationAccess).toMatchObject({
      allowed: false,
      reason: 'NONE',
      grant: null,
    });
    const other = w.installations[1]!.number;
    expect(data(await asService(other, w.invitee.cpf)).installationAccess.allowed).toBe(true);
    // Whole grant revoked: false right after the mutation returns.
    data(await api.gql(REVOKE, { id: grant.id }, { token: w.titularToken }));
    expect(data(await asService(other, w.invitee.cpf)).installationAccess.allowed).toBe(false);
  });

  it('lets a person ask about their own CPF or their own installations only', async () => {
    const n = w.installations[2]!.number;
    const { mailToken } = await invite(api, w, { installationNumbers: [n] });
    data(await accept(api, mailToken, w.inviteeToken));
    // The invitee about themself.
    const own = data(
      await api.gql<Access>(INSTALLATION_ACCESS, { n, cpf: w.invitee.cpf }, { token: w.inviteeToken }),
    );
    expect(own.installationAccess).toMatchObject({ allowed: true, reason: 'GRANTED' });
    // The titular about anyone on their installation.
    const byTitular = data(
      await api.gql<Access>(INSTALLATION_ACCESS, { n, cpf: w.invitee.cpf }, { token: w.titularToken }),
    );
    expect(byTitular.installationAccess.allowed).toBe(true);
    // A stranger about someone else on someone else's installation: FORBIDDEN.
    const r = await api.gql(INSTALLATION_ACCESS, { n, cpf: w.invitee.cpf }, { token: w.strangerToken });
    expect(errorOf(r).code).toBe('FORBIDDEN');
    // A stranger about themself on an unknown number: simply not allowed (no existence oracle).
    const unknown = data(
      await api.gql<Access>(
        INSTALLATION_ACCESS,
        { n: '000000001', cpf: w.stranger.cpf },
        { token: w.strangerToken },
      ),
    );
    expect(unknown.installationAccess).toMatchObject({ allowed: false, reason: 'NONE' });
    expect(errorOf(await api.gql(INSTALLATION_ACCESS, { n, cpf: w.invitee.cpf })).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('API keys: NOT_FOUND for unknown numbers, validation of the CPF, scope enforced, no mutations', async () => {
    expect(errorOf(await asService('000000001', w.invitee.cpf)).code).toBe('NOT_FOUND');
    const bad = errorOf(await asService(w.installations[0]!.number, '123'));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.extensions.fields).toHaveProperty('cpf');
    expect(
      data(await asService(w.installations[0]!.number, otherCpf(w.invitee.cpf, w.titular.cpf)))
        .installationAccess.allowed,
    ).toBe(false);
    const noScope = (await new ApiKeyService().create(api.orm.em.fork(), 'sem-escopo', [])).key;
    expect(errorOf(await asService(w.installations[0]!.number, w.invitee.cpf, noScope)).code).toBe(
      'FORBIDDEN',
    );
    const m = await api.gql(GRANT_ACCESS, { input: inviteInput(w) }, { headers: { 'x-api-key': key } });
    expect(errorOf(m).code).toBe('FORBIDDEN');
    expect(errorOf(await asService(w.installations[0]!.number, w.invitee.cpf, 'dlg_wrong_key')).code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
