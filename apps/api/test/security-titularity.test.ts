// Titularity is proven, not typed: a CPF typed at sign-up is a claim; an account acts as titular of a
// business partner only after proving it once for that partner (a code e-mailed to the contact on
// record, or the "código do cliente" of a bill).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import type { Installation } from '../src/modules/customers/installation.entity.ts';
import { AccessGrantStatus } from '../src/modules/grants/access-grant.entity.ts';
import { createFactories, type Factories } from '../src/seeds/factories.ts';
import { data, errorOf, GRANT_ACCESS, INSTALLATION_ACCESS, inviteInput } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let f: Factories;

const PARTNERS = `{ businessPartners { id name } }`;
const PENDING = `{ pendingBusinessPartners { id maskedNumber displayName documentKind contactEmailHint canUseCustomerCode } }`;
const REQUEST = `mutation($id: ID!) { requestTitularityCode(businessPartnerId: $id) { destination expiresAt } }`;
const CONFIRM = `mutation($input: ConfirmTitularityInput!) { confirmTitularity(input: $input) { id name } }`;
const INSTALLATIONS = `query($id: ID) { installations(businessPartnerId: $id) { totalCount } }`;

/** A partner whose document is the CPF of an account that has not proved it (as after sign-up). */
async function claimant(opts: { contactEmail?: string | null; customerCode?: string | null } = {}) {
  const user = await f.user({ titularityProven: false });
  const partner = await f.businessPartner({
    document: user.cpf,
    name: 'Ana Beatriz Souza',
    contactEmail:
      opts.contactEmail === undefined
        ? `contato.${user.id.slice(0, 8)}@distribuidora.com.br`
        : opts.contactEmail,
    customerCode: opts.customerCode === undefined ? '4821-9360-75' : opts.customerCode,
  });
  const installations = await f.installations(partner, 2);
  return { user, partner, installations, token: await f.session(user) };
}

