// The access-grant lifecycle over real HTTP against PostgreSQL: invite, preview, accept, revoke,
// renounce, decline, resend, expiry, and every refusal.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  accessGrantExpiryWorker,
  sweepExpiredInvites,
} from '../src/modules/grants/access-grant-expiry.worker.ts';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  createWorld,
  data,
  DECLINE,
  errorOf,
  GIVEN,
  GRANT,
  GRANT_ACCESS,
  invite,
  inviteInput,
  mails,
  otherCpf,
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

describe('grantAccess', () => {
  it('creates an invite: protocol number, 12-hour expiry, link from PORTAL_URL, hashed tokens, e-mail', async () => {
    const before = (await mails(api, 'access-invite')).length;
    const { grant, inviteUrl, copyToken, mailToken } = await invite(api, w);
    expect(inviteUrl).toMatch(/^http:\/\/portal\.test\/convite\/[\w-]{43}$/);
    expect(grant.status).toBe('INVITED');
    expect(grant.viewerRole).toBe('TITULAR');
    expect(grant.protocolNumber).toMatch(/^\d{4}-\d{6}$/);
    expect(grant.installationCount).toBe(2);
    expect(grant.activeInstallationCount).toBe(2);
    expect(Date.parse(grant.inviteExpiresAt) - Date.parse(grant.createdAt)).toBe(12 * 3600_000);
    expect(grant.businessPartner).toEqual({
      id: w.partner.id,
      number: w.partner.number,
      name: w.partner.name,
    });
    // The invitee's CPF is masked for the titular; the titular's own CPF is not.
    expect(grant.invitee.cpf).toBe(`***.${w.invitee.cpf.slice(3, 6)}.${w.invitee.cpf.slice(6, 9)}-**`);
    expect(grant.titular.cpf).toBe(
      `${w.titular.cpf.slice(0, 3)}.${w.titular.cpf.slice(3, 6)}.${w.titular.cpf.slice(6, 9)}-${w.titular.cpf.slice(9)}`,
    );
    expect(grant.invitee.email).toBe(w.invitee.email);
    // Two different links (copy and e-mail), stored only as SHA-256.
    expect(copyToken).not.toBe(mailToken);
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    const [row] = await sql<Record<string, unknown>>(api, `select * from access_grant where id = ?`, [
      grant.id,
    ]);
    expect(row!.invite_token_hash).toBe(sha(copyToken));
    expect(row!.invite_mail_token_hash).toBe(sha(mailToken));
    expect(JSON.stringify(row)).not.toContain(copyToken);
    expect(row!.titular_terms_version).toBe('2026-07');
    const sent = await mails(api, 'access-invite');
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)!.to_email).toBe(w.invitee.email);
    expect(sent.at(-1)!.text).not.toContain(copyToken); // the invitee gets their own link
    const d = await detail(grant.id, w.titularToken);
    expect(d.events.map((e) => e.type)).toEqual(['CREATED']);
    expect(d.events[0]!.actorRole).toBe('TITULAR');
    const [ev] = await sql<{ ip: string | null }>(
      api,
      `select ip from access_grant_event where grant_id = ?`,
      [grant.id],
    );
    expect(ev!.ip).toBeTruthy();
  });

  it('grants all ACTIVE installations of the partner with allInstallations', async () => {
    const { grant } = await invite(api, w, { installationNumbers: null, allInstallations: true });
    expect(grant.installationCount).toBe(4); // the 5th is inactive
    const d = await detail(grant.id, w.titularToken);
    expect(d.installations.edges.map((e) => e.node.number)).toEqual(
      w.installations
        .slice(0, 4)
        .map((i) => i.number)
        .sort(),
    );
  });

  it('refuses a partner the titular does not own', async () => {
    const r = await api.gql(
      GRANT_ACCESS,
      { input: inviteInput(w, { businessPartnerId: w.strangerPartner.id }) },
      { token: w.titularToken },
    );
    expect(errorOf(r).code).toBe('NOT_FOUND');
  });

  it('refuses inactive and foreign installations by number, and enqueues nothing', async () => {
    const before = (await mails(api)).length;
    const grantsBefore = await sql(api, `select id from access_grant`);
    const inactive = w.installations[4]!.number;
    const foreign = w.strangerInstallations[0]!.number;
    const r = await api.gql(
      GRANT_ACCESS,
      {
        input: inviteInput(w, {
          installationNumbers: [w.installations[0]!.number, inactive, foreign, '999999999'],
        }),
      },
      { token: w.titularToken },
    );
    const e = errorOf(r);
    expect(e.code).toBe('INSTALLATIONS_REFUSED');
    expect(e.extensions.installations).toEqual(
      expect.arrayContaining([
        { number: inactive, reason: 'INACTIVE' },
        { number: foreign, reason: 'NOT_FOUND' },
        { number: '999999999', reason: 'NOT_FOUND' },
      ]),
    );
    expect((e.extensions.installations as unknown[]).length).toBe(3);
    expect((await mails(api)).length).toBe(before);
    expect((await sql(api, `select id from access_grant`)).length).toBe(grantsBefore.length);
  });

  it('refuses a self-invite (by CPF), missing consents and bad invitee fields, in Portuguese per field', async () => {
    const self = await api.gql(
      GRANT_ACCESS,
      {
        input: inviteInput(w, {
          invitee: { fullName: 'Outro Nome Qualquer', cpf: w.titular.cpf, email: 'x@exemplo.com.br' },
        }),
      },
      { token: w.titularToken },
    );
    expect(errorOf(self).code).toBe('VALIDATION_FAILED');
    expect(errorOf(self).extensions.fields).toEqual({
      'invitee.cpf': 'Você não pode conceder acesso a si mesmo.',
    });

    const bad = await api.gql(
      GRANT_ACCESS,
      {
        input: inviteInput(w, {
          acknowledgePartnerConsent: false,
          acceptTerms: false,
          invitee: { fullName: 'Maria', cpf: '111.111.111-11', email: 'maria@' },
        }),
      },
      { token: w.titularToken },
    );
    const e = errorOf(bad);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(e.extensions.fields as object).sort()).toEqual(
      ['acceptTerms', 'acknowledgePartnerConsent', 'invitee.cpf', 'invitee.email', 'invitee.fullName'].sort(),
    );
    expect((e.extensions.fields as Record<string, string>)['invitee.fullName']).toMatch(/nome completo/);

    const none = await api.gql(
      GRANT_ACCESS,
      { input: inviteInput(w, { installationNumbers: [] }) },
      { token: w.titularToken },
    );
    expect(errorOf(none).extensions.fields).toHaveProperty('installationNumbers');
    const anon = await api.gql(GRANT_ACCESS, { input: inviteInput(w) });
    expect(errorOf(anon).code).toBe('UNAUTHENTICATED');
  });

  it('is idempotent: the same key twice (even concurrently) makes one grant and one e-mail', async () => {
    const input = inviteInput(w);
    const mailsBefore = (await mails(api, 'access-invite')).length;
    const [a, b] = await Promise.all([
      api.gql<{ grantAccess: { inviteUrl: string; grant: GrantData } }>(
        GRANT_ACCESS,
        { input },
        { token: w.titularToken },
      ),
      api.gql<{ grantAccess: { inviteUrl: string; grant: GrantData } }>(
        GRANT_ACCESS,
        { input },
        { token: w.titularToken },
      ),
    ]);
    const ga = data(a).grantAccess;
    const gb = data(b).grantAccess;
    expect(ga.grant.id).toBe(gb.grant.id);
    const rows = await sql(api, `select id from access_grant where idempotency_key = ?`, [
      input.idempotencyKey,
    ]);
    expect(rows.length).toBe(1);
    expect((await mails(api, 'access-invite')).length).toBe(mailsBefore + 1);
    // A third call later: same grant, a re-issued copy link; the latest link works.
    const c = data(
      await api.gql<{ grantAccess: { inviteUrl: string; grant: GrantData } }>(
        GRANT_ACCESS,
        { input },
        { token: w.titularToken },
      ),
    ).grantAccess;
    expect(c.grant.id).toBe(ga.grant.id);
    expect(await previewStatus(api, tokenOf(c.inviteUrl))).toBe('VALID');
    const d = await detail(ga.grant.id, w.titularToken);
    expect(d.events.filter((e) => e.type === 'LINK_REISSUED').length).toBe(2);
    // Same key, different invitee: a conflict, not a second grant.
    const other = await api.gql(
      GRANT_ACCESS,
      {
        input: {
          ...input,
          invitee: {
            fullName: 'Ana Paula Souza',
            cpf: otherCpf(w.invitee.cpf, w.titular.cpf),
            email: 'ana@exemplo.com.br',
          },
        },
      },
      { token: w.titularToken },
    );
    expect(errorOf(other).code).toBe('CONFLICT');
  });
});

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

