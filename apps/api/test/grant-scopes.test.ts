// What a grant covers: chosen when inviting (both by default), shown in the invite e-mail and to other
// teams (`installationAccess.scopes`), narrowed later by the titular only — refusing bills or requests
// at once and telling the invitee (e-mail, accessGrantChanged SCOPES_NARROWED).
import { randomUUID } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, errorOf, invite, mails, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let key: string;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  await w.f.bills(w.installations[0]!, { months: 13 });
  key = (await new ApiKeyService().create(api.orm.em.fork(), 'ura', ['installation-access:read'])).key;
});
afterAll(() => api.close());

const n0 = () => w.installations[0]!.number;
const NARROW = `mutation($id: ID!, $scopes: [AccessGrantScope!]!) {
  narrowAccessGrantScopes(id: $id, scopes: $scopes) { id scopes } }`;
const SCOPES_OF = `query($id: ID!) { accessGrant(id: $id) { scopes } }`;
const BILLS = `query($n: String!) { bills(installationNumber: $n, first: 1) { totalCount } }`;
const REQUEST = `mutation($input: RequestServiceInput!) { requestService(input: $input) { protocolNumber madeBy } }`;
const ACCESS = `query($n: String!, $cpf: String!) { installationAccess(installationNumber: $n, cpf: $cpf) { allowed reason scopes } }`;

const bills = (token: string) => api.gql(BILLS, { n: n0() }, { token });
const request = (token: string) =>
  api.gql(
    REQUEST,
    {
      input: { installationNumber: n0(), type: 'DUE_DATE_CHANGE', dueDay: 10, idempotencyKey: randomUUID() },
    },
    { token },
  );

async function acceptedGrant(scopes?: string[]): Promise<string> {
  const g = await invite(api, w, { installationNumbers: [n0()], ...(scopes ? { scopes } : {}) });
  data(await accept(api, g.mailToken, w.inviteeToken));
  return g.grant.id;
}

describe('grant scopes', () => {
  it('covers both by default, and says so to the invitee, the titular and other teams', async () => {
    const id = await acceptedGrant();
    const g = data(
      await api.gql<{ accessGrant: { scopes: string[] } }>(SCOPES_OF, { id }, { token: w.titularToken }),
    );
    expect(g.accessGrant.scopes).toEqual(['VIEW_BILLS', 'REQUEST_SERVICES']);
    const invites = await mails(api, 'access-invite');
    expect(invites.at(-1)!.text).toContain(
      'O que você poderá fazer: Consultar contas e consumo; Fazer solicitações.',
    );
    const a = data(
      await api.gql<{ installationAccess: { scopes: string[] } }>(
        ACCESS,
        { n: n0(), cpf: w.invitee.cpf },
        { headers: { 'x-api-key': key } },
      ),
    );
    expect(a.installationAccess.scopes).toEqual(['VIEW_BILLS', 'REQUEST_SERVICES']);
    const t = data(
      await api.gql<{ installationAccess: { scopes: string[] } }>(
        ACCESS,
        { n: n0(), cpf: w.titular.cpf },
        { headers: { 'x-api-key': key } },
      ),
    );
    expect(t.installationAccess.scopes).toEqual(['VIEW_BILLS', 'REQUEST_SERVICES']);
    // The request: its protocol, and an e-mail to the invitee and one to the titular.
    const r = data(await request(w.inviteeToken)) as {
      requestService: { protocolNumber: string; madeBy: string };
    };
    expect(r.requestService.protocolNumber).toMatch(/^SR-\d{4}-\d{6,}$/);
    expect(r.requestService.madeBy).toBe('INVITEE');
    const toInvitee = (await mails(api, 'service-request-received')).filter(
      (m) => m.to_email === w.invitee.email,
    );
    const toTitular = (await mails(api, 'service-request-on-your-behalf')).filter(
      (m) => m.to_email === w.titular.email,
    );
    expect(toInvitee.at(-1)!.text).toContain(r.requestService.protocolNumber);
    expect(toTitular.at(-1)!.text).toContain(r.requestService.protocolNumber);
    expect(toTitular.at(-1)!.text).toContain('Alteração da data de vencimento');
  });

  it('grants only what the titular chose', async () => {
    // A fresh invitee (the other grants of the world's invitee would cover it).
    const other = await w.f.user();
    const token = await w.f.session(other);
    const g = await invite(api, w, {
      installationNumbers: [n0()],
      invitee: { fullName: other.fullName, cpf: other.cpf, email: other.email },
      scopes: ['VIEW_BILLS'],
    });
    expect((await mails(api, 'access-invite')).at(-1)!.text).toContain(
      'O que você poderá fazer: Consultar contas e consumo.',
    );
    data(await accept(api, g.mailToken, token));
    expect(data(await bills(token))).toBeTruthy();
    const refused = errorOf(await request(token));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe(
      'A permissão que você recebeu não inclui fazer solicitações para esta instalação.',
    );
    const a = data(
      await api.gql<{ installationAccess: { scopes: string[] } }>(
        ACCESS,
        { n: n0(), cpf: other.cpf },
        { headers: { 'x-api-key': key } },
      ),
    );
    expect(a.installationAccess.scopes).toEqual(['VIEW_BILLS']);
  });

  it('prints the scopes on the protocol PDF', async () => {
    const g = await invite(api, w, { installationNumbers: [n0()], scopes: ['REQUEST_SERVICES'] });
    const res = await fetch(api.url.replace('/graphql', `/protocol/${g.grant.id}.pdf`), {
      headers: { authorization: `Bearer ${w.titularToken}` },
    });
    expect(res.status).toBe(200);
    const task = getDocument({
      data: new Uint8Array(await res.arrayBuffer()),
      disableFontFace: true,
      verbosity: 0,
    });
    const doc = await task.promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    await task.destroy();
    expect(text).toContain('O que a pessoa poderá fazer');
    expect(text).toContain('Fazer solicitações');
    expect(text).not.toContain('Consultar contas e consumo');
  });

  it('refuses an empty choice', async () => {
    const r = await api.gql(
      `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { inviteUrl } }`,
      {
        input: {
          businessPartnerId: w.partner.id,
          installationNumbers: [n0()],
          invitee: { fullName: w.invitee.fullName, cpf: w.invitee.cpf, email: w.invitee.email },
          acknowledgePartnerConsent: true,
          acceptTerms: true,
          idempotencyKey: randomUUID(),
          scopes: [],
        },
      },
      { token: w.titularToken },
    );
    expect(errorOf(r)).toMatchObject({
      code: 'VALIDATION_FAILED',
      extensions: { fields: { scopes: expect.any(String) as unknown } },
    });
  });
});