/** The newest message of `template` to `email`, from the development mailbox (bodies included). */
async function lastMail(email: string, template: string): Promise<{ text: string } | undefined> {
  const res = await fetch(`${api.url.replace(/\/graphql$/, '')}/dev/mailbox?to=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { messages: Array<{ template: string; text: string }> };
  return body.messages.find((m) => m.template === template);
}

function codeIn(text: string): string {
  const m = /\b(\d{6})\b/.exec(text);
  if (!m) throw new Error('no code in the e-mail');
  return m[1]!;
}

async function proofs(userId: string, partnerId: string) {
  return api.orm.em
    .fork()
    .execute<{ method: string; ip: string | null; port: number | null }[]>(
      `select method::text as method, ip, port from titularity_proof where user_id = ? and business_partner_id = ?`,
      [userId, partnerId],
    );
}

beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true', WORKERS_ENABLED: 'false' } });
  f = createFactories(api.orm.em.fork(), 15_001);
});

afterAll(async () => {
  await api?.close();
});

describe('titularity is proven, not typed', () => {
  it('a CPF typed at sign-up grants nothing: no partner, installation, invite or titular answer until proven', async () => {
    const { user, partner, installations, token } = await claimant();
    expect(
      data(await api.gql<{ businessPartners: unknown[] }>(PARTNERS, {}, { token })).businessPartners,
    ).toEqual([]);
    expect(errorOf(await api.gql(INSTALLATIONS, { id: partner.id }, { token })).code).toBe('NOT_FOUND');
    expect(
      data(await api.gql<{ installations: { totalCount: number } }>(INSTALLATIONS, {}, { token }))
        .installations.totalCount,
    ).toBe(0);
    const invitee = await f.user();
    const w = { partner, installations, invitee } as unknown as Parameters<typeof inviteInput>[0];
    expect(errorOf(await api.gql(GRANT_ACCESS, { input: inviteInput(w) }, { token })).code).toBe('NOT_FOUND');
    // About its own CPF: not TITULAR (the record's answer is for service keys), and no one else's CPF.
    const own = data(
      await api.gql<{ installationAccess: { allowed: boolean; reason: string } }>(
        INSTALLATION_ACCESS,
        { n: installations[0]!.number, cpf: user.cpf },
        { token },
      ),
    ).installationAccess;
    expect(own).toMatchObject({ allowed: false, reason: 'NONE' });
    expect(
      errorOf(
        await api.gql(INSTALLATION_ACCESS, { n: installations[0]!.number, cpf: invitee.cpf }, { token }),
      ).code,
    ).toBe('FORBIDDEN');
    // A grant such an account gave (e.g. before proofs existed) confers nothing.
    await f.grant({ titular: user, partner, installations, invitee, status: AccessGrantStatus.ACCEPTED });
    const granted = data(
      await api.gql<{ installationAccess: { allowed: boolean } }>(
        INSTALLATION_ACCESS,
        { n: installations[0]!.number, cpf: invitee.cpf },
        { token: await f.session(invitee) },
      ),
    ).installationAccess;
    expect(granted.allowed).toBe(false);
  });

  it('shows the partner "a confirmar" with a masked contact, and never another account\'s claims', async () => {
    const { partner, token } = await claimant({ contactEmail: 'titular@distribuidora.com.br' });
    const pending = data(
      await api.gql<{ pendingBusinessPartners: Array<Record<string, unknown>> }>(PENDING, {}, { token }),
    ).pendingBusinessPartners;
    expect(pending).toEqual([
      {
        id: partner.id,
        maskedNumber: `••••••${partner.number.slice(-4)}`,
        displayName: 'Ana S.',
        documentKind: 'CPF',
        contactEmailHint: 't***@d***.com.br',
        canUseCustomerCode: true,
      },
    ]);
    const other = await claimant();
    expect(errorOf(await api.gql(REQUEST, { id: other.partner.id }, { token })).code).toBe('NOT_FOUND');
  });

  it('an e-mailed code, sent only to the contact on record, proves it once; stored hashed; the proof is audited with address and port', async () => {
    const contact = `contato.${Date.now()}@distribuidora.com.br`;
    const { user, partner, token } = await claimant({ contactEmail: contact });
    const headers = { forwarded: 'for="203.0.113.7:51234"', 'x-forwarded-for': '203.0.113.7' };
    const sent = data(
      await api.gql<{ requestTitularityCode: { destination: string } }>(
        REQUEST,
        { id: partner.id },
        { token, headers },
      ),
    ).requestTitularityCode;
    expect(sent.destination).toBe('c***@d***.com.br');
    const mail = await lastMail(contact, 'titularity-code');
    expect(mail, 'the code goes to the contact on record').toBeDefined();
    const code = codeIn(mail!.text);
    expect(
      await lastMail(user.email, 'titularity-code'),
      "never to the account's own address",
    ).toBeUndefined();
    const stored = await api.orm.em
      .fork()
      .execute<{ code_hash: string }[]>(`select code_hash from titularity_code where user_id = ?`, [user.id]);
    expect(stored[0]!.code_hash).not.toContain(code);

    const wrong = code === '000000' ? '000001' : '000000';
    const refused = errorOf(
      await api.gql(CONFIRM, { input: { businessPartnerId: partner.id, code: wrong } }, { token, headers }),
    );
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(refused.extensions.fields as object)).toEqual(['input.code']);
    expect(await proofs(user.id, partner.id)).toEqual([]);

    const ok = await api.gql(CONFIRM, { input: { businessPartnerId: partner.id, code } }, { token, headers });
    expect(data(ok)).toEqual({ confirmTitularity: { id: partner.id, name: partner.name } });
    expect(await proofs(user.id, partner.id)).toEqual([
      { method: 'EMAIL_CODE', ip: '203.0.113.7', port: 51234 },
    ]);
    expect(
      data(await api.gql<{ businessPartners: Array<{ id: string }> }>(PARTNERS, {}, { token }))
        .businessPartners,
    ).toEqual([{ id: partner.id, name: partner.name }]);
    expect(
      data(await api.gql<{ pendingBusinessPartners: unknown[] }>(PENDING, {}, { token }))
        .pendingBusinessPartners,
    ).toEqual([]);
    const used = await api.orm.em
      .fork()
      .execute<{ used: boolean }[]>(
        `select used_at is not null as used from titularity_code where user_id = ?`,
        [user.id],
      );
    expect(used).toEqual([{ used: true }]);
  });

  it('a code dies after five wrong tries, and wrong codes slow the account down (RATE_LIMITED with retryAfterSeconds)', async () => {
    const contact = `contato.${Date.now()}.b@distribuidora.com.br`;
    const { partner, token } = await claimant({ contactEmail: contact });
    data(await api.gql(REQUEST, { id: partner.id }, { token }));
    const code = codeIn((await lastMail(contact, 'titularity-code'))!.text);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      const r = await api.gql(CONFIRM, { input: { businessPartnerId: partner.id, code: wrong } }, { token });
      expect(errorOf(r).code).toBe('VALIDATION_FAILED');
    }
    // The right code no longer works: it was tried five times.
    const dead = await api.gql(CONFIRM, { input: { businessPartnerId: partner.id, code } }, { token });
    expect(errorOf(dead).code).toBe('VALIDATION_FAILED');
    const late = await api.gql(CONFIRM, { input: { businessPartnerId: partner.id, code } }, { token });
    const e = errorOf(late);
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("the código do cliente printed on a bill proves it too; a representative's code goes to the representative's contact", async () => {
    const { user, partner, token } = await claimant({ contactEmail: null, customerCode: '7306158249' });
    expect(errorOf(await api.gql(REQUEST, { id: partner.id }, { token })).code).toBe('CONFLICT');
    const bad = await api.gql(
      CONFIRM,
      { input: { businessPartnerId: partner.id, customerCode: '1234567890' } },
      { token },
    );
    expect(errorOf(bad).code).toBe('VALIDATION_FAILED');
    const both = await api.gql(
      CONFIRM,
      { input: { businessPartnerId: partner.id, code: '123456', customerCode: 'x' } },
      { token },
    );
    expect(errorOf(both).code).toBe('VALIDATION_FAILED');
    data(
      await api.gql(
        CONFIRM,
        { input: { businessPartnerId: partner.id, customerCode: '730.615.8249' } },
        { token },
      ),
    );
    expect(await proofs(user.id, partner.id)).toMatchObject([{ method: 'CUSTOMER_CODE' }]);

    const company = await f.businessPartner({
      document: '70995830000181',
      contactEmail: 'empresa@exemplo.com.br',
    });
    const repContact = `rep.${Date.now()}@exemplo.com.br`;
    await f.representative(company, user.cpf, repContact);
    // The factory proves accounts made with titularityProven; this one was not, so it must confirm.
    const sent = data(
      await api.gql<{ requestTitularityCode: { destination: string } }>(
        REQUEST,
        { id: company.id },
        { token },
      ),
    ).requestTitularityCode;
    expect(sent.destination).toBe('r***@e***.com.br');
    expect(await lastMail(repContact, 'titularity-code')).toBeDefined();
    expect(await lastMail('empresa@exemplo.com.br', 'titularity-code')).toBeUndefined();
  });

  it('limits the codes e-mailed per account and partner (mail bombing the contact)', async () => {
    const contact = `contato.${Date.now()}.c@distribuidora.com.br`;
    const { partner, token } = await claimant({ contactEmail: contact });
    for (let i = 0; i < 3; i++) data(await api.gql(REQUEST, { id: partner.id }, { token }));
    const e = errorOf(await api.gql(REQUEST, { id: partner.id }, { token }));
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('the demo-style accounts made by the factories come proven', async () => {
    const u: User = await f.user();
    const p: BusinessPartner = await f.businessPartner({ document: u.cpf });
    const i: Installation[] = await f.installations(p, 1);
    const token = await f.session(u);
    expect(
      data(
        await api.gql<{ businessPartners: Array<{ id: string }> }>(PARTNERS, {}, { token }),
      ).businessPartners.map((x) => x.id),
    ).toEqual([p.id]);
    expect(i).toHaveLength(1);
  });

  it('reclaims a CPF someone else registered: proof for one of its partners moves the CPF, the other account loses it and its proofs, both are told', async () => {
    const contact = `real.${Date.now()}@distribuidora.com.br`;
    const impostor = await f.user();
    const partner = await f.businessPartner({
      document: impostor.cpf,
      name: 'Carla Mendes Rocha',
      contactEmail: contact,
    });
    const [inst] = await f.installations(partner, 1);
    const impostorToken = await f.session(impostor);
    // A grant the impostor gave, accepted: it confers access while the impostor holds the CPF and proof.
    const grantee = await f.user();
    const granteeToken = await f.session(grantee);
    await f.grant({
      titular: impostor,
      partner,
      installations: [inst!],
      invitee: grantee,
      status: AccessGrantStatus.ACCEPTED,
    });
    const access = async () =>
      data(
        await api.gql<{ installationAccess: { allowed: boolean; reason: string } }>(
          INSTALLATION_ACCESS,
          { n: inst!.number, cpf: grantee.cpf },
          { token: granteeToken },
        ),
      ).installationAccess;
    expect(await access()).toMatchObject({ allowed: true, reason: 'GRANTED' });
    expect(
      data(await api.gql<{ businessPartners: unknown[] }>(PARTNERS, {}, { token: impostorToken }))
        .businessPartners,
    ).toHaveLength(1);

    const ask = `mutation($input: RequestCpfReclaimCodeInput!) { requestCpfReclaimCode(input: $input) }`;
    const reclaim = `mutation($input: ReclaimCpfInput!) { reclaimCpf(input: $input) }`;
    // A wrong partner number answers the same and sends nothing.
    expect(
      data(await api.gql(ask, { input: { cpf: impostor.cpf, businessPartnerNumber: '0000000000' } })),
    ).toEqual({
      requestCpfReclaimCode: true,
    });
    expect(await lastMail(contact, 'titularity-code')).toBeUndefined();
    data(await api.gql(ask, { input: { cpf: impostor.cpf, businessPartnerNumber: partner.number } }));
    const code = codeIn((await lastMail(contact, 'titularity-code'))!.text);
    const email = `carla.${Date.now()}@exemplo.com.br`;
    const input = {
      fullName: 'Carla Mendes Rocha',
      cpf: impostor.cpf,
      email,
      password: 'Girassol-Amarelo-2026',
      businessPartnerNumber: partner.number,
    };
    const wrong = await api.gql(reclaim, {
      input: { ...input, code: code === '999999' ? '999998' : '999999' },
    });
    expect(errorOf(wrong).code).toBe('VALIDATION_FAILED');
    expect(data(await api.gql(reclaim, { input: { ...input, code } }))).toEqual({ reclaimCpf: true });

    const em = api.orm.em.fork();
    const [old] = await em.execute<{ cpf: string }[]>(`select cpf from app_user where id = ?`, [impostor.id]);
    expect(old!.cpf).not.toBe(impostor.cpf);
    // The other account has no CPF any more, and says so (not a stand-in value shown as one).
    const me = await api.gql<{ me: { cpf: string | null } }>(`{ me { cpf } }`, {}, { token: impostorToken });
    expect(data(me).me.cpf).toBeNull();
    expect(await proofs(impostor.id, partner.id)).toEqual([]);
    // …and every grant it gave stops conferring anything.
    expect(await access()).toMatchObject({ allowed: false, reason: 'NONE' });
    expect(
      data(await api.gql<{ businessPartners: unknown[] }>(PARTNERS, {}, { token: impostorToken }))
        .businessPartners,
    ).toEqual([]);
    const [fresh] = await em.execute<{ id: string }[]>(`select id from app_user where cpf = ?`, [
      impostor.cpf,
    ]);
    expect(await proofs(fresh!.id, partner.id)).toMatchObject([{ method: 'EMAIL_CODE' }]);
    const audit = await em.execute(
      `select 1 from cpf_reclaim where previous_user_id = ? and new_user_id = ?`,
      [impostor.id, fresh!.id],
    );
    expect(audit).toHaveLength(1);
    expect(await lastMail(impostor.email, 'cpf-reclaimed')).toBeDefined();
    expect(await lastMail(email, 'cpf-reclaimed')).toBeDefined();
    // The code was single use.
    const again = await api.gql(reclaim, { input: { ...input, email: `outra.${email}`, code } });
    expect(errorOf(again).code).toBe('VALIDATION_FAILED');
  });
});
