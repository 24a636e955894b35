// The webhook events as a subscription, for teams that prefer a socket: read from the durable event
// stream (live_event) behind the same visibility-safe position as the webhook consumer (highest id
// read + transactions still in progress then: a transaction that drew a smaller id and committed
// later is delivered when it commits, never skipped), each event with the cursor of the stream right
// after it. `after` resumes from a cursor within the retention window (24 h); beyond it the first
// event is `resync` ("ask installationAccess again for what you care about"). Woken by this
// process's reader and a safety poll; every read also checks the key is still usable, so a revoked
// key's subscription ends.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { pgArray } from '../../db/sql.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import {
  afterPositionSql,
  decodeEventCursor,
  encodeEventCursor,
  parseSnapshot,
  type CursorData,
  type StreamPosition,
} from '../events/event-position.ts';
import { RETENTION_MS } from '../events/event-replay.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './webhook-endpoint.service.ts';
import { webhookMessagesOf } from './webhook-events.ts';

/** What a subscriber receives: the webhook's thin payload, and where the stream stands after it. */
export interface IntegrationEvent {
  type: WebhookEventType | 'resync';
  timestamp: string;
  data: Record<string, unknown> | null;
  cursor: string;
}

/** The safety poll, when no wake-up came (a lost NOTIFY, another process's commit). */
export const INTEGRATION_POLL_MS = 2000;
const BATCH = 200;

export const INVALID_INTEGRATION_CURSOR =
  'Cursor de eventos inválido. Assine sem `after` e confirme o que importa com installationAccess.';

// Whether the key still holds, read in the same statement as the batch.
const READ_SQL = afterPositionSql(
  BATCH,
  `(extract(epoch from now()) * 1000)::bigint::text as now,
       (select count(*) from api_key k where k.id = ?::uuid and k.revoked_at is null
          and (k.expires_at is null or k.expires_at > now()))::int as key_ok`,
);

interface ReadRow {
  snap: string;
  now: string;
  key_ok: number;
  id: string | null;
  topic: string | null;
  payload: unknown;
  created_at: Date | null;
}

/** The event types asked for; VALIDATION_FAILED for an unknown one. Null or empty: every type. */
export function parseTypes(types: readonly string[] | null | undefined): Set<WebhookEventType> {
  const known = WEBHOOK_EVENT_TYPES as readonly string[];
  const bad = (types ?? []).filter((t) => !known.includes(t));
  if (bad.length > 0)
    throw AppError.validation({
      types: `Tipos de evento desconhecidos: ${bad.join(', ')}. Use ${known.join(', ')}.`,
    });
  return new Set((types?.length ? types : known) as WebhookEventType[]);
}

/** The cursor's position; VALIDATION_FAILED when it is not one of ours. */
export function parseAfter(after: string | null | undefined): CursorData | null {
  if (after == null) return null;
  const from = decodeEventCursor(after);
  if (!from) throw AppError.validation({ after: INVALID_INTEGRATION_CURSOR }, INVALID_INTEGRATION_CURSOR);
  return from;
}

interface Deps {
  em: () => EntityManager;
  pubsub: PgPubSub;
  apiKeyId: string;
  pollMs?: number;
}

/** Resolves on the next wake-up (this process read new events), the poll, or `signal`. */
function nextWake(pubsub: PgPubSub, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      off();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const off = pubsub.on('ACCESS_GRANT_CHANGED', done);
    signal.addEventListener('abort', done);
  });
}

/** One read after `pos`: the events found, and the position after them. */
async function readAfter(
  deps: Deps,
  pos: StreamPosition,
  types: Set<WebhookEventType>,
): Promise<{ events: IntegrationEvent[]; next: StreamPosition; full: boolean }> {
  const rows = await deps
    .em()
    .execute<ReadRow[]>(READ_SQL, [deps.apiKeyId, pgArray(pos.pending), pos.high, pos.high]);
  const head = rows[0]!;
  if (head.key_ok !== 1) throw new AppError('UNAUTHENTICATED', 'Chave de API inválida ou revogada.');
  const snap = parseSnapshot(head.snap);
  const now = Number(head.now);
  const found = rows.filter((r) => r.id !== null);
  const high = found.reduce((h, r) => Math.max(h, Number(r.id)), pos.high);
  const next = { high, pending: snap.xip };
  // Mid-batch, a cursor keeps the older pending transactions too (at least once, never skipped).
  const carry = [...new Set([...pos.pending, ...snap.xip])];
  const events: IntegrationEvent[] = [];
  found.forEach((r, i) => {
    const id = Number(r.id);
    const last = i === found.length - 1;
    const cursor = encodeEventCursor(
      last ? { ...next, at: now } : { high: Math.max(id, pos.high), pending: carry, at: now },
    );
    const messages = webhookMessagesOf({
      id: r.id!,
      topic: r.topic!,
      payload: r.payload,
      createdAt: new Date(r.created_at!),
    });
    for (const m of messages)
      if (types.has(m.type))
        events.push({ type: m.type, timestamp: m.payload.timestamp, data: m.payload.data, cursor });
  });
  return { events, next, full: found.filter((r) => Number(r.id) > pos.high).length >= BATCH };
}

/** Where the stream stands now (a subscription without `after` starts here). */
async function currentPosition(em: EntityManager): Promise<CursorData> {
  const [row] = await em.execute<{ snap: string; high: string; now: string }[]>(
    `select pg_current_snapshot()::text as snap, coalesce(max(id), 0)::text as high,
            (extract(epoch from now()) * 1000)::bigint::text as now from live_event`,
  );
  return { high: Number(row!.high), pending: parseSnapshot(row!.snap).xip, at: Number(row!.now) };
}

/** The subscription's events, live; with `after`, first what was missed since that cursor. */
export async function* integrationEvents(
  deps: Deps,
  opts: { after: CursorData | null; types: Set<WebhookEventType>; signal: AbortSignal },
): AsyncGenerator<IntegrationEvent> {
  const start = await currentPosition(deps.em());
  let pos: StreamPosition = opts.after ?? start;
  if (opts.after && start.at - opts.after.at > RETENTION_MS) {
    pos = start;
    yield {
      type: 'resync',
      timestamp: new Date(start.at).toISOString(),
      data: null,
      cursor: encodeEventCursor(start),
    };
  }
  while (!opts.signal.aborted) {
    const wake = nextWake(deps.pubsub, deps.pollMs ?? INTEGRATION_POLL_MS, opts.signal);
    const { events, next, full } = await readAfter(deps, pos, opts.types);
    pos = next;
    for (const e of events) yield e;
    if (!full) await wake;
  }
}
