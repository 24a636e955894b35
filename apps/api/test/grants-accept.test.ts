// Accepting an invite over real HTTP against PostgreSQL: every refusal, and the invite preview.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  data,
  errorOf,
  invite,
  otherCpf,
  PREVIEW,
  previewStatus,
  sql,
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