describe('expiry (database clock)', () => {
  it('accepts at 11h59m', async () => {
    const { grant, mailToken } = await invite(api, w);
    await sql(
      api,
      `update access_grant set created_at = now() - interval '11 hours 59 minutes', invite_expires_at = now() + interval '1 minute' where id = ?`,
      [grant.id],
    );
    expect(data(await accept(api, mailToken, w.inviteeToken)).acceptAccessInvite.status).toBe('ACCEPTED');
  });

  it('refuses at 12h+1s, reads EXPIRED before the sweep; the sweep records it, e-mails the titular once', async () => {
    const { grant, mailToken } = await invite(api, w);
    await sql(
      api,
      `update access_grant set created_at = now() - interval '12 hours 1 second', invite_expires_at = now() - interval '1 second' where id = ?`,
      [grant.id],
    );
    expect(errorOf(await accept(api, mailToken, w.inviteeToken)).code).toBe('INVITE_INVALID');
    expect(errorOf(await api.gql(DECLINE, { token: mailToken })).code).toBe('INVITE_INVALID');
    const before = await detail(grant.id, w.titularToken);
    expect(before).toMatchObject({ status: 'EXPIRED', endReason: 'INVITE_EXPIRED', canResend: true });
    expect(await previewStatus(api, mailToken, w.inviteeToken)).toBe('EXPIRED');

    const mailsBefore = (await mails(api, 'access-invite-expired')).length;
    expect(await sweepExpiredInvites(api.app.services)).toBeGreaterThanOrEqual(1);
    expect(await sweepExpiredInvites(api.app.services)).toBe(0);
    const [row] = await sql<{ status: string; end_reason: string }>(
      api,
      `select status, end_reason from access_grant where id = ?`,
      [grant.id],
    );
    expect(row).toEqual({ status: 'EXPIRED', end_reason: 'INVITE_EXPIRED' });
    const expiredMails = await mails(api, 'access-invite-expired');
    expect(expiredMails.length).toBe(mailsBefore + 1);
    expect(expiredMails.at(-1)!.to_email).toBe(w.titular.email);
    expect((await detail(grant.id, w.titularToken)).events.at(-1)).toMatchObject({
      type: 'EXPIRED',
      actorRole: 'SYSTEM',
    });

    // "o titular precisa realizar um novo convite com mesmo dados do convidado"
    const again = await resend(api, w, grant.id);
    expect(again.grant).toMatchObject({ status: 'INVITED', replacesId: grant.id });
  });
});

