// Reads of bills and consumption, for an installation the caller was already authorized on
// (installation-authority.query.ts). Newest-first keyset paging on the unique (installation,
// reference month) index; a bill's status comes from the database clock (bill-status.sql.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { asDateOrNull, decodeCursor, encodeCursor, isUuid, pageSize } from '../../db/sql.ts';
import { CustomerClass } from '../customers/installation.entity.ts';
import { monthStart } from './bill-calendar.ts';
import type { BillDocumentData } from './bill-document.ts';
import { billStatusSql } from './bill-status.sql.ts';

export interface BillRow {
  id: string;
  installation_id: string;
  installation_number: string;
  reference_month: string;
  reading_start: string;
  reading_end: string;
  consumption_kwh: number;
  amount_centavos: number;
  due_date: string;
  status: 'PAID' | 'OPEN' | 'OVERDUE';
  paid_at: Date | null;
  barcode: string;
}

const BILL_COLUMNS = `b.id, b.installation_id, i.number as installation_number,
  b.reference_month::text as reference_month, b.reading_start::text as reading_start,
  b.reading_end::text as reading_end, b.consumption_kwh, b.amount_centavos, b.due_date::text as due_date,
  ${billStatusSql('b')} as status, b.paid_at, b.barcode`;

const isMonth = (s: string) => /^\d{4}-\d{2}-01$/.test(s);

function mapBill(r: BillRow): BillRow {
  return { ...r, paid_at: asDateOrNull(r.paid_at) };
}

export const billCursor = (b: BillRow): string => encodeCursor(b.reference_month);