describe('narrowing scopes', () => {
  it('refuses bills at once, tells the invitee, and never widens', async () => {
    const other = await w.f.user();
    const token = await w.f.session(other);
    const g = await invite(api, w, {
      installationNumbers: [n0()],
      invitee: { fullName: other.fullName, cpf: other.cpf, email: other.email },
    });
    data(await accept(api, g.mailToken, token));
    const id = g.grant.id;
    expect(data(await bills(token))).toBeTruthy();
    const live = nextEvents<{ accessGrantChanged: { change: string; grant: { id: string } | null } }>(
      api.ws(token),
      `subscription { accessGrantChanged { change grant { id } } }`,
      1,
      { api },
    );
    await live.ready;
    // Only the titular may narrow; the invitee reads NOT_FOUND.
    expect(errorOf(await api.gql(NARROW, { id, scopes: ['REQUEST_SERVICES'] }, { token })).code).toBe(
      'NOT_FOUND',
    );
    const narrowed = data(
      await api.gql<{ narrowAccessGrantScopes: { scopes: string[] } }>(
        NARROW,
        { id, scopes: ['REQUEST_SERVICES'] },
        { token: w.titularToken },
      ),
    );
    expect(narrowed.narrowAccessGrantScopes.scopes).toEqual(['REQUEST_SERVICES']);
    const [event] = await live.events;
    expect(event!.accessGrantChanged).toMatchObject({ change: 'SCOPES_NARROWED', grant: { id } });
    // At once: bills and their PDF refused, requests still allowed.
    const refused = errorOf(await bills(token));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe(
      'A permissão que você recebeu não inclui consultar contas e consumo desta instalação.',
    );
    expect(data(await request(token))).toBeTruthy();
    const mail = (await mails(api, 'access-scopes-narrowed')).filter((m) => m.to_email === other.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain('Consultar contas e consumo');
    // Never widened; at least one kept.
    const widen = errorOf(
      await api.gql(NARROW, { id, scopes: ['VIEW_BILLS', 'REQUEST_SERVICES'] }, { token: w.titularToken }),
    );
    expect(widen).toMatchObject({
      code: 'VALIDATION_FAILED',
      extensions: { fields: { scopes: expect.stringContaining('só pode ser reduzida') as unknown } },
    });
    const none = errorOf(await api.gql(NARROW, { id, scopes: [] }, { token: w.titularToken }));
    expect(none.code).toBe('VALIDATION_FAILED');
    // The stranger cannot even see it.
    expect(
      errorOf(await api.gql(NARROW, { id, scopes: ['REQUEST_SERVICES'] }, { token: w.strangerToken })).code,
    ).toBe('NOT_FOUND');
  });
});
