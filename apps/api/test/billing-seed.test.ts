// Bills and readings of the demo seed on a real PostgreSQL: every installation gets 24 months, the
// figures are the factories' own (deterministic per installation), realistic, their barcodes valid,
// and the status is derived by the database clock; the newest-first keyset query uses its index.
import {
  billStatus,
  parseBillFreeField,
  validateUtilityBarcode,
  type BillStatus,
} from '@delega/shared/billing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm } from '../src/db/database.ts';
import { addDays } from '../src/modules/billing/bill-calendar.ts';
import { Bill } from '../src/modules/billing/bill.entity.ts';
import { billStatusSql, TODAY_IN_BRAZIL_SQL } from '../src/modules/billing/bill-status.sql.ts';
import { MeterReading } from '../src/modules/billing/meter-reading.entity.ts';
import { CLASS_TARIFFS, energyRate } from '../src/modules/billing/tariff.ts';
import { CustomerClass, Installation } from '../src/modules/customers/installation.entity.ts';
import { billHistory, createFactories } from '../src/seeds/factories.ts';
import { seedIfEmpty } from '../src/seeds/seed.ts';
import { createTestDatabase } from './test-db.ts';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
let today: string;

interface BillRow {
  number: string;
  customer_class: CustomerClass;
  reference_month: string;
  reading_start: string;
  reading_end: string;
  consumption_kwh: number;
  amount_centavos: number;
  due_date: string;
  paid_at: Date | string | null;
  barcode: string;
  status: BillStatus;
  rank: number;
}
let bills: BillRow[];

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await initOrm(db.url);
  const em = orm.em.fork();
  const clock = await em.execute<{ today: string }[]>(`select ${TODAY_IN_BRAZIL_SQL}::text as today`);
  today = clock[0]!.today;
  expect(await seedIfEmpty(orm.em.fork(), { today })).toBe(true);
  bills = await em.execute<BillRow[]>(
    `select i.number, i.customer_class, b.reference_month::text, b.reading_start::text, b.reading_end::text,
            b.consumption_kwh, b.amount_centavos, b.due_date::text, b.paid_at, b.barcode,
            ${billStatusSql('b')} as status,
            row_number() over (partition by b.installation_id order by b.reference_month desc)::int as rank
       from bill b join installation i on i.id = b.installation_id
      order by i.number, b.reference_month`,
  );
});

afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

describe('seeded bills and readings', () => {
  it('every installation has 24 monthly bills and the 24 readings behind them', async () => {
    const em = orm.em.fork();
    const installations = await em.count(Installation, {});
    expect(installations).toBe(2514);
    expect(bills).toHaveLength(installations * 24);
    expect(await em.count(MeterReading, {})).toBe(installations * 24);
    const perInstallation = new Map<string, number>();
    for (const b of bills) perInstallation.set(b.number, (perInstallation.get(b.number) ?? 0) + 1);
    expect(new Set(perInstallation.values())).toEqual(new Set([24]));
  });

  it('are the factories’ own figures, deterministic per installation', () => {
    const rows = bills.filter((b) => b.number === '3000000001');
    const expected = billHistory(
      { number: '3000000001', customerClass: CustomerClass.RESIDENTIAL },
      { today },
    );
    expect(
      rows.map(({ reference_month, consumption_kwh, amount_centavos, due_date, barcode }) => ({
        referenceMonth: reference_month,
        consumptionKwh: consumption_kwh,
        amountCentavos: amount_centavos,
        dueDate: due_date,
        barcode: barcode,
      })),
    ).toEqual(
      expected.map(({ referenceMonth, consumptionKwh, amountCentavos, dueDate, barcode }) => ({
        referenceMonth,
        consumptionKwh,
        amountCentavos,
        dueDate,
        barcode,
      })),
    );
    // A month has the same consumption whichever day the history ends on.
    const later = billHistory(
      { number: '3000000001', customerClass: CustomerClass.RESIDENTIAL },
      { today: addDays(today, 62) },
    );
    const march = (h: typeof later) => h.find((b) => b.referenceMonth === expected[5]!.referenceMonth)!;
    expect(march(later).consumptionKwh).toBe(march(expected).consumptionKwh);
  });

  it('have realistic low-voltage figures', () => {
    const residential = bills.filter((b) => b.customer_class === CustomerClass.RESIDENTIAL);
    const commercial = bills.filter((b) => b.customer_class === CustomerClass.COMMERCIAL);
    const avg = (rows: BillRow[]) => rows.reduce((s, b) => s + b.consumption_kwh, 0) / rows.length;
    for (const b of residential) {
      expect(b.consumption_kwh).toBeGreaterThanOrEqual(80);
      expect(b.consumption_kwh).toBeLessThanOrEqual(600);
    }
    expect(avg(commercial)).toBeGreaterThan(3 * avg(residential));
    for (const b of bills) {
      const t = CLASS_TARIFFS[b.customer_class];
      // R$ per billed kWh, rounded to tenths of a centavo (the amount itself is rounded to centavos).
      const perKwh =
        Math.round(
          ((b.amount_centavos - t.publicLightingCentavos) * 10) / Math.max(b.consumption_kwh, t.minimumKwh),
        ) / 1000;
      expect(perKwh).toBeGreaterThanOrEqual(0.8);
      expect(perKwh).toBeLessThanOrEqual(1);
      expect(perKwh).toBeCloseTo(energyRate(b.customer_class, b.reference_month), 2);
    }
    // Seasonality: a residential January uses more than the same installation's June.
    const byMonth = (m: string) => avg(residential.filter((b) => b.reference_month.slice(5, 7) === m));
    expect(byMonth('01')).toBeGreaterThan(byMonth('06'));
  });

  it('carry valid FEBRABAN barcodes (segment 3) naming their amount, installation, month and due date', () => {
    for (const b of bills) {
      const r = validateUtilityBarcode(b.barcode, { segment: 3 });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.amountCentavos).toBe(b.amount_centavos);
      expect(parseBillFreeField(r.value.freeField)).toEqual({
        dueDate: b.due_date,
        installationNumber: b.number.padStart(12, '0'),
        referenceMonth: b.reference_month.slice(0, 7),
        issue: 0,
      });
    }
    expect(new Set(bills.map((b) => b.barcode)).size).toBe(bills.length);
  });

  it('newest unpaid and open, some vencidas, most paid: status derived by the database clock', () => {
    const count = (s: BillStatus) => bills.filter((b) => b.status === s).length;
    for (const b of bills.filter((x) => x.rank === 1)) {
      expect(b.paid_at).toBeNull();
      expect(b.status).toBe('OPEN');
    }
    expect(count('OVERDUE')).toBeGreaterThan(100);
    expect(count('PAID') / bills.length).toBeGreaterThan(0.9);
    const secondUnpaid = bills.filter((b) => b.rank === 2 && b.paid_at === null).length / 2514;
    expect(secondUnpaid).toBeGreaterThan(0.25);
    expect(secondUnpaid).toBeLessThan(0.45);
    for (const b of bills) {
      expect(b.status).toBe(billStatus({ dueDate: b.due_date, paidAt: b.paid_at }, today));
      if (b.paid_at) expect(new Date(b.paid_at).getTime()).toBeLessThan(Date.now());
    }
  });

  it('readings match their bills: period, register and consumption', async () => {
    const rows = await orm.em.fork().execute<
      Array<{
        reading_date: string;
        reading_end: string;
        reading_start: string;
        prev: string | null;
        delta: number | null;
        consumption_kwh: number;
      }>
    >(
      `select r.reading_date::text, b.reading_end::text, b.reading_start::text,
              (lag(r.reading_date) over w)::text as prev, r.meter_value - lag(r.meter_value) over w as delta,
              r.consumption_kwh
         from meter_reading r
         join bill b on b.installation_id = r.installation_id and b.reference_month = r.reference_month
       window w as (partition by r.installation_id order by r.reference_month)`,
    );
    expect(rows).toHaveLength(bills.length);
    for (const r of rows) {
      expect(r.reading_date).toBe(r.reading_end);
      if (r.prev !== null) {
        expect(r.reading_start).toBe(r.prev);
        expect(r.delta).toBe(r.consumption_kwh);
      }
    }
  });
});

