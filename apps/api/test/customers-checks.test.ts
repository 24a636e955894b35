// Customers over real HTTP: checks of uploaded installation numbers, SQL statement counts per list
// query, and CustomersService as the grants module uses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import { createCustomersWorld, countStatements, ownNumbers } from './customers-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let titular: User;
let titularToken: string;
let strangerToken: string;
let own: BusinessPartner;
let company: BusinessPartner;
let alnum: BusinessPartner;
let strangerPartner: BusinessPartner;
let companyNumbers: string[] = [];
let strangerNumbers: string[] = [];

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  ({
    titular,
    titularToken,
    strangerToken,
    own,
    company,
    alnum,
    strangerPartner,
    companyNumbers,
    strangerNumbers,
  } = await createCustomersWorld(api));
}, 120_000);

afterAll(() => api.close());

const PARTNERS = `query ($profile: CustomerProfile) {
  businessPartners(profile: $profile) { id number name document documentKind installationCount activeInstallationCount }
}`;

describe('checkInstallations', () => {
  const CHECK = `query ($bp: ID!, $numbers: [String!]!) {
    checkInstallations(businessPartnerId: $bp, numbers: $numbers) { number result businessPartnerId }
  }`;
  type CheckData = {
    checkInstallations: Array<{ number: string; result: string; businessPartnerId: string | null }>;
  };

  it('classifies each number: OK, INACTIVE, OTHER_PARTNER (the viewer’s other partner) or NOT_FOUND', async () => {
    const numbers = [
      ownNumbers[0]!,
      ownNumbers[3]!,
      companyNumbers[0]!,
      strangerNumbers[0]!,
      '9999999999',
      'abc',
      ` ${ownNumbers[1]} `,
      ownNumbers[0]!,
    ];
    const r = await api.gql<CheckData>(CHECK, { bp: own.id, numbers }, { token: titularToken });
    expect(r.errors).toBeUndefined();
    expect(r.data!.checkInstallations).toEqual([
      { number: ownNumbers[0], result: 'OK', businessPartnerId: own.id },
      { number: ownNumbers[3], result: 'INACTIVE', businessPartnerId: own.id },
      { number: companyNumbers[0], result: 'OTHER_PARTNER', businessPartnerId: company.id },
      { number: strangerNumbers[0], result: 'NOT_FOUND', businessPartnerId: null },
      { number: '9999999999', result: 'NOT_FOUND', businessPartnerId: null },
      { number: 'abc', result: 'NOT_FOUND', businessPartnerId: null },
      { number: ownNumbers[1], result: 'OK', businessPartnerId: own.id },
    ]);
  });

  it('checks thousands of numbers in a fixed number of SQL statements', async () => {
    const numbers = [...companyNumbers, ...Array.from({ length: 7500 }, (_, i) => String(8_000_000_000 + i))];
    const { result: r, statements } = await countStatements(api.orm, () =>
      api.gql<CheckData>(CHECK, { bp: company.id, numbers }, { token: titularToken }),
    );
    expect(r.errors).toBeUndefined();
    const counts = new Map<string, number>();
    for (const c of r.data!.checkInstallations) counts.set(c.result, (counts.get(c.result) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ OK: 2400, INACTIVE: 100, NOT_FOUND: 7500 });
    // Session lookup + partner check + one lookup of all numbers.
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('checks the maximum of 100,000 numbers', async () => {
    const numbers = [
      ...companyNumbers,
      ...Array.from({ length: 97_500 }, (_, i) => String(8_000_000_000 + i)),
    ];
    const r = await api.gql<CheckData>(CHECK, { bp: company.id, numbers }, { token: titularToken });
    expect(r.errors).toBeUndefined();
    expect(r.data!.checkInstallations).toHaveLength(100_000);
    expect(r.data!.checkInstallations.filter((c) => c.result === 'OK')).toHaveLength(2400);
  });

  it("answers NOT_FOUND for another user's partner and refuses over 100,000 numbers", async () => {
    const r = await api.gql<CheckData>(
      CHECK,
      { bp: own.id, numbers: [ownNumbers[0]] },
      { token: strangerToken },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const big = await api.gql<CheckData>(
      CHECK,
      { bp: own.id, numbers: Array.from({ length: 100_001 }, (_, i) => String(i)) },
      { token: titularToken },
    );
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { numbers: expect.any(String) as unknown },
    });
  });
});

describe('SQL statements per list query', () => {
  it('does not grow with the page length (partners and counts are batched)', async () => {
    const query = `query ($bp: ID, $first: Int) {
      installations(businessPartnerId: $bp, first: $first) {
        totalCount edges { node { number businessPartner { id name installationCount activeInstallationCount } } }
      }
    }`;
    const small = await countStatements(api.orm, () => api.gql(query, { first: 2 }, { token: titularToken }));
    const large = await countStatements(api.orm, () =>
      api.gql(query, { first: 200 }, { token: titularToken }),
    );
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.statements.length).toBe(small.statements.length);
    // session, partner ids, page, count, partners by id, installation counts
    expect(large.statements.length).toBeLessThanOrEqual(6);

    const one = await countStatements(api.orm, () => api.gql(PARTNERS, {}, { token: strangerToken }));
    const three = await countStatements(api.orm, () => api.gql(PARTNERS, {}, { token: titularToken }));
    expect(three.statements.length).toBe(one.statements.length);
    expect(three.statements.length).toBeLessThanOrEqual(3);
  });
});

describe('CustomersService (for the grants module)', () => {
  it('classifies thousands of numbers in one statement, refusing unknown and inactive ones', async () => {
    const em = api.orm.em.fork();
    const unknown = Array.from({ length: 500 }, (_, i) => String(7_000_000_000 + i));
    const { result, statements } = await countStatements(api.orm, () =>
      api.app.services.customers.classifyInstallations(em, company.id, [
        ...companyNumbers,
        ...unknown,
        strangerNumbers[0]!,
      ]),
    );
    expect(statements).toHaveLength(1);
    expect(result.active).toHaveLength(2400);
    expect(result.active.map((i) => i.number)).toEqual(companyNumbers.filter((_, i) => (i + 1) % 25 !== 0));
    expect(result.refused.filter((r) => r.reason === 'INACTIVE')).toHaveLength(100);
    expect(result.refused.filter((r) => r.reason === 'NOT_FOUND')).toHaveLength(501);
  });

  it('lists active installations, checks ownership and lists partners', async () => {
    const em = api.orm.em.fork();
    const s = api.app.services.customers;
    const active = await s.activeInstallationsOf(em, company.id);
    expect(active).toHaveLength(2400);
    expect(active[0]).toEqual({ id: expect.any(String) as unknown, number: companyNumbers[0] });
    expect((await s.assertPartnerOwnedBy(em, titular.id, company.id)).id).toBe(company.id);
    await expect(s.assertPartnerOwnedBy(em, titular.id, strangerPartner.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await s.listPartnersForUser(em, titular.id)).map((p) => p.id)).toEqual([
      own.id,
      alnum.id,
      company.id,
    ]);
  });
});
