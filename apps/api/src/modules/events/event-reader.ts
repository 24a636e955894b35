// One loop per API process reads the live event stream ONCE, in order, from where it stands, and
// hands each batch to the process's fan-out. Woken by NOTIFY, by a periodic safety poll and after
// the LISTEN connection comes back; a read that fails (database away) leaves the position where it
// was, so the next one catches up.
import type pg from 'pg';
import type { Logger } from '../../common/logger.ts';
import { encodeEventCursor, parseSnapshot, type StreamPosition } from './event-position.ts';

/** One event as the fan-out hands it on; `shared` memoises what subscribers read of it (read once). */
export interface StreamEvent {
  id: number;
  /** The appending transaction (xid8 as text). */
  xid: string;
  topic: string;
  userIds: string[];
  payload: unknown;
  at: Date;
  /** The opaque cursor of the stream right after this event. */
  cursor: string;
  /** When this process read it (`performance.now()`): a read of its data started later reflects it. */
  seenAt: number;
  /**
   * The row its topic's related read found (`RelatedRead`), read in the statement that made the
   * event visible, so it reflects the event's transaction; null when none; undefined when not read
   * (other topics, a resume's replay).
   */
  related?: unknown;
  shared<T>(key: string, read: () => Promise<T>): Promise<T>;
}

interface EventRow {
  related?: unknown;
  snap: string;
  now: string;
  id: string | null;
  xid: string | null;
  topic: string | null;
  user_ids: string[] | null;
  payload: unknown;
  created_at: Date | null;
}

/**
 * One row read with each event of one topic in the reader's own statement (one round trip fewer
 * before the fan-out): `select` (a SELECT, `idColumn` its key) for the payload's `key` (a uuid), once
 * per distinct key of a batch; it comes back as JSON (timestamps as ISO text).
 */
export interface RelatedRead {
  topic: string;
  key: string;
  select: string;
  idColumn: string;
  /** Whether anyone here listens to the topic now: a process without its subscribers skips the read. */
  wanted?: () => boolean;
}

/** Late rows (of transactions pending at the last read) first, then new rows in id order. */
function readSql(related: RelatedRead | undefined): string {
  const rel = related
    ? `,
rel as materialized (
  select to_jsonb(x) as row from (
    ${related.select}
    where ${related.idColumn} in (select (payload->>'${related.key}')::uuid from ev where topic = '${related.topic}')
  ) x
)`
    : '';
  const join = related
    ? `left join rel on e.topic = '${related.topic}' and rel.row->>'id' = e.payload->>'${related.key}'`
    : '';
  return `
with snap as materialized (select pg_current_snapshot() as s),
ev as materialized (
  (select * from live_event where cardinality($2::xid8[]) > 0 and xid = any($2::xid8[]) and id <= $1)
  union all
  (select * from live_event where id > $1 order by id limit $3)
)${rel}
select (select s::text from snap) as snap, (extract(epoch from now()) * 1000)::bigint::text as now,
       e.id::text as id, e.xid::text as xid, e.topic, e.user_ids, e.payload, e.created_at${related ? ', rel.row as related' : ''}
from (select 1) one
left join ev e on true
${join}
order by e.id > $1, e.id`;
}

const HEAD_SQL = `select pg_current_snapshot()::text as snap, coalesce(max(id), 0)::text as high from live_event`;

export function sharedReads(): StreamEvent['shared'] {
  const memo = new Map<string, Promise<unknown>>();
  return <T>(key: string, read: () => Promise<T>) => {
    let p = memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read();
      memo.set(key, p);
      p.catch(() => memo.delete(key)); // a failed read may be retried by the next subscriber
    }
    return p;
  };
}

export type Deliver = (events: StreamEvent[], position: StreamPosition) => void;

export class EventReader {
  private pos: StreamPosition | null = null;
  private readonly plainSql: string;
  private readonly relatedSql: string | null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly deliver: Deliver,
    private readonly log: Logger,
    private readonly batchSize = 1000,
    private readonly related?: RelatedRead,
  ) {
    this.plainSql = readSql(undefined);
    this.relatedSql = related ? readSql(related) : null;
  }

  /** Where the stream stands now: subscribers of this process hear of what commits from here on. */
  async start(): Promise<void> {
    const { rows } = await this.pool.query<{ snap: string; high: string }>(HEAD_SQL);
    this.pos = { high: Number(rows[0]!.high), pending: parseSnapshot(rows[0]!.snap).xip };
  }

  /** What this process has delivered so far (a copy). */
  get position(): StreamPosition {
    if (!this.pos) throw new Error('event reader not started');
    return { high: this.pos.high, pending: [...this.pos.pending] };
  }

  /** Reads until caught up; concurrent calls share one loop (and one more round if woken meanwhile). */
  catchUp(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** As `catchUp`, for timers and notifications: failures are logged, the next wake-up retries. */
  wake(): void {
    this.catchUp().catch((err: unknown) => this.log.warn({ err }, 'live events: read failed; will retry'));
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      while (await this.readOnce()) {
        /* a full batch: read on */
      }
    } while (this.again);
  }

  /** One read; true when the batch was full (more may be there). */
  private async readOnce(): Promise<boolean> {
    const from = this.position;
    // A subscriber that arrives during this read without the related row reads it on demand.
    const related = this.relatedSql && (this.related!.wanted?.() ?? true) ? this.relatedSql : null;
    const sql = related ?? this.plainSql;
    const { rows } = await this.pool.query<EventRow>(sql, [from.high, from.pending, this.batchSize]);
    const snap = parseSnapshot(rows[0]!.snap);
    const at = Number(rows[0]!.now);
    const found = rows.filter((r) => r.id !== null);
    const late = found.filter((r) => Number(r.id) <= from.high);
    const fresh = found.filter((r) => Number(r.id) > from.high);
    let high = from.high;
    const events = found.map((r, i): StreamEvent => {
      const id = Number(r.id);
      // Right after a late row, the late rows after it are still to come: keep their transactions.
      const laterLate = i < late.length ? late.slice(i + 1).map((l) => l.xid!) : [];
      if (i >= late.length) high = id;
      const pending = [...new Set([...snap.xip, ...laterLate])];
      return {
        id,
        xid: r.xid!,
        topic: r.topic!,
        userIds: r.user_ids ?? [],
        payload: r.payload,
        at: r.created_at!,
        cursor: encodeEventCursor({ high, pending, at }),
        seenAt: performance.now(),
        ...(related && r.topic === this.related!.topic ? { related: r.related ?? null } : {}),
        shared: sharedReads(),
      };
    });
    const next: StreamPosition = { high, pending: snap.xip };
    this.pos = next;
    if (events.length > 0) this.deliver(events, next);
    return fresh.length >= this.batchSize;
  }
}
