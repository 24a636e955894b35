// Granting over real HTTP against PostgreSQL: grantAccess and its refusals, and invite expiry.
// The lifecycle, accepting and the lists are in grants-lifecycle, grants-accept and grants-lists.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessGrantExpiryJob, sweepExpiredInvites } from '../src/modules/grants/access-grant-expiry.jobs.ts';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  data,
  DECLINE,
  errorOf,
  GRANT_ACCESS,
  invite,
  inviteInput,
  mails,
  otherCpf,
  previewStatus,
  resend,
  sql,
  tokenOf,
  type GrantData,
  GRANT,
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

describe('expiry job', () => {
  it('is a 30-second schedule, one sweep at a time, and its run expires overdue invites', async () => {
    const { grant } = await invite(api, w);
    await sql(api, `update access_grant set invite_expires_at = now() - interval '1 second' where id = ?`, [
      grant.id,
    ]);
    const job = accessGrantExpiryJob(api.app.services);
    expect(job).toMatchObject({ cron: '*/30 * * * * *', queue: { policy: 'exclusive' } });
    await job.handle({ id: 'run', data: {}, retryCount: 0, signal: new AbortController().signal });
    const [row] = await sql<{ status: string }>(
      api,
      `select status::text as status from access_grant where id = ?`,
      [grant.id],
    );
    expect(row!.status).toBe('EXPIRED');
  });
});
