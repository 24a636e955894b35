// Resume: what a user missed after their cursor, up to where this process's reader stands (the live
// feed takes over from there). Beyond the retention window the events may be gone: the answer is a
// single RESYNC ("re-read everything").
import type pg from 'pg';
import { encodeEventCursor, type CursorData, type StreamPosition } from './event-position.ts';
import { sharedReads } from './event-reader.ts';
import type { Delivery } from './live-subscription.ts';

/** A cursor may resume within this window; events are pruned an hour after it. */
export const RETENTION_MS = 24 * 3600_000;

export type ReplayRequest = CursorData;

interface ReplayRow {
  now: string;
  id: string | null;
  xid: string | null;
  topic: string | null;
  user_ids: string[] | null;
  payload: unknown;
  created_at: Date | null;
}

// Unseen by the cursor (above its high, or of its pending transactions) and seen by the reader
// (at or below its high, not of its pending ones): exactly what neither the client nor the live
// feed will otherwise bring.
const REPLAY_SQL = `
select (extract(epoch from now()) * 1000)::bigint::text as now, e.id::text as id, e.xid::text as xid,
       e.topic, e.user_ids, e.payload, e.created_at
from (select 1) one
left join lateral (
  select * from live_event
  where user_ids @> array[$1::uuid] and topic = $2
    and (id > $3 or xid = any($4::xid8[]))
    and id <= $5 and not (xid = any($6::xid8[]))
    and id > $7
  order by id
  limit $8
) e on true
order by e.id`;

/** One page of a replay; `more`: a full page, read on after `lastId`. */
export interface ReplayPage {
  deliveries: Delivery[];
  more: boolean;
  lastId: number;
}

/**
 * What the user missed, in id order, `limit` at a time after `afterId`. Each replayed event's cursor
 * moves on with it (its id as the high, the live feed's pending transactions), so a client closed
 * mid-replay resumes from there, not from the start; the last one's is where the live feed starts.
 */
export async function replayPage(
  pool: pg.Pool,
  q: {
    topic: string;
    userId: string;
    from: ReplayRequest;
    upTo: StreamPosition;
    afterId: number;
    limit: number;
  },
): Promise<ReplayPage> {
  const { rows } = await pool.query<ReplayRow>(REPLAY_SQL, [
    q.userId,
    q.topic,
    q.from.high,
    q.from.pending,
    q.upTo.high,
    q.upTo.pending,
    q.afterId,
    q.limit,
  ]);
  const now = Number(rows[0]!.now);
  const upTo = encodeEventCursor({ ...q.upTo, at: now });
  if (now - q.from.at > RETENTION_MS)
    return { deliveries: [{ event: null, cursor: upTo }], more: false, lastId: 0 };
  const found = rows.filter((r) => r.id !== null);
  const more = found.length >= q.limit;
  const deliveries = found.map((r, i): Delivery => {
    const id = Number(r.id);
    const cursor =
      i === found.length - 1 && !more
        ? upTo
        : encodeEventCursor({ high: id, pending: q.upTo.pending, at: now });
    return {
      cursor,
      event: {
        id,
        xid: r.xid!,
        topic: r.topic!,
        userIds: r.user_ids ?? [],
        payload: r.payload,
        at: r.created_at!,
        cursor,
        seenAt: performance.now(),
        shared: sharedReads(),
      },
    };
  });
  return { deliveries, more, lastId: found.length ? Number(found.at(-1)!.id) : q.afterId };
}
