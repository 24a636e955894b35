// Customers over real HTTP: business partners, installation pages (keyset cursor, search, status)
// and authorization against a second user and service keys. Checks of uploaded numbers are in
// customers-checks.test.ts.
import { formatCnpj, formatCpf, isValidCnpj } from '@delega/shared/documents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/modules/accounts/user.entity.ts';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import { createCustomersWorld, ownNumbers } from './customers-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let titular: User;
let titularToken: string;
let strangerToken: string;
let emptyToken: string;
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
    emptyToken,
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

const PAGE = `query ($bp: ID, $search: String, $status: InstallationStatus, $first: Int, $after: String) {
  installations(businessPartnerId: $bp, search: $search, status: $status, first: $first, after: $after) {
    totalCount
    edges { cursor node { id number street streetNumber complement district city state postalCode status customerClass voltageGroup businessPartner { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface PageData {
  installations: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: { number: string; status: string; city: string; businessPartner: { id: string } };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function page(token: string, variables: Record<string, unknown>) {
  return api.gql<PageData>(PAGE, variables, { token });
}

describe('businessPartners', () => {
  it("lists the viewer's own partner first, then the companies they represent, with counts", async () => {
    const r = await api.gql<{ businessPartners: Array<Record<string, unknown>> }>(
      PARTNERS,
      {},
      { token: titularToken },
    );
    expect(r.errors).toBeUndefined();
    const list = r.data!.businessPartners;
    expect(list.map((p) => p.id)).toEqual([own.id, alnum.id, company.id]);
    expect(list[0]).toMatchObject({
      document: formatCpf(titular.cpf),
      documentKind: 'CPF',
      installationCount: 4,
      activeInstallationCount: 3,
    });
    expect(list[1]).toMatchObject({
      document: '12.ABC.345/01DE-35',
      documentKind: 'CNPJ',
      installationCount: 6,
    });
    expect(list[2]).toMatchObject({
      document: formatCnpj(company.document),
      documentKind: 'CNPJ',
      installationCount: 2500,
      activeInstallationCount: 2400,
    });
    expect(isValidCnpj(company.document)).toBe(true);
  });

  it('accepts the LOW_VOLTAGE profile explicitly', async () => {
    const r = await api.gql<{ businessPartners: unknown[] }>(
      PARTNERS,
      { profile: 'LOW_VOLTAGE' },
      { token: titularToken },
    );
    expect(r.data!.businessPartners).toHaveLength(3);
  });

  it('shows a second user only their own partner, and an account without partners nothing', async () => {
    const s = await api.gql<{ businessPartners: Array<{ id: string }> }>(
      PARTNERS,
      {},
      { token: strangerToken },
    );
    expect(s.data!.businessPartners.map((p) => p.id)).toEqual([strangerPartner.id]);
    const e = await api.gql<{ businessPartners: unknown[] }>(PARTNERS, {}, { token: emptyToken });
    expect(e.data!.businessPartners).toEqual([]);
  });

  it('requires a session', async () => {
    const r = await api.gql(PARTNERS);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('installations', () => {
  it('walks every page of 2,500 installations exactly once, in number order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r = await page(titularToken, { bp: company.id, first: 200, after });
      expect(r.errors).toBeUndefined();
      const conn = r.data!.installations;
      expect(conn.totalCount).toBe(2500);
      seen.push(...conn.edges.map((e) => e.node.number));
      pages++;
      if (!conn.pageInfo.hasNextPage) {
        expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
        break;
      }
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBe(13);
    expect(seen).toEqual(companyNumbers);
    expect(new Set(seen).size).toBe(2500);
  });

  it('defaults to 50 per page and caps `first` at 200', async () => {
    const d = await page(titularToken, { bp: company.id });
    expect(d.data!.installations.edges).toHaveLength(50);
    const zero = await page(titularToken, { bp: company.id, first: 0 });
    expect(zero.data!.installations).toMatchObject({
      totalCount: 2500,
      edges: [],
      pageInfo: { hasNextPage: true },
    });
    const big = await page(titularToken, { bp: company.id, first: 5000 });
    expect(big.data!.installations.edges).toHaveLength(200);
    expect(big.data!.installations.pageInfo.hasNextPage).toBe(true);
  });

  it("without businessPartnerId lists all of the viewer's partners' installations", async () => {
    const r = await page(titularToken, { first: 10 });
    const conn = r.data!.installations;
    expect(conn.totalCount).toBe(4 + 2500 + 6);
    expect(conn.edges.map((e) => e.node.number)).toEqual(ownNumbers.concat(companyNumbers.slice(0, 6)));
    expect(conn.edges[0]!.node.businessPartner.id).toBe(own.id);
    expect(conn.edges[5]!.node.businessPartner.id).toBe(company.id);
  });

  it('filters by status', async () => {
    const r = await page(titularToken, { bp: company.id, status: 'INACTIVE', first: 200 });
    const conn = r.data!.installations;
    expect(conn.totalCount).toBe(100);
    expect(conn.edges).toHaveLength(100);
    expect(conn.edges.every((e) => e.node.status === 'INACTIVE')).toBe(true);
    expect(conn.pageInfo.hasNextPage).toBe(false);
    const active = await page(titularToken, { bp: own.id, status: 'ACTIVE' });
    expect(active.data!.installations.edges.map((e) => e.node.number)).toEqual(ownNumbers.slice(0, 3));
  });

  it('searches addresses ignoring accents and case', async () => {
    for (const search of ['conceicao', 'CONCEIÇÃO', '  rua   conceição ', 'Rua Conceição, 100', 'cambui']) {
      const r = await page(titularToken, { bp: own.id, search });
      expect(r.errors).toBeUndefined();
      expect(
        r.data!.installations.edges.map((e) => e.node.number),
        search,
      ).toEqual([ownNumbers[0]]);
      expect(r.data!.installations.totalCount).toBe(1);
    }
    const city = await page(titularToken, { bp: own.id, search: 'sao jose do rio' });
    expect(city.data!.installations.edges.map((e) => e.node.city)).toEqual(['São José do Rio Preto']);
    for (const search of ['100%', '%', 'x_y', 'rua x']) {
      const none = await page(titularToken, { bp: own.id, search });
      expect(none.data!.installations.totalCount, search).toBe(search === '%' ? 4 : 0);
    }
  });

  it('searches by number prefix, and pages through search results', async () => {
    const prefix = companyNumbers[0]!.slice(0, 8);
    const expected = companyNumbers.filter((n) => n.startsWith(prefix));
    const r = await page(titularToken, { bp: company.id, search: prefix, first: 200 });
    expect(r.data!.installations.edges.map((e) => e.node.number)).toEqual(expected.slice(0, 200));
    expect(r.data!.installations.totalCount).toBe(expected.length);
    const exact = await page(titularToken, { search: ownNumbers[2] });
    expect(exact.data!.installations.edges.map((e) => e.node.number)).toEqual([ownNumbers[2]]);

    // Address search across pages: every match exactly once.
    const all = await page(titularToken, { bp: company.id, search: 'centro', first: 200 });
    const total = all.data!.installations.totalCount;
    expect(total).toBeGreaterThan(0);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const p: Awaited<ReturnType<typeof page>> = await page(titularToken, {
        bp: company.id,
        search: 'centro',
        first: 37,
        after,
      });
      seen.push(...p.data!.installations.edges.map((e) => e.node.number));
      after = p.data!.installations.pageInfo.hasNextPage ? p.data!.installations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('rejects a bad cursor, a negative page size and an over-long search', async () => {
    const cursor = await page(titularToken, { bp: company.id, after: 'bm90LWEtbnVtYmVy' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { after: expect.any(String) as unknown },
    });
    const neg = await page(titularToken, { bp: company.id, first: -1 });
    expect(neg.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const long = await page(titularToken, { search: 'x'.repeat(101) });
    expect(long.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('refuses garbage and forged cursors with VALIDATION_FAILED on `after`, never an internal error', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    for (const after of [
      'garbage',
      b64('{"createdAt":"99999-99-99","id":"x"}'),
      b64('1234567890123'),
      b64(`${companyNumbers[0]}|${companyNumbers[1]}`),
      'x'.repeat(500),
    ]) {
      for (const bp of [company.id, null]) {
        const r = await page(titularToken, { bp, after });
        expect(r.errors?.[0]?.extensions, after).toMatchObject({
          code: 'VALIDATION_FAILED',
          fields: { after: expect.stringMatching(/[Cc]ursor/) as unknown },
        });
      }
    }
  });

  it("answers NOT_FOUND for another user's partner, and lists only the viewer's installations", async () => {
    const r = await page(strangerToken, { bp: company.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(r.data).toBeNull();
    const bad = await page(strangerToken, { bp: 'not-a-uuid' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mine = await page(strangerToken, { first: 200 });
    expect(mine.data!.installations.totalCount).toBe(3);
    expect(mine.data!.installations.edges.map((e) => e.node.number).sort()).toEqual(
      [...strangerNumbers].sort(),
    );
    const searchOthers = await page(strangerToken, { search: companyNumbers[0] });
    expect(searchOthers.data!.installations.totalCount).toBe(0);
    const empty = await page(emptyToken, {});
    expect(empty.data!.installations).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    const anon = await page('', {});
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('service API keys', () => {
  it("cannot read customers' partners, installations or checks (FORBIDDEN)", async () => {
    const { key } = await api.app.services.apiKeys.create(api.orm.em.fork(), 'outra equipe', [
      'installation-access:read',
    ]);
    const headers = { 'x-api-key': key };
    for (const [query, variables] of [
      [PARTNERS, {}],
      [PAGE, { bp: company.id }],
      [
        `query ($bp: ID!) { checkInstallations(businessPartnerId: $bp, numbers: ["1"]) { result } }`,
        { bp: company.id },
      ],
    ] as const) {
      const r = await api.gql(query, variables, { headers });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
  });
});