describe('expiry worker', () => {
  it('sweeps at start and stops cleanly', async () => {
    const { grant } = await invite(api, w);
    await sql(api, `update access_grant set invite_expires_at = now() - interval '1 second' where id = ?`, [
      grant.id,
    ]);
    const worker = accessGrantExpiryWorker(api.app.services);
    expect(worker.name).toBe('access-grant-expiry');
    worker.start();
    await worker.stop(); // waits for the sweep in flight
    const [row] = await sql<{ status: string }>(
      api,
      `select status::text as status from access_grant where id = ?`,
      [grant.id],
    );
    expect(row!.status).toBe('EXPIRED');
  });
});

describe('acceptAccessInvite refusals', () => {
  it('refuses each mismatched field with INVITEE_MISMATCH and keeps the invite usable', async () => {
    const { grant, mailToken } = await invite(api, w);
    const cases = [
      {
        who: await w.f.user({
          fullName: 'José Antônio Silva',
          cpf: otherCpf(w.invitee.cpf),
          email: `${randomUUID()}@x.com.br`,
        }),
        fields: ['cpf', 'email', 'fullName'],
      },
    ];
    // One field wrong at a time: an account can differ from the invite in one field only if the other
    // two are another account's — CPF and e-mail are unique — so change the invite instead.
    for (const c of cases) {
      const e = errorOf(await accept(api, mailToken, await w.f.session(c.who)));
      expect(e.code).toBe('INVITEE_MISMATCH');
      expect(Object.keys(e.extensions.fields as object).sort()).toEqual(c.fields);
    }
    for (const [field, value] of [
      ['invitee_full_name', 'José Antônio de Souza'],
      ['invitee_cpf', otherCpf(w.invitee.cpf)],
      ['invitee_email', 'outro@exemplo.com.br'],
    ] as const) {
      const g = await invite(api, w);
      await sql(api, `update access_grant set ${field} = ? where id = ?`, [value, g.grant.id]);
      const e = errorOf(await accept(api, g.mailToken, w.inviteeToken));
      expect(e.code).toBe('INVITEE_MISMATCH');
      const key = { invitee_full_name: 'fullName', invitee_cpf: 'cpf', invitee_email: 'email' }[field];
      expect(Object.keys(e.extensions.fields as object)).toEqual([key]);
      expect((e.extensions.fields as Record<string, string>)[key]).toMatch(/titular/);
      const [ev] = await sql<{ data: { mismatchedFields: string[] } }>(
        api,
        `select data from access_grant_event where grant_id = ? and type = 'ACCEPT_REFUSED'`,
        [g.grant.id],
      );
      expect(ev!.data.mismatchedFields).toEqual([key]);
    }
    // The refused attempts did not use up the invite.
    expect(data(await accept(api, mailToken, w.inviteeToken)).acceptAccessInvite.id).toBe(grant.id);
  });

  it('compares the name ignoring case, accents and repeated spaces', async () => {
    const g = await invite(api, w, {
      invitee: {
        fullName: '  JOSE   antonio DA silva ',
        cpf: w.invitee.cpf,
        email: w.invitee.email.toUpperCase(),
      },
    });
    expect(data(await accept(api, g.mailToken, w.inviteeToken)).acceptAccessInvite.status).toBe('ACCEPTED');
  });

  it('needs both terms', async () => {
    const g = await invite(api, w);
    const e = errorOf(await accept(api, g.mailToken, w.inviteeToken, false));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(e.extensions.fields as object).sort()).toEqual([
      'acceptPermissionTerms',
      'acceptPlatformTerms',
    ]);
  });

  it('unverified e-mail: refused through the copied link, accepted (and verified) through the e-mailed link', async () => {
    const person = await w.f.user({ emailVerifiedAt: null });
    const session = await w.f.session(person);
    const input = { invitee: { fullName: person.fullName, cpf: person.cpf, email: person.email } };
    const g = await invite(api, w, input);
    const e = errorOf(await accept(api, g.copyToken, session));
    expect(e.code).toBe('EMAIL_NOT_VERIFIED');
    expect(e.message).toMatch(/e-mail/);
    expect(data(await accept(api, g.mailToken, session)).acceptAccessInvite.status).toBe('ACCEPTED');
    const [u] = await sql<{ email_verified_at: Date | null }>(
      api,
      `select email_verified_at from app_user where id = ?`,
      [person.id],
    );
    expect(u!.email_verified_at).toBeTruthy();
    // Once verified, the copied link is enough.
    const g2 = await invite(api, w, input);
    expect(data(await accept(api, g2.copyToken, session)).acceptAccessInvite.status).toBe('ACCEPTED');
  });

  it('refuses unknown tokens, the titular, and anonymous callers', async () => {
    expect(errorOf(await accept(api, 'x'.repeat(43), w.inviteeToken)).code).toBe('INVITE_INVALID');
    const g = await invite(api, w);
    expect(errorOf(await accept(api, g.copyToken, w.titularToken)).code).toBe('FORBIDDEN');
    const r = await api.gql(
      `mutation($t: String!) { acceptAccessInvite(input: { token: $t, acceptPermissionTerms: true, acceptPlatformTerms: true }) { id } }`,
      { t: g.copyToken },
    );
    expect(errorOf(r).code).toBe('UNAUTHENTICATED');
  });
});

