// Calendar dates of the billing cycle as `YYYY-MM-DD` strings. Pure integer arithmetic on the
// proleptic Gregorian calendar (no Date, no time zone, no daylight saving): the seed calls these about
// a million times for 60,000 bills.

/** The due days of the month the distributor offers (Alteração da data de vencimento). */
export const DUE_DAYS = [5, 10, 15, 20, 25] as const;
export type DueDay = (typeof DUE_DAYS)[number];

/** Days between reading and due date at least (time to deliver the bill). */
export const MIN_DAYS_TO_DUE = 7;

interface Civil {
  y: number;
  m: number;
  d: number;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function parse(iso: string): Civil {
  if (!ISO_DATE.test(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  const n = (from: number, to: number) => {
    let v = 0;
    for (let i = from; i < to; i++) v = v * 10 + iso.charCodeAt(i) - 48;
    return v;
  };
  return { y: n(0, 4), m: n(5, 7), d: n(8, 10) };
}

function format({ y, m, d }: Civil): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function toDays({ y, m, d }: Civil): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of toDays (civil_from_days). */
function fromDays(z: number): Civil {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Milliseconds since the epoch at 00:00 UTC of the date. */
export function toUtc(iso: string): number {
  return toDays(parse(iso)) * 86_400_000;
}

export function addDays(iso: string, days: number): string {
  return format(fromDays(toDays(parse(iso)) + days));
}

export function daysBetween(from: string, to: string): number {
  return toDays(parse(to)) - toDays(parse(from));
}

/** `YYYY-MM-01` of the month `months` away from the month of `iso` (negative: earlier). */
export function monthStart(iso: string, months = 0): string {
  const { y, m } = parse(iso);
  const index = y * 12 + (m - 1) + months;
  return format({ y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1, d: 1 });
}

/** Day `day` of the month of `monthIso`, or the month's last day when it is shorter. */
export function dayOfMonth(monthIso: string, day: number): string {
  const { y, m } = parse(monthIso);
  return format({ y, m, d: Math.min(day, daysInMonth(y, m)) });
}

/** The first `dueDay` of a month that leaves at least MIN_DAYS_TO_DUE days after the reading. */
export function dueDateFor(readingDate: string, dueDay: number): string {
  const reading = parse(readingDate);
  const earliest = toDays(reading) + MIN_DAYS_TO_DUE;
  let { y, m } = reading;
  for (;;) {
    const candidate = { y, m, d: Math.min(dueDay, daysInMonth(y, m)) };
    if (toDays(candidate) >= earliest) return format(candidate);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}