describe('bill entity and queries', () => {
  it('loads with the derived status and calendar dates as strings', async () => {
    const em = orm.em.fork();
    const list = await em.find(
      Bill,
      { installation: { number: '3000000001' } },
      { orderBy: { referenceMonth: 'desc' }, limit: 3 },
    );
    expect(list).toHaveLength(3);
    expect(list[0]!.referenceMonth).toMatch(/^\d{4}-\d{2}-01$/);
    expect(list[0]!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const b of list) expect(b.status).toBe(billStatus(b, today));
    expect(list[0]!.status).toBe('OPEN');
  });

  it('pages an installation’s bills newest first by keyset, on the (installation, month) index', async () => {
    const em = orm.em.fork();
    const installation = await em.findOneOrFail(Installation, { number: '3100000007' });
    const page = (after: string | null) =>
      em.execute<Array<{ reference_month: string }>>(
        `select reference_month::text from bill
          where installation_id = ? and (?::date is null or reference_month < ?::date)
          order by reference_month desc limit 10`,
        [installation.id, after, after],
      );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const rows = await page(after);
      seen.push(...rows.map((r) => r.reference_month));
      if (rows.length < 10) break;
      after = rows.at(-1)!.reference_month;
    }
    const all = bills.filter((b) => b.number === '3100000007').map((b) => b.reference_month);
    expect(seen).toEqual([...all].reverse());

    const plan = await em.execute<Array<{ 'QUERY PLAN': string }>>(
      `explain select * from bill where installation_id = ? and reference_month < ? order by reference_month desc limit 10`,
      [installation.id, '2100-01-01'],
    );
    expect(plan.map((p) => p['QUERY PLAN']).join('\n')).toMatch(
      /Index Scan Backward using bill_installation_id_reference_month_unique/,
    );
  });

  it('the bills factory gives a new installation the same 24 months', async () => {
    const em = orm.em.fork();
    const f = createFactories(em, 7);
    const partner = await f.businessPartner();
    const [installation] = await f.installations(partner, 1);
    const made = await f.bills(installation!, { today });
    const stored = await em.find(
      Bill,
      { installation: installation! },
      { orderBy: { referenceMonth: 'asc' } },
    );
    expect(stored.map((b) => [b.referenceMonth, b.amountCentavos, b.barcode])).toEqual(
      made.map((b) => [b.referenceMonth, b.amountCentavos, b.barcode]),
    );
    expect(made).toEqual(billHistory(installation!, { today }));
  });
});
