// The SQL vocabulary every domain shares: array parameters, UUID checks, timestamps read from raw
// rows, keyset cursors and page sizes. Raw statements run through `em.execute`, which inlines `?`
// parameters and would expand a JS array into a comma list, so a list travels as ONE array literal
// (`?::uuid[]`, `?::text[]`): one statement whatever its length, and an empty list stays valid SQL.
import { AppError } from '../common/errors.ts';

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** The ids that can be UUIDs; anything else cannot name a row and would make PostgreSQL fail. */
export function onlyUuids(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

/** A piece of SQL and its `?` parameters, in order: composed into a statement by its caller. */
export interface SqlFragment {
  text: string;
  params: unknown[];
}

export function sqlFragment(text: string, ...params: unknown[]): SqlFragment {
  return { text, params };
}

/** A PostgreSQL array literal (`{"a","b"}`) for one `?::text[]` / `?::uuid[]` parameter. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** Raw `em.execute` rows may carry timestamps as PostgreSQL text (`2026-11-26 23:25:13.845123+00`). */
export function asDate(v: unknown): Date {
  if (v instanceof Date) return v;
  const d = new Date(
    typeof v === 'string' ? v.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00') : Number.NaN,
  );
  if (Number.isNaN(d.getTime())) throw new Error('not a timestamp');
  return d;
}

export function asDateOrNull(v: unknown): Date | null {
  return v === null || v === undefined ? null : asDate(v);
}

// ───────────────────────────── keyset cursors ─────────────────────────────

export const INVALID_CURSOR_MESSAGE = 'Cursor de paginação inválido. Recomece da primeira página.';
const MAX_CURSOR_LENGTH = 200;

const TIMESTAMP_TEXT_RE =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:[+-](\d{2})(?::?(\d{2}))?)?$/;

/**
 * A timestamp as PostgreSQL prints `timestamptz::text`, with every field in range: a cursor is
 * client input, and an impossible date would otherwise reach PostgreSQL and fail there.
 */
export function isTimestampText(s: string): boolean {
  const m = TIMESTAMP_TEXT_RE.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m
    .slice(1)
    .map<number>((p) => (p === undefined ? 0 : Number(p)));
  const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 15 &&
    offsetMinutes! <= 59
  );
}

/** An opaque keyset cursor: base64url of the key values, `|`-separated. */
export function encodeCursor(...values: string[]): string {
  return Buffer.from(values.join('|'), 'utf8').toString('base64url');
}

/**
 * The key values of a cursor, each accepted by its check (e.g. `[isTimestampText, isUuid]`), or
 * VALIDATION_FAILED on the field `after`: a malformed cursor is bad input, never a database error.
 */
export function decodeCursor<const C extends readonly ((part: string) => boolean)[]>(
  cursor: string,
  checks: C,
): { [K in keyof C]: string } {
  const parts =
    typeof cursor === 'string' && cursor.length <= MAX_CURSOR_LENGTH
      ? Buffer.from(cursor, 'base64url').toString('utf8').split('|')
      : [];
  if (parts.length !== checks.length || !checks.every((ok, i) => ok(parts[i]!))) {
    throw AppError.validation({ after: INVALID_CURSOR_MESSAGE });
  }
  return parts as { [K in keyof C]: string };
}

// ───────────────────────────── page sizes ─────────────────────────────

/**
 * `first` of a paged field: `dflt` when omitted, at most `max`; below `min` is VALIDATION_FAILED on
 * the field `first`.
 */
export function pageSize(
  first: number | null | undefined,
  { dflt, max, min }: { dflt: number; max: number; min: 0 | 1 },
): number {
  if (first === null || first === undefined) return dflt;
  if (!Number.isInteger(first) || first < min) {
    throw AppError.validation({
      first:
        min === 0
          ? 'Informe um número de itens por página maior ou igual a zero.'
          : 'Informe um número positivo.',
    });
  }
  return Math.min(first, max);
}