describe('accessInvite preview', () => {
  it('answers UNAVAILABLE for unknown and malformed tokens, never an error', async () => {
    for (const token of ['', 'abc', 'x'.repeat(43), "'; drop table access_grant; --", 'é'.repeat(500)]) {
      const r = await api.gql<{ accessInvite: { status: string } }>(PREVIEW, { token });
      expect(r.errors).toBeUndefined();
      expect(r.data!.accessInvite.status).toBe('UNAVAILABLE');
    }
  });

  it('surfaces a database failure while reading the viewer instead of answering as to an anonymous one', async () => {
    const g = await invite(api, w);
    await sql(
      api,
      `update access_grant set status = 'CANCELLED', end_reason = 'CANCELLED_BY_TITULAR' where id = ?`,
      [g.grant.id],
    );
    expect(await previewStatus(api, g.mailToken, w.inviteeToken)).toBe('CANCELLED');
    // Break the one statement that reads the viewer's account (this file's own database).
    await sql(api, `alter table app_user rename column email_verified_at to email_verified_at_broken`);
    try {
      const r = await api.gql(PREVIEW, { token: g.mailToken }, { token: w.inviteeToken });
      expect(errorOf(r).code).toBe('INTERNAL_SERVER_ERROR');
      expect(await previewStatus(api, g.mailToken)).toBe('UNAVAILABLE'); // anonymous: no account read
    } finally {
      await sql(api, `alter table app_user rename column email_verified_at_broken to email_verified_at`);
    }
  });

  it('records VIEWED at most once an hour per grant', async () => {
    const g = await invite(api, w);
    for (let i = 0; i < 3; i++)
      await api.gql(`mutation($t: String!) { markAccessInviteViewed(token: $t) }`, { t: g.mailToken });
    const rows = await sql(api, `select 1 from access_grant_event where grant_id = ? and type = 'VIEWED'`, [
      g.grant.id,
    ]);
    expect(rows.length).toBe(1);
  });
});

