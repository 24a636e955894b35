// Where a reader (or a client) stands in the live event stream, and the opaque cursor built from it.
//
// Ids are drawn from a sequence, so a transaction that drew a smaller id can commit after one that
// drew a larger id: "id > the last one seen" would skip it for good. A position is therefore the
// highest id delivered PLUS the transactions that were still in progress when it was read (from
// `pg_current_snapshot()`): their rows, whatever their ids, are still to come. Everything else with
// an id at or below `high` was visible, and so delivered, when the position was taken.

/** What has been delivered: ids ≤ `high` except rows of the `pending` transactions (xid8, as text). */
export interface StreamPosition {
  high: number;
  pending: string[];
}

/** A position a client holds, with when it was handed out (for the retention window). */
export interface CursorData extends StreamPosition {
  /** Epoch milliseconds (database clock of the read that delivered it). */
  at: number;
}

/** A PostgreSQL snapshot as `pg_current_snapshot()::text` writes it: `xmin:xmax:xip,xip,…`. */
export interface Snapshot {
  xmin: string;
  xmax: string;
  xip: string[];
}

export function parseSnapshot(text: string): Snapshot {
  const [xmin, xmax, list] = text.split(':');
  if (xmin === undefined || xmax === undefined || list === undefined) throw new Error(`bad snapshot ${text}`);
  return { xmin, xmax, xip: list === '' ? [] : list.split(',') };
}

/**
 * The statement that reads the next batch after a position, with the snapshot that makes the next
 * position safe: the pending transactions' rows at or below `high`, then up to `batch` rows above it.
 * Parameters (MikroORM `?`): any `extraColumns` placeholders, then pending (xid8[]), high, high.
 */
export function afterPositionSql(batch: number, extraColumns = ''): string {
  return `
with snap as materialized (select pg_current_snapshot() as s)
select (select s::text from snap) as snap,${extraColumns ? ` ${extraColumns},` : ''}
       e.id::text as id, e.topic, e.payload, e.created_at
from (select 1) one
left join lateral (
  (select * from live_event where xid = any(?::xid8[]) and id <= ?)
  union all
  (select * from live_event where id > ? order by id limit ${batch})
) e on true
order by e.id`;
}

const VERSION = 1;
/** Above this, a cursor is refused as malformed (a client cannot make us scan arbitrary lists). */
const MAX_PENDING = 1000;

export function encodeEventCursor(c: CursorData): string {
  return Buffer.from(JSON.stringify([VERSION, c.high, c.pending, c.at])).toString('base64url');
}

/** The cursor's position, or null when it is not one of ours. */
export function decodeEventCursor(cursor: string): CursorData | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 4 || v[0] !== VERSION) return null;
    const [, high, pending, at] = v as unknown[];
    if (!Number.isSafeInteger(high) || (high as number) < 0) return null;
    if (!Number.isSafeInteger(at)) return null;
    if (!Array.isArray(pending) || pending.length > MAX_PENDING) return null;
    if (!pending.every((x) => typeof x === 'string' && /^\d{1,20}$/.test(x))) return null;
    return { high: high as number, pending: pending as string[], at: at as number };
  } catch {
    return null;
  }
}
