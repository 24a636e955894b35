// Prazo da permissão: chosen by the titular, shown everywhere, ended by the database clock with its
// own reason, reminded once seven days before (even with two API processes), extended or shortened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepGrantValidity } from '../src/modules/grants/access-grant-validity.jobs.ts';
import { InstallationStatus } from '../src/modules/customers/installation.entity.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { accessOf, auditOf, recipients, serviceKeys, stored, type Keys } from './authority-fixtures.ts';
import {
  accept,
  createWorld,
  data,
  errorOf,
  GRANT_ACCESS,
  inviteInput,
  lastInviteMailToken,
  PREVIEW,
  sql,
  type World,
} from './grants-fixtures.ts';
import { outboxRows } from './mail-outbox.ts';

const CHANGE = `mutation($id: ID!, $validUntil: DateTimeISO) {
  changeAccessGrantValidity(id: $id, validUntil: $validUntil) { id validUntil status } }`;
const GIVEN_VALIDITY = `query { accessGrantsGiven(first: 50) { edges { node { id validUntil status endReason } } } }`;

let api: TestApi;
let second: TestApi;
let w: World;
let keys: Keys;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  second = await startTestApi({ databaseUrl: api.databaseUrl, env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api, { installations: 20 });
  keys = await serviceKeys(api);
});
afterAll(async () => {
  await second.close();
  await api.close();
});

const mailTexts = async (a: TestApi, template: string, to: string) =>
  (await outboxRows(a, { template, to })).map((m) => m.text);
const days = (n: number) => new Date(Date.now() + n * 86_400_000);
let nextInstallation = 0;

/** A new invitee and a grant to them of one installation, with `validUntil`; accepted. */
async function grantUntil(validUntil: Date | null, opts: { pending?: boolean } = {}) {
  const user = await w.f.user();
  const token = await w.f.session(user);
  const number = w.installations.filter((i) => i.status === InstallationStatus.ACTIVE)[nextInstallation++]!
    .number;
  const r = await api.gql<{ grantAccess: { grant: { id: string; validUntil: string | null } } }>(
    GRANT_ACCESS.replace('replacesId', 'replacesId validUntil'),
    {
      input: inviteInput(w, {
        installationNumbers: [number],
        invitee: { fullName: user.fullName, cpf: user.cpf, email: user.email },
        validUntil: validUntil?.toISOString() ?? null,
      }),
    },
    { token: w.titularToken },
  );
  const grant = data(r).grantAccess.grant;
  const mailToken = await lastInviteMailToken(api, user.email);
  if (!opts.pending) data(await accept(api, mailToken, token));
  return { id: grant.id, validUntil: grant.validUntil, user, token, number, mailToken };
}

describe('choosing the validity', () => {
  it('refuses more than 5 years and a date already past, naming the field', async () => {
    for (const validUntil of [days(5 * 366 + 2), days(-1)]) {
      const r = await api.gql(
        GRANT_ACCESS,
        { input: inviteInput(w, { validUntil: validUntil.toISOString() }) },
        {
          token: w.titularToken,
        },
      );
      const e = errorOf(r);
      expect(e.code).toBe('VALIDATION_FAILED');
      expect((e.extensions.fields as Record<string, string>).validUntil).toMatch(/prazo da permissão/i);
    }
  });

  it('is shown on the grant, the invite preview, the invite e-mail and installationAccess; none means "until revoked"', async () => {
    const until = days(90);
    const g = await grantUntil(until, { pending: true });
    expect(new Date(g.validUntil!).toISOString()).toBe(until.toISOString());
    const preview = await api.gql<{ accessInvite: { validUntil: string | null } }>(
      PREVIEW.replace('installationCount', 'installationCount validUntil'),
      { token: g.mailToken },
    );
    expect(data(preview).accessInvite.validUntil).toBe(until.toISOString());
    const texts = await mailTexts(api, 'access-invite', g.user.email);
    expect(texts.at(-1)).toMatch(/Prazo da permissão: até \d{2}\/\d{2}\/\d{4}/);
    data(await accept(api, g.mailToken, g.token));
    const access = await api.gql<{ installationAccess: { grant: { validUntil: string } } }>(
      `query($n: String!, $cpf: String!) { installationAccess(installationNumber: $n, cpf: $cpf) { grant { validUntil } } }`,
      { n: g.number, cpf: g.user.cpf },
      { headers: { 'x-api-key': keys.reader } },
    );
    expect(data(access).installationAccess.grant.validUntil).toBe(until.toISOString());

    const open = await grantUntil(null);
    expect(open.validUntil).toBeNull();
    expect((await mailTexts(api, 'access-invite', open.user.email)).at(-1)).toContain(
      'Prazo da permissão: até ser retirada por quem concedeu.',
    );
  });
});