/** One page of the installation's bills, newest first. */
export async function billPage(
  em: EntityManager,
  installationId: string,
  args: { first?: number | null; after?: string | null },
): Promise<{ rows: BillRow[]; hasNextPage: boolean; totalCount: number }> {
  const limit = pageSize(args.first, { dflt: 12, max: 24, min: 1 });
  const after = args.after ? decodeCursor(args.after, [isMonth])[0] : null;
  const rows = await em.execute<BillRow[]>(
    `select ${BILL_COLUMNS} from bill b join installation i on i.id = b.installation_id
      where b.installation_id = ? ${after ? 'and b.reference_month < ?::date' : ''}
      order by b.reference_month desc limit ?`,
    after ? [installationId, after, limit + 1] : [installationId, limit + 1],
  );
  const count = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from bill where installation_id = ?`,
    [installationId],
  );
  return {
    rows: rows.slice(0, limit).map(mapBill),
    hasNextPage: rows.length > limit,
    totalCount: count[0]?.n ?? 0,
  };
}

/** What the bill PDF needs: the bill, its installation's address and partner, 12 months of history. */
export interface BillForDocument {
  bill: BillRow;
  installation: BillDocumentData['installation'];
  partnerName: string;
  /** "Código do cliente", printed on the bill (it proves titularity: see customers/titularity). */
  customerCode: string | null;
  history: Array<{ referenceMonth: string; consumptionKwh: number }>;
}

/** The bill (any installation: the caller authorizes on `installation.number`), or null. */
export async function billById(em: EntityManager, billId: string): Promise<BillForDocument | null> {
  if (!isUuid(billId)) return null;
  const rows = await em.execute<
    (BillRow & {
      street: string;
      street_number: string;
      complement: string | null;
      district: string;
      city: string;
      state: string;
      postal_code: string;
      customer_class: CustomerClass;
      partner_name: string;
      customer_code: string | null;
    })[]
  >(
    `select ${BILL_COLUMNS}, i.street, i.street_number, i.complement, i.district, i.city, i.state,
            i.postal_code, i.customer_class, bp.name as partner_name, bp.customer_code
       from bill b join installation i on i.id = b.installation_id
       join business_partner bp on bp.id = i.business_partner_id
      where b.id = ?`,
    [billId],
  );
  const r = rows[0];
  if (!r) return null;
  const history = await em.execute<{ reference_month: string; consumption_kwh: number }[]>(
    `select reference_month::text as reference_month, consumption_kwh from bill
      where installation_id = ? and reference_month <= ?::date and reference_month > ?::date
      order by reference_month`,
    [r.installation_id, r.reference_month, monthStart(r.reference_month, -12)],
  );
  return {
    bill: mapBill(r),
    installation: {
      number: r.installation_number,
      street: r.street,
      streetNumber: r.street_number,
      complement: r.complement,
      district: r.district,
      city: r.city,
      state: r.state,
      postalCode: r.postal_code,
      customerClass: r.customer_class,
    },
    partnerName: r.partner_name,
    customerCode: r.customer_code,
    history: history.map((h) => ({ referenceMonth: h.reference_month, consumptionKwh: h.consumption_kwh })),
  };
}

/** The installation number of a bill (to authorize before anything else is read), or null. */
export async function billInstallationNumber(em: EntityManager, billId: string): Promise<string | null> {
  if (!isUuid(billId)) return null;
  const rows = await em.execute<{ number: string }[]>(
    `select i.number from bill b join installation i on i.id = b.installation_id where b.id = ?`,
    [billId],
  );
  return rows[0]?.number ?? null;
}

export interface ConsumptionMonthRow {
  reference_month: string;
  consumption_kwh: number;
  amount_centavos: number;
  reading_start: string;
  reading_end: string;
}

export interface ConsumptionFigures {
  /** Oldest first. */
  months: ConsumptionMonthRow[];
  averageKwh: number | null;
  averageAmountCentavos: number | null;
  sameMonthLastYear: ConsumptionMonthRow | null;
  changeFromLastYearPercent: number | null;
}

export const MAX_CONSUMPTION_MONTHS = 24;

/** The last `months` billed months (oldest first), their averages, and the year-earlier comparison. */
export async function consumption(
  em: EntityManager,
  installationId: string,
  months: number,
): Promise<ConsumptionFigures> {
  const rows = await em.execute<ConsumptionMonthRow[]>(
    `select * from (
       select reference_month::text as reference_month, consumption_kwh, amount_centavos,
              reading_start::text as reading_start, reading_end::text as reading_end
         from bill where installation_id = ? order by reference_month desc limit ?) m
      order by reference_month`,
    [installationId, months],
  );
  const latest = rows.at(-1);
  let sameMonthLastYear: ConsumptionMonthRow | null = null;
  if (latest) {
    const earlier = monthStart(latest.reference_month, -12);
    sameMonthLastYear =
      rows.find((r) => r.reference_month === earlier) ??
      (
        await em.execute<ConsumptionMonthRow[]>(
          `select reference_month::text as reference_month, consumption_kwh, amount_centavos,
                  reading_start::text as reading_start, reading_end::text as reading_end
             from bill where installation_id = ? and reference_month = ?::date`,
          [installationId, earlier],
        )
      )[0] ??
      null;
  }
  const n = rows.length;
  const sum = (k: 'consumption_kwh' | 'amount_centavos') => rows.reduce((a, r) => a + r[k], 0);
  const change =
    latest && sameMonthLastYear && sameMonthLastYear.consumption_kwh > 0
      ? Math.round((latest.consumption_kwh / sameMonthLastYear.consumption_kwh - 1) * 100 * 10) / 10
      : null;
  return {
    months: rows,
    averageKwh: n ? Math.round((sum('consumption_kwh') / n) * 10) / 10 : null,
    averageAmountCentavos: n ? Math.round(sum('amount_centavos') / n) : null,
    sameMonthLastYear,
    changeFromLastYearPercent: change,
  };
}

/** Day of the month the installation's latest bill was due on, or null without bills. */
export async function currentDueDay(em: EntityManager, installationId: string): Promise<number | null> {
  const rows = await em.execute<{ day: number }[]>(
    `select extract(day from due_date)::int as day from bill where installation_id = ?
      order by reference_month desc limit 1`,
    [installationId],
  );
  return rows[0]?.day ?? null;
}
