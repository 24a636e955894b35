// A bill's status is derived, never stored: "vencida" depends on today's date, and the database's
// clock (Brazil time) is the one every API process agrees on. Same rule as `billStatus` in
// @delega/shared/billing, which the portal and the PDF use for a bill already loaded.
import { BRAZIL_TIME_ZONE } from '@delega/shared/billing';

/** Today's date in Brazil by the database clock (the transaction's start time). */
export const TODAY_IN_BRAZIL_SQL = `(now() at time zone '${BRAZIL_TIME_ZONE}')::date`;

/** `'PAID' | 'OPEN' | 'OVERDUE'` for the bill row aliased `alias` (columns `paid_at`, `due_date`). */
export function billStatusSql(alias: string): string {
  return `case when ${alias}.paid_at is not null then 'PAID' when ${alias}.due_date < ${TODAY_IN_BRAZIL_SQL} then 'OVERDUE' else 'OPEN' end`;
}