describe('lists', () => {
  it('pages with a keyset cursor and filters by effective status', async () => {
    const world = await createWorld(api);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await invite(api, world)).grant.id);
    await sql(api, `update access_grant set invite_expires_at = now() - interval '1 second' where id = ?`, [
      made[0],
    ]);
    type Page = {
      accessGrantsGiven: {
        totalCount: number;
        edges: { cursor: string; node: GrantData }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = data(await api.gql<Page>(GIVEN, { first: 2, after }, { token: world.titularToken }));
      expect(p.accessGrantsGiven.totalCount).toBe(5);
      seen.push(...p.accessGrantsGiven.edges.map((e) => e.node.id));
      if (!p.accessGrantsGiven.pageInfo.hasNextPage) break;
      after = p.accessGrantsGiven.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
    const expired = data(await api.gql<Page>(GIVEN, { status: ['EXPIRED'] }, { token: world.titularToken }));
    expect(expired.accessGrantsGiven.edges.map((e) => e.node.id)).toEqual([made[0]]);
    const invited = data(await api.gql<Page>(GIVEN, { status: ['INVITED'] }, { token: world.titularToken }));
    expect(invited.accessGrantsGiven.totalCount).toBe(4);
    expect(errorOf(await api.gql(GIVEN, { after: 'garbage' }, { token: world.titularToken })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('loads installations and events of a whole list in one batch each', async () => {
    const world = await createWorld(api);
    for (let i = 0; i < 4; i++) await invite(api, world);
    const svc = api.app.services.grants;
    const pages = vi.spyOn(svc, 'installationPages');
    const events = vi.spyOn(svc, 'eventsOf');
    const r = await api.gql<{
      accessGrantsGiven: { edges: { node: { installations: { totalCount: number }; events: unknown[] } }[] };
    }>(
      `{ accessGrantsGiven { edges { node { id installations(first: 1) { totalCount edges { node { number } } } events { type } } } } }`,
      {},
      { token: world.titularToken },
    );
    const edges = data(r).accessGrantsGiven.edges;
    expect(edges.length).toBe(4);
    expect(edges.every((e) => e.node.installations.totalCount === 2 && e.node.events.length === 1)).toBe(
      true,
    );
    expect(pages).toHaveBeenCalledTimes(1);
    expect(events).toHaveBeenCalledTimes(1);
    pages.mockRestore();
    events.mockRestore();
  });

  it('paginates the installations of a grant', async () => {
    const world = await createWorld(api, { installations: 9 });
    const g = await invite(api, world, {
      installationNumbers: world.installations.filter((_, i) => i !== 4).map((i) => i.number),
    });
    const q = `query($id: ID!, $after: String) { accessGrant(id: $id) { installations(first: 3, after: $after) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } }`;
    const got: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: {
        accessGrant: {
          installations: {
            totalCount: number;
            edges: { node: { number: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = data(await api.gql(q, { id: g.grant.id, after }, { token: world.titularToken }));
      expect(r.accessGrant.installations.totalCount).toBe(8);
      got.push(...r.accessGrant.installations.edges.map((e) => e.node.number));
      if (!r.accessGrant.installations.pageInfo.hasNextPage) break;
      after = r.accessGrant.installations.pageInfo.endCursor;
    }
    expect(got).toEqual(
      world.installations
        .filter((_, i) => i !== 4)
        .map((i) => i.number)
        .sort(),
    );
  });

  it('refuses a garbage or forged cursor on every paged field with VALIDATION_FAILED (field `after`)', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    const uuid = randomUUID();
    // Decodable, well-shaped and wrong: each of these once reached PostgreSQL as a timestamp.
    const grantCursors = [
      'garbage',
      b64('{"createdAt":"99999-99-99","id":"x"}'),
      b64(`2026-13-45 25:61:61|${uuid}`),
      b64(`2026-02-30 10:00:00+00|${uuid}`),
      b64(`2026-01-01 10:00:00+99|${uuid}`),
      b64(`2026-01-01 10:00:00.123456+00|not-a-uuid`),
    ];
    const g = await invite(api, w);
    data(await accept(api, g.mailToken, w.inviteeToken));
    const refusedWith = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => {
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { after: expect.stringMatching(/[Cc]ursor/) as unknown },
      });
    };
    for (const after of grantCursors) {
      refusedWith(await api.gql(GIVEN, { after }, { token: w.titularToken }));
      refusedWith(await api.gql(RECEIVED, { after }, { token: w.inviteeToken }));
    }
    const q = `query($id: ID!, $after: String) { accessGrant(id: $id) { installations(after: $after) { totalCount } } }`;
    for (const after of ['garbage', b64('12345678901234'), b64('12a'), b64(`2026-01-01|${uuid}`)]) {
      refusedWith(await api.gql(q, { id: g.grant.id, after }, { token: w.titularToken }));
    }
  });
});
