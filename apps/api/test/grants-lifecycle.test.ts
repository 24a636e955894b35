// The access-grant lifecycle over real HTTP against PostgreSQL: invite, preview, accept, revoke,
// renounce, decline and resend, each as the titular and the invitee see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  data,
  DECLINE,
  errorOf,
  GIVEN,
  GRANT,
  invite,
  mails,
  PREVIEW,
  previewStatus,
  RECEIVED,
  RENOUNCE,
  RESEND,
  resend,
  REVOKE,
  revoke,
  sql,
  tokenOf,
  type GrantData,
  type World,
  createWorld,
} from './grants-fixtures.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  // Workers off: the expiry sweep is called by the tests themselves.
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
});
afterAll(() => api.close());

interface GrantDetail extends GrantData {
  installations: {
    totalCount: number;
    edges: { node: { number: string; status: string; revokedAt: string | null } }[];
  };
  events: { type: string; at: string; actorRole: string; data: Record<string, unknown> | null }[];
}

async function detail(id: string, token: string): Promise<GrantDetail> {
  return data(await api.gql<{ accessGrant: GrantDetail }>(GRANT, { id }, { token })).accessGrant;
}

describe('the whole lifecycle', () => {
  it('invite → preview → accept → lists → partial revokes → all revoked', async () => {
    const { grant, mailToken } = await invite(api, w, {
      installationNumbers: w.installations.slice(0, 3).map((i) => i.number),
    });

    // Anyone holding the link: VALID with the titular's first name, nothing of the invitee.
    const anon = data(
      await api.gql<{ accessInvite: Record<string, unknown> }>(PREVIEW, { token: mailToken }),
    ).accessInvite;
    expect(anon).toMatchObject({
      status: 'VALID',
      titularFirstName: w.titular.fullName.split(' ')[0],
      businessPartnerName: w.partner.name,
      installationCount: 3,
    });
    const text = JSON.stringify(anon);
    expect(text).not.toContain(w.invitee.cpf);
    expect(text).not.toContain(w.invitee.email);
    expect(text).not.toContain(w.invitee.fullName);
    // The page, loaded in a browser, says the link was opened (the preview itself records nothing).
    data(await api.gql(`mutation($t: String!) { markAccessInviteViewed(token: $t) }`, { t: mailToken }));

    const accepted = data(await accept(api, mailToken, w.inviteeToken)).acceptAccessInvite;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.viewerRole).toBe('INVITEE');
    expect(accepted.acceptedAt).toBeTruthy();
    // To the invitee: their own CPF in full, the titular's masked.
    expect(accepted.invitee.cpf).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
    expect(accepted.titular.cpf).toMatch(/^\*\*\*\.\d{3}\.\d{3}-\*\*$/);
    const [terms] = await sql<Record<string, string>>(
      api,
      `select invitee_permission_terms_version p, invitee_platform_terms_version t, invitee_id from access_grant where id = ?`,
      [grant.id],
    );
    expect(terms).toEqual({ p: '2026-07', t: '2026-03', invitee_id: w.invitee.id });
    const acceptedMail = (await mails(api, 'access-invite-accepted')).at(-1)!;
    expect(acceptedMail.to_email).toBe(w.titular.email);

    // The link is single use.
    expect(errorOf(await accept(api, mailToken, w.inviteeToken)).code).toBe('INVITE_INVALID');
    // The invitee, signed in, is told why; anyone else sees UNAVAILABLE.
    expect(await previewStatus(api, mailToken, w.inviteeToken)).toBe('ACCEPTED');
    expect(
      data(
        await api.gql<{ accessInvite: { status: string; expiresAt: unknown } }>(
          PREVIEW,
          { token: mailToken },
          { token: w.strangerToken },
        ),
      ).accessInvite,
    ).toEqual({
      status: 'UNAVAILABLE',
      expiresAt: null,
      titularFirstName: null,
      businessPartnerName: null,
      installationCount: null,
    });

    const given = data(
      await api.gql<{ accessGrantsGiven: { edges: { node: GrantData }[] } }>(
        GIVEN,
        { status: ['ACCEPTED'] },
        { token: w.titularToken },
      ),
    );
    expect(given.accessGrantsGiven.edges.map((e) => e.node.id)).toContain(grant.id);
    const received = data(
      await api.gql<{ accessGrantsReceived: { totalCount: number; edges: { node: GrantData }[] } }>(
        RECEIVED,
        {},
        { token: w.inviteeToken },
      ),
    );
    expect(received.accessGrantsReceived.edges.map((e) => e.node.id)).toContain(grant.id);
    // Not visible to anybody else.
    expect(errorOf(await api.gql(GRANT, { id: grant.id }, { token: w.strangerToken })).code).toBe(
      'NOT_FOUND',
    );

    // Remove one installation: the grant stays, the invitee is e-mailed.
    const n0 = w.installations[0]!.number;
    const partial = await revoke(api, w, grant.id, [n0]);
    expect(partial.status).toBe('ACCEPTED');
    expect(partial.activeInstallationCount).toBe(2);
    const revokedMail = (await mails(api, 'access-revoked')).at(-1)!;
    expect(revokedMail.to_email).toBe(w.invitee.email);
    const d = await detail(grant.id, w.inviteeToken);
    expect(d.installations.edges.find((e) => e.node.number === n0)!.node.revokedAt).toBeTruthy();
    expect(d.installations.totalCount).toBe(3);

    // A number that is not in the grant is refused by number.
    const notIn = await api.gql(
      REVOKE,
      { id: grant.id, numbers: [w.installations[3]!.number] },
      { token: w.titularToken },
    );
    expect(errorOf(notIn).code).toBe('INSTALLATIONS_REFUSED');
    // Only the titular revokes.
    expect(errorOf(await api.gql(REVOKE, { id: grant.id }, { token: w.inviteeToken })).code).toBe(
      'NOT_FOUND',
    );

    // Remove the rest one by one: the grant ends as ALL_INSTALLATIONS_REVOKED.
    await api.gql(REVOKE, { id: grant.id, numbers: [w.installations[1]!.number] }, { token: w.titularToken });
    const last = await revoke(api, w, grant.id, [w.installations[2]!.number]);
    expect(last).toMatchObject({
      status: 'REVOKED',
      endReason: 'ALL_INSTALLATIONS_REVOKED',
      activeInstallationCount: 0,
      canRevoke: false,
    });
    const trail = (await detail(grant.id, w.titularToken)).events.map((e) => e.type);
    expect(trail).toEqual(
      [
        'CREATED',
        'VIEWED',
        'ACCEPTED',
        'ACCEPT_REFUSED',
        'INSTALLATIONS_REVOKED',
        'INSTALLATIONS_REVOKED',
        'INSTALLATIONS_REVOKED',
        'REVOKED',
      ].filter((t) => t !== 'ACCEPT_REFUSED'),
    );
    expect(await previewStatus(api, mailToken, w.inviteeToken)).toBe('REVOKED');
    expect(errorOf(await api.gql(REVOKE, { id: grant.id }, { token: w.titularToken })).code).toBe('CONFLICT');
  });

  it('revokes a whole accepted grant; the old link stays dead', async () => {
    const { grant, copyToken } = await invite(api, w);
    data(await accept(api, copyToken, w.inviteeToken));
    const r = await revoke(api, w, grant.id);
    expect(r).toMatchObject({
      status: 'REVOKED',
      endReason: 'REVOKED_BY_TITULAR',
      activeInstallationCount: 0,
    });
    expect(r.endedAt).toBeTruthy();
    expect(errorOf(await accept(api, copyToken, w.inviteeToken)).code).toBe('INVITE_INVALID');
    const m = (await mails(api, 'access-revoked')).at(-1)!;
    expect(m.to_email).toBe(w.invitee.email);
  });

  it('cancels an open invite when revoked before an answer', async () => {
    const { grant, mailToken } = await invite(api, w);
    const r = await revoke(api, w, grant.id);
    expect(r).toMatchObject({ status: 'CANCELLED', endReason: 'CANCELLED_BY_TITULAR' });
    expect(errorOf(await accept(api, mailToken, w.inviteeToken)).code).toBe('INVITE_INVALID');
    expect(await previewStatus(api, mailToken, w.inviteeToken)).toBe('CANCELLED');
  });

  it('lets the invitee renounce; the titular is e-mailed', async () => {
    const { grant, mailToken } = await invite(api, w);
    data(await accept(api, mailToken, w.inviteeToken));
    expect(errorOf(await api.gql(RENOUNCE, { id: grant.id }, { token: w.titularToken })).code).toBe(
      'NOT_FOUND',
    );
    const r = data(
      await api.gql<{ renounceAccessGrant: GrantData }>(
        RENOUNCE,
        { id: grant.id },
        { token: w.inviteeToken },
      ),
    ).renounceAccessGrant;
    expect(r).toMatchObject({
      status: 'REVOKED',
      endReason: 'RENOUNCED_BY_INVITEE',
      activeInstallationCount: 0,
    });
    expect((await mails(api, 'access-renounced')).at(-1)!.to_email).toBe(w.titular.email);
    expect(errorOf(await api.gql(RENOUNCE, { id: grant.id }, { token: w.inviteeToken })).code).toBe(
      'CONFLICT',
    );
  });

  it('declines without signing in; a declined invite cannot be accepted; resend makes a new grant once', async () => {
    const { grant, mailToken } = await invite(api, w);
    expect(
      data(await api.gql<{ declineAccessInvite: boolean }>(DECLINE, { token: mailToken }))
        .declineAccessInvite,
    ).toBe(true);
    expect((await mails(api, 'access-invite-declined')).at(-1)!.to_email).toBe(w.titular.email);
    expect(errorOf(await accept(api, mailToken, w.inviteeToken)).code).toBe('INVITE_INVALID');
    expect(errorOf(await api.gql(DECLINE, { token: mailToken })).code).toBe('INVITE_INVALID');
    const d = await detail(grant.id, w.titularToken);
    expect(d).toMatchObject({ status: 'DECLINED', endReason: 'DECLINED_BY_INVITEE', canResend: true });
    expect(d.events.find((e) => e.type === 'DECLINED')!.actorRole).toBe('ANONYMOUS');

    const again = await resend(api, w, grant.id);
    expect(again.grant.id).not.toBe(grant.id);
    expect(again.grant.protocolNumber).not.toBe(grant.protocolNumber);
    expect(again.grant).toMatchObject({ status: 'INVITED', replacesId: grant.id, installationCount: 2 });
    expect(again.grant.invitee).toEqual(grant.invitee);
    expect((await detail(grant.id, w.titularToken)).events.at(-1)!.type).toBe('REPLACED');
    expect(errorOf(await api.gql(RESEND, { id: grant.id }, { token: w.titularToken })).code).toBe('CONFLICT');
    const ok = data(await accept(api, tokenOf(again.inviteUrl), w.inviteeToken)).acceptAccessInvite;
    expect(ok.status).toBe('ACCEPTED');
  });

  it('resends an open invite: new links, new 12-hour window, the old links stop working', async () => {
    const first = await invite(api, w);
    await sql(api, `update access_grant set invite_expires_at = now() + interval '1 hour' where id = ?`, [
      first.grant.id,
    ]);
    const r = await resend(api, w, first.grant.id);
    expect(r.grant.id).toBe(first.grant.id);
    expect(Date.parse(r.grant.inviteExpiresAt) - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    for (const old of [first.copyToken, first.mailToken]) {
      expect(await previewStatus(api, old)).toBe('UNAVAILABLE');
      expect(errorOf(await accept(api, old, w.inviteeToken)).code).toBe('INVITE_INVALID');
    }
    const newMail = await (await import('./grants-fixtures.ts')).lastInviteMailToken(api, w.invitee.email);
    expect(newMail).not.toBe(first.mailToken);
    expect(data(await accept(api, newMail, w.inviteeToken)).acceptAccessInvite.status).toBe('ACCEPTED');
    expect((await detail(first.grant.id, w.titularToken)).events.map((e) => e.type)).toContain(
      'LINK_REISSUED',
    );
  });
});
