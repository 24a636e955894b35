// The demo seed: runs once (idempotent, safe when two processes start together), fast, valid documents,
// and the demo accounts see exactly the partners and installations the README promises.
import { isValidCnpj, isValidCpf } from '@delega/shared/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../src/db/database.ts';
import { verifyPassword } from '../src/modules/accounts/password.ts';
import { User } from '../src/modules/accounts/user.entity.ts';
import { BusinessPartner, DocumentKind } from '../src/modules/customers/business-partner.entity.ts';
import { Installation, InstallationStatus } from '../src/modules/customers/installation.entity.ts';
import { PartnerRepresentative } from '../src/modules/customers/partner-representative.entity.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { DEMO_ACCOUNTS, DEMO_PARTNERS, DEMO_PASSWORD, seedIfEmpty } from '../src/seeds/seed.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createTestDatabase } from './test-db.ts';

let api: TestApi;
let firstRun = false;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  firstRun = await seedIfEmpty(api.orm.em.fork());
});

afterAll(() => api.close());

async function tokenFor(email: string): Promise<string> {
  const em = api.orm.em.fork();
  const user = await em.findOneOrFail(User, { email });
  return createFactories(em).session(user);
}

describe('seedIfEmpty', () => {
  it('seeds an empty database, then does nothing', async () => {
    expect(firstRun).toBe(true);
    const em = api.orm.em.fork();
    const before = await em.count(Installation, {});
    expect(await seedIfEmpty(api.orm.em.fork())).toBe(false);
    expect(await em.count(Installation, {})).toBe(before);
    expect(await em.count(User, {})).toBe(3);
  });

  it('creates the promised rows with valid CPFs and CNPJs (one alphanumeric)', async () => {
    const em = api.orm.em.fork();
    const total = Object.values(DEMO_PARTNERS).reduce((n, p) => n + p.installations, 0);
    expect(await em.count(Installation, {})).toBe(total);
    expect(await em.count(Installation, { status: InstallationStatus.INACTIVE })).toBe(
      Object.values(DEMO_PARTNERS).reduce((n, p) => n + p.inactive, 0),
    );
    expect(await em.count(PartnerRepresentative, {})).toBe(2);
    const partners = await em.find(BusinessPartner, {});
    expect(partners).toHaveLength(Object.keys(DEMO_PARTNERS).length);
    for (const p of partners) {
      expect(p.documentKind === DocumentKind.CPF ? isValidCpf(p.document) : isValidCnpj(p.document)).toBe(
        true,
      );
    }
    expect(partners.some((p) => /[A-Z]/.test(p.document))).toBe(true);
    const users = await em.find(User, {}, { populate: ['passwordHash'] });
    for (const u of users) {
      expect(isValidCpf(u.cpf)).toBe(true);
      expect(u.emailVerifiedAt).toBeInstanceOf(Date);
      expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    const installations = await em.find(Installation, {}, { limit: 50 });
    for (const i of installations) {
      expect(i.number).toMatch(/^\d{10}$/);
      expect(i.state).toBe('SP');
      expect(i.postalCode).toMatch(/^\d{8}$/);
    }
  });

  it('is deterministic: the same installation numbers and addresses every time', async () => {
    const em = api.orm.em.fork();
    const first = await em.findOneOrFail(Installation, { number: '3000000001' });
    expect(first).toMatchObject({
      street: 'Rua Conceição',
      city: 'Campinas',
      status: InstallationStatus.ACTIVE,
    });
    expect(await em.count(Installation, { number: { $like: '310%' } })).toBe(2500);
  });

  it('seeds once when two processes start on the same empty database', async () => {
    const db = await createTestDatabase();
    const a = await initOrm(db.url);
    const b = await initOrm(db.url);
    try {
      const results = await Promise.all([seedIfEmpty(a.em.fork()), seedIfEmpty(b.em.fork())]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await a.em.fork().count(User, {})).toBe(3);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });
});

describe('demo accounts through the API', () => {
  const PARTNERS = `{ businessPartners { name document documentKind installationCount activeInstallationCount } }`;

  it('titular@delega.dev sees herself, the 2,500-installation company and the alphanumeric-CNPJ company', async () => {
    const r = await api.gql<{ businessPartners: Array<Record<string, unknown>> }>(
      PARTNERS,
      {},
      {
        token: await tokenFor('titular@delega.dev'),
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.businessPartners).toEqual([
      {
        name: 'Mariana Conceição Alves',
        document: DEMO_ACCOUNTS[0]!.cpf,
        documentKind: 'CPF',
        installationCount: 4,
        activeInstallationCount: 3,
      },
      {
        name: 'Alves & Ribeiro Tecnologia S.A.',
        document: '12.ABC.345/01DE-35',
        documentKind: 'CNPJ',
        installationCount: 6,
        activeInstallationCount: 5,
      },
      {
        name: 'Torres Paulistas Telecomunicações Ltda.',
        document: '70.995.830/0001-81',
        documentKind: 'CNPJ',
        installationCount: 2500,
        activeInstallationCount: 2400,
      },
    ]);
  });

  it('unica@delega.dev has exactly one installation; convidado@delega.dev has none', async () => {
    const q = `{ businessPartners { id } installations { totalCount edges { node { number status } } } }`;
    const unica = await api.gql<{ businessPartners: unknown[]; installations: { totalCount: number } }>(
      q,
      {},
      {
        token: await tokenFor('unica@delega.dev'),
      },
    );
    expect(unica.data!.businessPartners).toHaveLength(1);
    expect(unica.data!.installations.totalCount).toBe(1);
    const convidado = await api.gql<{ businessPartners: unknown[]; installations: { totalCount: number } }>(
      q,
      {},
      {
        token: await tokenFor('convidado@delega.dev'),
      },
    );
    expect(convidado.data!.businessPartners).toEqual([]);
    expect(convidado.data!.installations.totalCount).toBe(0);
  });

  it('every demo account signs in with the demo password', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const r = await api.gql<{ signIn: { token: string; user: { email: string; emailVerified: boolean } } }>(
        `mutation ($input: SignInInput!) { signIn(input: $input) { token user { email emailVerified } } }`,
        { input: { email: a.email, password: DEMO_PASSWORD } },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.signIn).toMatchObject({
        token: expect.any(String) as unknown,
        user: { email: a.email, emailVerified: true },
      });
    }
  });
});
