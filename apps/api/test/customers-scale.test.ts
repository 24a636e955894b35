// A partner with 50,000 installations (plus 30,000 of 300 other partners): every page query the
// service sends — first page, deep page, address search, number prefix, status — is answered from an
// index (no sequential scan of `installation`). Timings live in bench/installations.bench.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BusinessPartner } from '../src/modules/customers/business-partner.entity.ts';
import { encodeCursor, type InstallationPageRequest } from '../src/modules/customers/customers.service.ts';
import { InstallationStatus } from '../src/modules/customers/installation.entity.ts';
import { seedScaleCustomerBase } from '../src/seeds/bulk.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let userId: string;
let big: BusinessPartner;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  const em = api.orm.em.fork();
  const f = createFactories(em, 7);
  const scale = await seedScaleCustomerBase(em, f, { ownInstallations: 3 });
  userId = scale.user.id;
  big = scale.big;
}, 120_000);

afterAll(() => api.close());

/** Runs the service's page query and returns the plans of every statement it sent. */
async function plansOf(em: EntityManager, req: InstallationPageRequest, withCount = true): Promise<string[]> {
  const statements: string[] = [];
  const platform = em.getPlatform();
  api.orm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
    statements.push(platform.formatQuery(sql, [...params]));
    return sql;
  });
  try {
    const page = await api.app.services.customers.listInstallations(em, userId, req);
    if (withCount) await api.app.services.customers.countInstallations(em, page.scope);
  } finally {
    api.orm.config.set('onQuery', (sql: string) => sql);
  }
  const plans: string[] = [];
  for (const sql of statements.filter((s) => /from installation i/.test(s))) {
    const rows = await em.execute<{ 'QUERY PLAN': string }[]>(
      `explain ${process.env.PRINT_PLANS ? '(analyze, buffers) ' : ''}${sql}`,
    );
    plans.push(`${sql}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    if (process.env.PRINT_PLANS) console.log(plans.at(-1));
  }
  return plans;
}

describe('installation pages on a partner with 50,000 installations', () => {
  const nth = (i: number) => String(5_000_000_001 + 2 * i);
  const deepCursor = encodeCursor(nth(40_000));
  const cases: Array<[string, () => InstallationPageRequest]> = [
    ['first page', () => ({ businessPartnerId: big.id, first: 50 })],
    ['deep page', () => ({ businessPartnerId: big.id, first: 50, after: deepCursor })],
    ['last page', () => ({ businessPartnerId: big.id, first: 200, after: encodeCursor(nth(49_900)) })],
    ['address search', () => ({ businessPartnerId: big.id, search: 'conceicao', first: 50 })],
    [
      'address search, deep',
      () => ({ businessPartnerId: big.id, search: 'conceição', first: 50, after: deepCursor }),
    ],
    ['rare address search', () => ({ businessPartnerId: big.id, search: 'pinhalzinho', first: 50 })],
    ['number prefix', () => ({ businessPartnerId: big.id, search: '500002', first: 50 })],
    ['status filter', () => ({ businessPartnerId: big.id, status: InstallationStatus.INACTIVE, first: 50 })],
    [
      'status filter, deep',
      () => ({ businessPartnerId: big.id, status: InstallationStatus.ACTIVE, first: 50, after: deepCursor }),
    ],
    ['all partners', () => ({ first: 50 })],
    ['all partners, deep', () => ({ first: 50, after: deepCursor })],
  ];

  it.each(cases)('%s: uses an index, never a sequential scan of installation', async (_name, req) => {
    const em = api.orm.em.fork();
    const plans = await plansOf(em, req(), false);
    expect(plans).toHaveLength(1);
    for (const plan of plans) {
      expect(plan, plan).not.toMatch(/Seq Scan on installation/);
      expect(plan, plan).toMatch(/Index|Bitmap/);
    }
  });

  it('counts (totalCount) from an index too', async () => {
    const em = api.orm.em.fork();
    for (const [, req] of cases) {
      const plans = await plansOf(em, req());
      for (const plan of plans) expect(plan, plan).not.toMatch(/Seq Scan on installation/);
    }
  });

  it('returns correct pages at depth', async () => {
    const em = api.orm.em.fork();
    const page = await api.app.services.customers.listInstallations(em, userId, {
      businessPartnerId: big.id,
      first: 3,
      after: deepCursor,
    });
    expect(page.nodes.map((n) => n.number)).toEqual([nth(40_001), nth(40_002), nth(40_003)]);
    expect(page.hasNextPage).toBe(true);
    expect(await api.app.services.customers.countInstallations(em, page.scope)).toBe(50_000);
  });
});
