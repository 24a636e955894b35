// A grant lives exactly as long as its titular's authority: the customer records' changes end, in the
// same transaction, exactly the grants (or grant installations) they affect, with their reason; both
// people are told by e-mail and live; installationAccess answers false at once.
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentKind } from '../src/modules/customers/business-partner.entity.ts';
import { InstallationStatus } from '../src/modules/customers/installation.entity.ts';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accessOf,
  auditOf,
  DEACTIVATE,
  END_PARTNER,
  payloadOf,
  records,
  recipients,
  REMOVE_REPRESENTATIVE,
  serviceKeys,
  stored,
  TRANSFER,
  type Keys,
} from './authority-fixtures.ts';
import {
  accept,
  CHANGED,
  createWorld,
  data,
  errorOf,
  GRANT_ACCESS,
  inviteInput,
  lastInviteMailToken,
  RESEND,
  sql,
  type ChangedEvent,
  type World,
} from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let keys: Keys;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api, { installations: 20 });
  keys = await serviceKeys(api);
});
afterAll(() => api.close());

/** An invitee of their own (a new account and session). */
async function newInvitee() {
  const user = await w.f.user();
  return { user, token: await w.f.session(user) };
}

/** Invites `user` to `numbers` of the world's partner; accepted unless `pending`. */
async function grantTo(
  person: Awaited<ReturnType<typeof newInvitee>>,
  numbers: string[],
  opts: { pending?: boolean; titularToken?: string; partnerId?: string } = {},
) {
  const r = await api.gql<{ grantAccess: { grant: { id: string; protocolNumber: string } } }>(
    GRANT_ACCESS,
    {
      input: inviteInput(w, {
        businessPartnerId: opts.partnerId ?? w.partner.id,
        installationNumbers: numbers,
        invitee: { fullName: person.user.fullName, cpf: person.user.cpf, email: person.user.email },
      }),
    },
    { token: opts.titularToken ?? w.titularToken },
  );
  const grant = data(r).grantAccess.grant;
  const mailToken = await lastInviteMailToken(api, person.user.email);
  if (!opts.pending) data(await accept(api, mailToken, person.token));
  return { id: grant.id, mailToken };
}

/** Every accessGrantChanged event one session hears until `stop`. */
function listen(token: string) {
  const client: Client = api.ws(token);
  const got: ChangedEvent[] = [];
  const dispose = client.subscribe<ChangedEvent>(
    { query: CHANGED },
    { next: (v) => void (v.data && got.push(v.data)), error: () => {}, complete: () => {} },
  );
  return { got, stop: dispose };
}

async function until(cond: () => boolean) {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(cond()).toBe(true);
}

const numbers = () =>
  w.installations.filter((i) => i.status === InstallationStatus.ACTIVE).map((i) => i.number);

describe('customer records: who may tell us', () => {
  it('only a service key with customers:write; people and read-only keys are refused', async () => {
    const n = numbers()[10]!;
    const asPerson = await api.gql(DEACTIVATE, { n }, { token: w.titularToken });
    expect(errorOf(asPerson).code).toBe('FORBIDDEN');
    expect(errorOf(await records(api, keys.reader, DEACTIVATE, { n })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.gql(DEACTIVATE, { n })).code).toBe('UNAUTHENTICATED');
    const unknown = await records(api, keys.records, DEACTIVATE, { n: '999999999999' });
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });
});

