// Segunda via and histórico de consumo as the API answers them: newest first with valid linhas
// digitáveis, paging without gaps, the consumption figures (average, same month a year earlier) and
// the due days offered.
import { validateDigitableLine } from '@delega/shared/billing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillFigures } from '../src/seeds/factories.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createWorld, data, errorOf, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let history: BillFigures[];

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  history = await w.f.bills(w.installations[0]!, { months: 24 });
});
afterAll(() => api.close());

const n0 = () => w.installations[0]!.number;

interface Page {
  bills: {
    totalCount: number;
    edges: {
      node: {
        referenceMonth: string;
        status: string;
        digitableLine: string;
        amountCentavos: number;
        consumptionKwh: number;
        dueDate: string;
        pdfPath: string;
        id: string;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('bills', () => {
  it('newest first, every page in order, each with a valid linha digitável', async () => {
    const seen: Page['bills']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = data(
        await api.gql<Page>(
          `query($n: String!, $after: String) { bills(installationNumber: $n, first: 5, after: $after) {
             totalCount edges { node { id referenceMonth status digitableLine amountCentavos consumptionKwh dueDate pdfPath } }
             pageInfo { hasNextPage endCursor } } }`,
          { n: n0(), after },
          { token: w.titularToken },
        ),
      );
      expect(page.bills.totalCount).toBe(24);
      seen.push(...page.bills.edges.map((e) => e.node));
      if (!page.bills.pageInfo.hasNextPage) break;
      after = page.bills.pageInfo.endCursor;
    }
    expect(seen.map((b) => b.referenceMonth)).toEqual(history.map((h) => h.referenceMonth).reverse());
    for (const b of seen) {
      expect(validateDigitableLine(b.digitableLine).ok).toBe(true);
      expect(['PAID', 'OPEN', 'OVERDUE']).toContain(b.status);
      expect(b.pdfPath).toBe(`/bills/${b.id}.pdf`);
    }
    const newest = history.at(-1)!;
    expect(seen[0]).toMatchObject({
      amountCentavos: newest.amountCentavos,
      consumptionKwh: newest.consumptionKwh,
      dueDate: newest.dueDate,
    });
  });

  it('refuses a forged cursor as VALIDATION_FAILED', async () => {
    const r = await api.gql(
      `query($n: String!) { bills(installationNumber: $n, after: "bad") { totalCount } }`,
      { n: n0() },
      { token: w.titularToken },
    );
    expect(errorOf(r).code).toBe('VALIDATION_FAILED');
  });
});

describe('consumption', () => {
  it('the last 12 months, their average and the same month a year earlier', async () => {
    const c = data(
      await api.gql<{
        consumption: {
          months: { referenceMonth: string; consumptionKwh: number }[];
          averageKwh: number;
          latest: { referenceMonth: string };
          sameMonthLastYear: { referenceMonth: string; consumptionKwh: number };
          changeFromLastYearPercent: number;
        };
      }>(
        `query($n: String!) { consumption(installationNumber: $n) { months { referenceMonth consumptionKwh } averageKwh
           latest { referenceMonth } sameMonthLastYear { referenceMonth consumptionKwh } changeFromLastYearPercent } }`,
        { n: n0() },
        { token: w.titularToken },
      ),
    ).consumption;
    const last12 = history.slice(-12);
    expect(c.months.map((m) => m.referenceMonth)).toEqual(last12.map((h) => h.referenceMonth));
    const avg = last12.reduce((a, h) => a + h.consumptionKwh, 0) / 12;
    expect(c.averageKwh).toBe(Math.round(avg * 10) / 10);
    const yearEarlier = history.at(-13)!;
    expect(c.sameMonthLastYear).toEqual({
      referenceMonth: yearEarlier.referenceMonth,
      consumptionKwh: yearEarlier.consumptionKwh,
    });
    const change = Math.round((history.at(-1)!.consumptionKwh / yearEarlier.consumptionKwh - 1) * 1000) / 10;
    expect(c.changeFromLastYearPercent).toBeCloseTo(change, 1);
  });

  it.each([0, 25])('refuses %i months', async (months) => {
    const r = await api.gql(
      `query($n: String!, $m: Int!) { consumption(installationNumber: $n, months: $m) { averageKwh } }`,
      { n: n0(), m: months },
      { token: w.titularToken },
    );
    expect(errorOf(r)).toMatchObject({
      code: 'VALIDATION_FAILED',
      extensions: { fields: { months: 'Informe de 1 a 24 meses.' } },
    });
  });
});

describe('dueDateOptions', () => {
  it('offers the distributor’s days and says the current one', async () => {
    const o = data(
      await api.gql<{ dueDateOptions: { days: number[]; currentDueDay: number } }>(
        `query($n: String!) { dueDateOptions(installationNumber: $n) { days currentDueDay } }`,
        { n: n0() },
        { token: w.titularToken },
      ),
    ).dueDateOptions;
    expect(o.days).toEqual([5, 10, 15, 20, 25]);
    expect(o.currentDueDay).toBe(Number(history.at(-1)!.dueDate.slice(8, 10)));
  });
});
