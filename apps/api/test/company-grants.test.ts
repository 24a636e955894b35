// Company grants: every current representative of a company partner sees, in Acessos concedidos,
// every grant of that partner (whoever created it) and may revoke, resend or shorten it; the audit
// trail records which representative did it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import { DocumentKind } from '../src/modules/customers/business-partner.entity.ts';
import type { Installation } from '../src/modules/customers/installation.entity.ts';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';
import { auditOf, stored } from './authority-fixtures.ts';
import {
  accept,
  CHANGED,
  createWorld,
  data,
  errorOf,
  GIVEN,
  GRANT_ACCESS,
  inviteInput,
  lastInviteMailToken,
  RESEND,
  REVOKE,
  type ChangedEvent,
  type GrantData,
  type World,
} from './grants-fixtures.ts';

const CHANGE = `mutation($id: ID!, $validUntil: DateTimeISO) {
  changeAccessGrantValidity(id: $id, validUntil: $validUntil) { id validUntil } }`;

let api: TestApi;
let w: World;
let company: BusinessPartner;
let installations: Installation[];
let a: { user: User; token: string };
let b: { user: User; token: string };
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  company = await w.f.businessPartner({ documentKind: DocumentKind.CNPJ });
  installations = await w.f.installations(company, 4);
  const users = [await w.f.user(), await w.f.user()];
  for (const u of users) await w.f.representative(company, u.cpf);
  a = { user: users[0]!, token: await w.f.session(users[0]!) };
  b = { user: users[1]!, token: await w.f.session(users[1]!) };
});
afterAll(() => api.close());

async function inviteByA(numbers: string[], acceptIt: boolean) {
  const invitee = await w.f.user();
  const r = await api.gql<{ grantAccess: { grant: GrantData } }>(
    GRANT_ACCESS,
    {
      input: inviteInput(w, {
        businessPartnerId: company.id,
        installationNumbers: numbers,
        invitee: { fullName: invitee.fullName, cpf: invitee.cpf, email: invitee.email },
      }),
    },
    { token: a.token },
  );
  const grant = data(r).grantAccess.grant;
  if (acceptIt)
    data(await accept(api, await lastInviteMailToken(api, invitee.email), await w.f.session(invitee)));
  return grant;
}

const given = async (token: string) =>
  data(
    await api.gql<{ accessGrantsGiven: { edges: { node: GrantData }[] } }>(GIVEN, {}, { token }),
  ).accessGrantsGiven.edges.map((e) => e.node);

describe('company grants, managed by any current representative', () => {
  it('a second representative sees every grant of the partner and may shorten, resend and revoke; the audit names them', async () => {
    const accepted = await inviteByA([installations[0]!.number], true);
    const pending = await inviteByA([installations[1]!.number], false);

    const seenByB = await given(b.token);
    for (const id of [accepted.id, pending.id]) {
      const g = seenByB.find((n) => n.id === id)!;
      expect(g).toMatchObject({ viewerRole: 'TITULAR', canRevoke: true });
    }
    expect(seenByB.find((n) => n.id === pending.id)!.canResend).toBe(true);
    // Not to a stranger, nor to the titular of another partner.
    expect((await given(w.strangerToken)).map((n) => n.id)).not.toContain(accepted.id);
    expect(errorOf(await api.gql(REVOKE, { id: accepted.id }, { token: w.titularToken })).code).toBe(
      'NOT_FOUND',
    );

    const shorter = new Date(Date.now() + 20 * 86_400_000).toISOString();
    data(await api.gql(CHANGE, { id: accepted.id, validUntil: shorter }, { token: b.token }));
    data(await api.gql(RESEND, { id: pending.id }, { token: b.token }));
    data(await api.gql(REVOKE, { id: accepted.id }, { token: b.token }));
    expect(await stored(api, accepted.id)).toEqual({ status: 'REVOKED', end_reason: 'REVOKED_BY_TITULAR' });

    const steps = [...(await auditOf(api, accepted.id)), ...(await auditOf(api, pending.id))];
    for (const type of ['VALIDITY_CHANGED', 'REVOKED', 'LINK_REISSUED']) {
      expect(steps.find((s) => s.type === type)).toMatchObject({
        actor_role: 'TITULAR',
        actor_id: b.user.id,
      });
    }
    expect(steps.find((s) => s.type === 'CREATED')).toMatchObject({ actor_id: a.user.id });
  });

  it('a second representative downloads the protocol of a grant another one made; a stranger cannot', async () => {
    const g = await inviteByA([installations[3]!.number], false);
    const pdf = (token: string) =>
      fetch(api.url.replace(/\/graphql$/, `/protocol/${g.id}.pdf`), {
        headers: { authorization: `Bearer ${token}` },
      });
    const byB = await pdf(b.token);
    expect(byB.status).toBe(200);
    expect(byB.headers.get('content-type')).toBe('application/pdf');
    expect((await pdf(w.strangerToken)).status).toBe(404);
  });

  it('a second representative hears live of a grant another one made', async () => {
    const sub = nextEvents<ChangedEvent>(api.ws(b.token), CHANGED, 1, { api });
    await sub.ready;
    const g = await inviteByA([installations[3]!.number], false);
    const [ev] = await sub.events;
    expect(ev!.accessGrantChanged).toMatchObject({
      grantId: g.id,
      change: 'CREATED',
      grant: { id: g.id, viewerRole: 'TITULAR', canRevoke: true },
    });
  });

  it('a representative who left only looks: no revoke, resend or change', async () => {
    const g = await inviteByA([installations[2]!.number], true);
    // The records changed and nobody has processed it yet: titularity is judged at the call.
    await api.orm.em
      .fork()
      .execute(`delete from partner_representative where business_partner_id = ? and cpf = ?`, [
        company.id,
        a.user.cpf,
      ]);
    for (const [q, v] of [
      [REVOKE, { id: g.id }],
      [RESEND, { id: g.id }],
      [CHANGE, { id: g.id, validUntil: null }],
    ] as const) {
      const e = errorOf(await api.gql(q, v, { token: a.token }));
      expect(e.code).toBe('FORBIDDEN');
      expect(e.message).toMatch(/não é mais titular/);
    }
    expect((await given(a.token)).find((n) => n.id === g.id)).toMatchObject({
      canRevoke: false,
      canResend: false,
    });
    // The remaining representative still can.
    data(await api.gql(REVOKE, { id: g.id }, { token: b.token }));
  });
});