describe('TITULARITY_CHANGED (troca de titularidade)', () => {
  it('ends exactly what it affects, tells both people by e-mail and live, answers false at once, audits, and is idempotent', async () => {
    const [moved, kept] = numbers();
    const whole = await newInvitee();
    const partial = await newInvitee();
    const pending = await newInvitee();
    const wholeGrant = await grantTo(whole, [moved!]);
    const partialGrant = await grantTo(partial, [moved!, kept!]);
    const pendingInvite = await grantTo(pending, [moved!, kept!], { pending: true });
    expect(await accessOf(api, keys.reader, moved!, whole.user.cpf)).toMatchObject({ allowed: true });
    const attachedBefore = api.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED');
    const live = listen(whole.token);
    const titularLive = listen(w.titularToken);
    // Both subscriptions attached on the server before the change.
    await until(() => api.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED') >= attachedBefore + 2);

    const r = payloadOf(
      await records(api, keys.records, TRANSFER, {
        input: { installationNumber: moved, toBusinessPartnerNumber: w.strangerPartner.number },
      }),
    );
    expect(r).toEqual({ changed: true, grantsEnded: 2, grantsReduced: 1 });

    // At once: nobody acts on the moved installation through a grant of its former partner.
    expect(await accessOf(api, keys.reader, moved!, whole.user.cpf)).toMatchObject({ allowed: false });
    expect(await accessOf(api, keys.reader, moved!, partial.user.cpf)).toMatchObject({ allowed: false });
    expect(await accessOf(api, keys.reader, kept!, partial.user.cpf)).toMatchObject({ allowed: true });
    expect(await stored(api, wholeGrant.id)).toEqual({ status: 'REVOKED', end_reason: 'TITULARITY_CHANGED' });
    expect(await stored(api, partialGrant.id)).toEqual({ status: 'ACCEPTED', end_reason: null });
    expect(await stored(api, pendingInvite.id)).toEqual({
      status: 'CANCELLED',
      end_reason: 'TITULARITY_CHANGED',
    });
    // The cancelled invite's link no longer works.
    expect(errorOf(await accept(api, pendingInvite.mailToken, pending.token)).code).toBe('INVITE_INVALID');

    // Both people told, for each of the three grants.
    const told = await recipients(api, 'access-ended');
    for (const email of [whole.user.email, partial.user.email, pending.user.email])
      expect(told).toContain(email);
    expect(told.filter((e) => e === w.titular.email)).toHaveLength(3);
    await until(() => live.got.some((e) => e.accessGrantChanged.change === 'AUTHORITY_ENDED'));
    expect(
      live.got.find((e) => e.accessGrantChanged.change === 'AUTHORITY_ENDED')!.accessGrantChanged,
    ).toMatchObject({
      grantId: wholeGrant.id,
      status: 'REVOKED',
      grant: { endReason: 'TITULARITY_CHANGED', activeInstallationCount: 0 },
    });
    await until(
      () => titularLive.got.filter((e) => e.accessGrantChanged.change === 'AUTHORITY_ENDED').length === 3,
    );
    live.stop();
    titularLive.stop();

    // Audited: on the grant (by the customer records, with the reason) and as a records change.
    const steps = await auditOf(api, partialGrant.id);
    expect(steps.at(-1)).toMatchObject({
      type: 'AUTHORITY_ENDED',
      actor_role: 'CUSTOMER_RECORDS',
      data: {
        reason: 'TITULARITY_CHANGED',
        source: 'api-key:cadastro',
        installationNumbers: [moved],
        remaining: 1,
      },
    });
    const changes = await sql<{ type: string; source: string; data: { grantIds: string[] } }>(
      api,
      `select type::text as type, source, data from customer_record_change order by id`,
    );
    expect(changes.at(-1)).toMatchObject({ type: 'INSTALLATION_TRANSFERRED', source: 'api-key:cadastro' });
    expect(changes.at(-1)!.data.grantIds.sort()).toEqual(
      [wholeGrant.id, partialGrant.id, pendingInvite.id].sort(),
    );
    expect(JSON.stringify(changes)).not.toContain(whole.user.cpf);

    // Idempotent: the same change again changes and records nothing.
    const again = payloadOf(
      await records(api, keys.records, TRANSFER, {
        input: { installationNumber: moved, toBusinessPartnerNumber: w.strangerPartner.number },
      }),
    );
    expect(again).toEqual({ changed: false, grantsEnded: 0, grantsReduced: 0 });
    expect(await sql(api, `select 1 from customer_record_change`)).toHaveLength(changes.length);
    // The new partner's titular is titular of it now.
    expect(await accessOf(api, keys.reader, moved!, w.stranger.cpf)).toMatchObject({ reason: 'TITULAR' });
  });

  it('a titularity change racing an acceptance never leaves an active grant', async () => {
    const pool = numbers().slice(2, 10);
    for (const n of pool) {
      const person = await newInvitee();
      const { id, mailToken } = await grantTo(person, [n], { pending: true });
      const [accepted] = await Promise.all([
        accept(api, mailToken, person.token),
        records(api, keys.records, TRANSFER, {
          input: { installationNumber: n, toBusinessPartnerNumber: w.strangerPartner.number },
        }),
      ]);
      const s = await stored(api, id);
      expect(['CANCELLED', 'REVOKED']).toContain(s.status);
      expect(s.end_reason).toBe('TITULARITY_CHANGED');
      expect(await accessOf(api, keys.reader, n, person.user.cpf)).toMatchObject({ allowed: false });
      if (!accepted.errors) expect(s.status).toBe('REVOKED'); // accepted first, then ended
    }
  });
});

describe('INSTALLATION_DEACTIVATED', () => {
  it('ends the grants covering it, idempotently', async () => {
    const n = numbers()[11]!;
    const person = await newInvitee();
    const g = await grantTo(person, [n]);
    expect(payloadOf(await records(api, keys.records, DEACTIVATE, { n }))).toEqual({
      changed: true,
      grantsEnded: 1,
      grantsReduced: 0,
    });
    expect(await stored(api, g.id)).toEqual({ status: 'REVOKED', end_reason: 'INSTALLATION_DEACTIVATED' });
    expect(await accessOf(api, keys.reader, n, person.user.cpf)).toMatchObject({ allowed: false });
    expect(await recipients(api, 'access-ended')).toEqual(expect.arrayContaining([person.user.email]));
    expect((await auditOf(api, g.id)).at(-1)).toMatchObject({
      type: 'AUTHORITY_ENDED',
      data: { reason: 'INSTALLATION_DEACTIVATED' },
    });
    expect(payloadOf(await records(api, keys.records, DEACTIVATE, { n })).changed).toBe(false);
  });
});

describe('REPRESENTATIVE_REMOVED and PARTNER_ENDED', () => {
  it('a removed representative’s grants end; another representative’s go on; then the partner ends them all', async () => {
    const company = await w.f.businessPartner({ documentKind: DocumentKind.CNPJ });
    const [a, b] = [await w.f.user(), await w.f.user()];
    await w.f.representative(company, a.cpf);
    await w.f.representative(company, b.cpf);
    const [i1] = await w.f.installations(company, 2);
    const aToken = await w.f.session(a);
    const bToken = await w.f.session(b);
    const byA = await grantTo(await newInvitee(), [i1!.number], {
      titularToken: aToken,
      partnerId: company.id,
    });
    const pendingByA = await grantTo(await newInvitee(), [i1!.number], {
      titularToken: aToken,
      partnerId: company.id,
      pending: true,
    });
    const byBInvitee = await newInvitee();
    const byB = await grantTo(byBInvitee, [i1!.number], { titularToken: bToken, partnerId: company.id });

    const removed = payloadOf(
      await records(api, keys.records, REMOVE_REPRESENTATIVE, {
        input: { businessPartnerNumber: company.number, cpf: a.cpf },
      }),
    );
    expect(removed).toEqual({ changed: true, grantsEnded: 2, grantsReduced: 0 });
    expect(await stored(api, byA.id)).toEqual({ status: 'REVOKED', end_reason: 'REPRESENTATIVE_REMOVED' });
    expect(await stored(api, pendingByA.id)).toEqual({
      status: 'CANCELLED',
      end_reason: 'REPRESENTATIVE_REMOVED',
    });
    expect(await stored(api, byB.id)).toEqual({ status: 'ACCEPTED', end_reason: null });
    expect(await accessOf(api, keys.reader, i1!.number, byBInvitee.user.cpf)).toMatchObject({
      allowed: true,
    });
    // The former representative can no longer act for the company.
    expect(errorOf(await api.gql(RESEND, { id: byB.id }, { token: aToken })).code).toBe('NOT_FOUND');
    expect(
      payloadOf(
        await records(api, keys.records, REMOVE_REPRESENTATIVE, {
          input: { businessPartnerNumber: company.number, cpf: a.cpf },
        }),
      ).changed,
    ).toBe(false);

    const ended = payloadOf(await records(api, keys.records, END_PARTNER, { n: company.number }));
    expect(ended).toEqual({ changed: true, grantsEnded: 1, grantsReduced: 0 });
    expect(await stored(api, byB.id)).toEqual({ status: 'REVOKED', end_reason: 'PARTNER_ENDED' });
    expect(await accessOf(api, keys.reader, i1!.number, byBInvitee.user.cpf)).toMatchObject({
      allowed: false,
    });
    expect(await accessOf(api, keys.reader, i1!.number, b.cpf)).toMatchObject({
      allowed: false,
      reason: 'NONE',
    });
    expect((await auditOf(api, byB.id)).at(-1)).toMatchObject({
      type: 'AUTHORITY_ENDED',
      actor_role: 'CUSTOMER_RECORDS',
      data: { reason: 'PARTNER_ENDED' },
    });
    expect(payloadOf(await records(api, keys.records, END_PARTNER, { n: company.number })).changed).toBe(
      false,
    );
  });
});

describe('titularity at the moment of every call', () => {
  it('records changed outside us (not yet processed): installationAccess, accept and resend already refuse', async () => {
    const [n1, n2] = numbers().slice(12, 14);
    const granted = await newInvitee();
    const g = await grantTo(granted, [n1!]);
    const waiting = await newInvitee();
    const p = await grantTo(waiting, [n2!], { pending: true });
    // The partner ends in the records, and nobody has processed it yet.
    await sql(api, `update business_partner set ended_at = now() where id = ?`, [w.partner.id]);
    try {
      expect(await accessOf(api, keys.reader, n1!, granted.user.cpf)).toMatchObject({ allowed: false });
      expect(errorOf(await accept(api, p.mailToken, waiting.token)).code).toBe('INVITE_INVALID');
      expect(await stored(api, p.id)).toMatchObject({ status: 'INVITED' });
      expect(errorOf(await api.gql(RESEND, { id: p.id }, { token: w.titularToken })).code).toBe('FORBIDDEN');
    } finally {
      await sql(api, `update business_partner set ended_at = null where id = ?`, [w.partner.id]);
    }
    expect(await accessOf(api, keys.reader, n1!, granted.user.cpf)).toMatchObject({ allowed: true });
    expect(g.id).toBeTruthy();
  });
});
