// How bills read in Portuguese, the same on the portal, in e-mails and in the PDF; and the bill's
// status, which is never stored: "vencida" depends on today's date in Brazil.

export type BillStatus = 'PAID' | 'OPEN' | 'OVERDUE';

export const BILL_STATUS_LABELS: Record<BillStatus, string> = {
  PAID: 'Paga',
  OPEN: 'Em aberto',
  OVERDUE: 'Vencida',
};

export const BRAZIL_TIME_ZONE = 'America/Sao_Paulo';

/**
 * Paid whenever a payment is recorded (even after the due date); otherwise overdue from the day after
 * the due date, Brazil time. `today` and `dueDate` are `YYYY-MM-DD` (they compare as strings).
 * The database derives the same from its own clock (see the API's bill-status SQL).
 */
export function billStatus(bill: { dueDate: string; paidAt?: unknown }, today: string): BillStatus {
  if (bill.paidAt != null) return 'PAID';
  return bill.dueDate < today ? 'OVERDUE' : 'OPEN';
}

let dayFormat: Intl.DateTimeFormat | undefined;

/** Today's date in Brazil (America/Sao_Paulo) as `YYYY-MM-DD`. */
export function todayInBrazil(now: Date = new Date()): string {
  dayFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: BRAZIL_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return dayFormat.format(now);
}

let brl: Intl.NumberFormat | undefined;

/** 123456 → `R$ 1.234,56` (pt-BR; the space after R$ is a no-break space, as Intl writes it). */
export function formatCentavos(centavos: number): string {
  if (!Number.isSafeInteger(centavos)) throw new RangeError('centavos must be an integer');
  brl ??= new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });
  return brl.format(centavos / 100);
}

let kwh: Intl.NumberFormat | undefined;

/** 1234 → `1.234 kWh`. */
export function formatKwh(value: number): string {
  kwh ??= new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });
  return `${kwh.format(value)} kWh`;
}

/** `2026-03-15` → `15/03/2026` (a calendar date: no time zone involved). */
export function formatIsoDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

const MONTHS = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
] as const;

/** `2026-03` (or `2026-03-01`) → `03/2026`; `{ long: true }` → `março de 2026`. */
export function formatReferenceMonth(month: string, opts: { long?: boolean } = {}): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  if (!m) return month;
  const name = MONTHS[Number(m[2]) - 1];
  if (!name) return month;
  return opts.long ? `${name} de ${m[1]}` : `${m[2]}/${m[1]}`;
}

/** Short month name for charts: `2026-03` → `mar/26`. */
export function formatShortMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name.slice(0, 3)}/${m[1]!.slice(2)}` : month;
}