describe('the end, by the database clock', () => {
  it('allowed one second before the end; ended at the end, with its own reason, both told, audited', async () => {
    const g = await grantUntil(days(30));
    await sql(api, `update access_grant set valid_until = now() + interval '1 second' where id = ?`, [g.id]);
    expect(await accessOf(api, keys.reader, g.number, g.user.cpf)).toMatchObject({ allowed: true });
    await sql(api, `update access_grant set valid_until = now() where id = ?`, [g.id]);
    // Not swept yet: already refused, and read as ended everywhere.
    expect(await accessOf(api, keys.reader, g.number, g.user.cpf)).toMatchObject({ allowed: false });
    const listed = data(
      await api.gql<{
        accessGrantsGiven: { edges: { node: { id: string; status: string; endReason: string } }[] };
      }>(GIVEN_VALIDITY, {}, { token: w.titularToken }),
    ).accessGrantsGiven.edges.find((e) => e.node.id === g.id)!.node;
    expect(listed).toMatchObject({ status: 'REVOKED', endReason: 'VALIDITY_ENDED' });

    expect((await sweepGrantValidity(api.app.services)).ended).toBeGreaterThanOrEqual(1);
    expect(await stored(api, g.id)).toEqual({ status: 'REVOKED', end_reason: 'VALIDITY_ENDED' });
    const told = await recipients(api, 'access-ended');
    expect(told).toEqual(expect.arrayContaining([g.user.email, w.titular.email]));
    expect((await auditOf(api, g.id)).at(-1)).toMatchObject({ type: 'VALIDITY_ENDED', actor_role: 'SYSTEM' });
    // A second sweep ends nothing more.
    await sweepGrantValidity(api.app.services);
    expect((await auditOf(api, g.id)).filter((s) => s.type === 'VALIDITY_ENDED')).toHaveLength(1);
  });

  it('an invite whose validity is over can no longer be accepted', async () => {
    const g = await grantUntil(days(30), { pending: true });
    await sql(api, `update access_grant set valid_until = now() where id = ?`, [g.id]);
    expect(errorOf(await accept(api, g.mailToken, g.token)).code).toBe('INVITE_INVALID');
  });
});

describe('the 7-day reminder', () => {
  it('goes to both people once, even with two API processes sweeping at the same time', async () => {
    const g = await grantUntil(days(6));
    const far = await grantUntil(days(30));
    await Promise.all([sweepGrantValidity(api.app.services), sweepGrantValidity(second.app.services)]);
    await Promise.all([sweepGrantValidity(api.app.services), sweepGrantValidity(second.app.services)]);
    const to = await recipients(api, 'access-validity-reminder');
    expect(to.filter((e) => e === g.user.email)).toHaveLength(1);
    expect(to).not.toContain(far.user.email);
    expect((await auditOf(api, g.id)).filter((s) => s.type === 'VALIDITY_REMINDER_SENT')).toHaveLength(1);
  });
});

describe('extend or shorten (Acessos concedidos)', () => {
  it('the titular changes it, the invitee is told, the reminder is owed again; limits hold; only a titular may', async () => {
    const g = await grantUntil(days(6));
    await sweepGrantValidity(api.app.services); // reminded for the old end
    const later = days(400);
    const r = await api.gql<{ changeAccessGrantValidity: { validUntil: string } }>(
      CHANGE,
      { id: g.id, validUntil: later.toISOString() },
      { token: w.titularToken },
    );
    expect(data(r).changeAccessGrantValidity.validUntil).toBe(later.toISOString());
    expect(await recipients(api, 'access-validity-changed')).toContain(g.user.email);
    const steps = await sql<{ validity_reminder_sent_at: Date | null }>(
      api,
      `select validity_reminder_sent_at from access_grant where id = ?`,
      [g.id],
    );
    expect(steps[0]!.validity_reminder_sent_at).toBeNull();
    // Until revoked, then a date past 5 years is refused.
    const none = await api.gql<{ changeAccessGrantValidity: { validUntil: string | null } }>(
      CHANGE,
      { id: g.id, validUntil: null },
      { token: w.titularToken },
    );
    expect(data(none).changeAccessGrantValidity.validUntil).toBeNull();
    const tooFar = await api.gql(
      CHANGE,
      { id: g.id, validUntil: days(5 * 366 + 2).toISOString() },
      {
        token: w.titularToken,
      },
    );
    expect(errorOf(tooFar).code).toBe('VALIDATION_FAILED');
    // The invitee cannot change it (not found to them, as for every titular action).
    expect(errorOf(await api.gql(CHANGE, { id: g.id, validUntil: null }, { token: g.token })).code).toBe(
      'NOT_FOUND',
    );
    expect((await auditOf(api, g.id)).filter((s) => s.type === 'VALIDITY_CHANGED')).toHaveLength(2);
  });
});
