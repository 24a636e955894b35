import { EventEmitter, on } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../common/logger.ts';
import { EventReader, type StreamEvent } from '../modules/events/event-reader.ts';
import type { StreamPosition } from '../modules/events/event-position.ts';
import { replayPage, type ReplayRequest } from '../modules/events/event-replay.ts';
import { GRANT_OF_EVENT } from '../modules/events/grant-related.ts';
import { FanOut, LiveSubscription } from '../modules/events/live-subscription.ts';
import { TOPIC_AUDIENCE, type Topic, type Topics } from './topics.ts';

const CHANNEL = 'delega_events';
/** The NOTIFY payload that only says "the live event stream has new rows". */
const WAKE = '';
/** The safety poll: a lost NOTIFY (or one sent while the LISTEN connection was away) costs this. */
export const EVENT_POLL_MS = 2000;
/** Events are kept this long after the retention window cursors may resume within (24 h). */
const PRUNE_AFTER = '25 hours';
const PRUNE_EVERY_MS = 10 * 60_000;

/** Appends one event and wakes the readers (exported for tests that append by hand). */
export const APPEND_SQL = `
with tx as materialized (select pg_current_xact_id() as xid),
ins as (
  insert into live_event (xid, topic, user_ids, payload)
  select tx.xid, $1, $2::uuid[], $3::jsonb from tx returning id
)
select pg_notify('${CHANNEL}', '${WAKE}') from ins`;

/** As `APPEND_SQL`, with MikroORM's `?` placeholders. */
const APPEND_SQL_ORM = APPEND_SQL.replace('$1', '?').replace('$2', '?').replace('$3', '?');

/**
 * Pub/sub for every API process sharing the database, over a durable event stream. A change appends
 * its event to `live_event` inside its own transaction (`notify(em, …)`: rolled back → no event) and
 * NOTIFY only wakes the readers. Each process reads new events once, in order (`EventReader`, with a
 * visibility-safe watermark), and fans each out: to the user-id index of its subscriptions
 * (`follow`) and to in-process listeners (`on`). It catches up after any loss of its LISTEN
 * connection and on a safety poll.
 */
export class PgPubSub implements PubSub {
  private readonly emitter = new EventEmitter({ captureRejections: true });
  private readonly fanOut = new FanOut();
  private readonly pool: pg.Pool;
  private readonly reader: EventReader;
  private client: pg.Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = 100;
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    private readonly opts: { pollMs?: number } = {},
  ) {
    this.emitter.setMaxListeners(0);
    this.pool = new pg.Pool({ connectionString: url, max: 3, application_name: 'delega-events' });
    // A connection cut while idle (failover, pg_terminate_backend): the pool drops it and reconnects.
    this.pool.on('error', (err) => this.log.warn({ err }, 'live events: pooled connection lost'));
    // Each ACCESS_GRANT_CHANGED event comes with its grant, read in the same statement.
    this.reader = new EventReader(this.pool, (events) => this.dispatch(events), log, 1000, {
      ...GRANT_OF_EVENT,
      wanted: () => this.fanOut.count(GRANT_OF_EVENT.topic) > 0,
    });
  }

  async start(): Promise<void> {
    await this.reader.start();
    await this.listen();
    const poll = setInterval(() => this.reader.wake(), this.opts.pollMs ?? EVENT_POLL_MS);
    const prune = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    for (const t of [poll, prune]) t.unref();
    this.timers = [poll, prune];
    void this.prune();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'delega-listen' });
    // A notification only says "there is something new in the table".
    client.on('notification', (msg) => {
      if (msg.channel === CHANNEL) this.reader.wake();
    });
    client.on('error', (err) => {
      // 57P01: the server is shutting down (e.g. Ctrl-C reached the embedded PostgreSQL first).
      if (this.closed || (err as { code?: string }).code === '57P01') {
        this.log.info('pub/sub connection closed by the database');
      } else {
        this.log.warn({ err }, 'pub/sub connection lost; reconnecting');
      }
      this.scheduleReconnect(client);
    });
    client.on('end', () => this.scheduleReconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    this.client = client;
    this.reconnectDelay = 100;
    // Whatever committed while we were not listening is in the table: read it now.
    this.reader.wake();
  }

  private scheduleReconnect(from: pg.Client): void {
    if (this.closed || this.reconnectTimer || (this.client && this.client !== from)) return;
    this.client = null;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, EVENT_POLL_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.listen().catch((err: unknown) => {
        this.log.warn({ err }, 'pub/sub reconnect failed');
        this.scheduleReconnect(from);
      });
    }, delay);
  }

  /** What this process has delivered of the event stream so far (metrics: its lag). */
  get delivered(): { high: number } {
    return this.reader.position;
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const t of this.timers) clearInterval(t);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
    await this.reader.catchUp().catch(() => {});
    await this.pool.end().catch(() => {});
  }

  private dispatch(events: StreamEvent[]): void {
    for (const e of events) {
      this.fanOut.deliver(e);
      this.emitter.emit(e.topic, e.payload);
    }
  }

  private async prune(): Promise<void> {
    try {
      await this.pool.query(`delete from live_event where created_at < now() - interval '${PRUNE_AFTER}'`);
    } catch (err) {
      this.log.warn({ err }, 'live events: prune failed');
    }
  }

  /**
   * Inside the caller's transaction: appends the event (delivered on commit, dropped on rollback) and
   * wakes the readers.
   */
  async notify<T extends Topic>(em: EntityManager, topic: T, payload: Topics[T]): Promise<void> {
    const audience: ((p: Topics[T]) => string[]) | 'ALL' = TOPIC_AUDIENCE[topic];
    const users = audience === 'ALL' ? [] : audience(payload);
    await em.execute(APPEND_SQL_ORM, [topic, `{${users.join(',')}}`, JSON.stringify(payload)]);
  }

  /** Outside any transaction (type-graphql's PubSub interface): appended on its own. */
  publish(routingKey: string, ...args: unknown[]): void {
    const topic = routingKey as Topic;
    const audience = TOPIC_AUDIENCE[topic] as ((p: unknown) => string[]) | 'ALL' | undefined;
    if (audience === undefined) {
      this.log.error({ topic }, 'publish: unknown topic');
      return;
    }
    const query = this.pool.query(APPEND_SQL, [
      topic,
      `{${(audience === 'ALL' ? [] : audience(args[0])).join(',')}}`,
      JSON.stringify(args[0]),
    ]);
    query.catch((err: unknown) => this.log.error({ err, topic }, 'publish failed'));
  }

  /**
   * A user's subscription to a topic, from the fan-out's index: bounded (`limit`), and with `after`
   * (a cursor) it first replays what that user missed, then goes live.
   */
  follow(
    topic: Topic,
    userId: string,
    opts: { limit: number; onOverflow: () => void; after?: ReplayRequest },
  ): LiveSubscription {
    const sub = new LiveSubscription(userId, topic, {
      limit: opts.limit,
      onOverflow: opts.onOverflow,
      onEnd: () => this.fanOut.remove(sub),
      seen: opts.after,
    });
    // Registering and taking the reader's position happen together (no await between them): what the
    // reader delivers from here on reaches `sub`, what it delivered before is the replay's.
    const upTo = this.reader.position;
    this.fanOut.add(sub);
    if (opts.after) {
      sub.hold();
      this.replay(sub, { topic, userId, from: opts.after, upTo }).catch((err: unknown) => {
        this.log.error({ err }, 'live events: replay failed');
        sub.fail(err);
      });
    }
    return sub;
  }

  /**
   * Replays in pages that fit the subscriber's queue (each read once it has room), then lets the held
   * live events follow. When more went by live meanwhile than the queue holds (a burst), they were let
   * go: the replay goes on from where its range ended to where the reader stands now, until it has
   * caught up, so the subscriber is never closed for what it resumed into.
   */
  private async replay(
    sub: LiveSubscription,
    q: { topic: string; userId: string; from: ReplayRequest; upTo: StreamPosition },
  ): Promise<void> {
    const limit = Math.max(1, Math.floor(sub.limit / 2));
    let { from, upTo } = q;
    let afterId = 0;
    for (;;) {
      await sub.room(limit);
      if (sub.done) return;
      const page = await replayPage(this.pool, { ...q, from, upTo, afterId, limit });
      sub.replayed(page.deliveries);
      if (page.more) {
        afterId = page.lastId;
        continue;
      }
      if (!sub.missedLive) break;
      // Taking the reader's position and holding anew happen together (no await between them).
      from = { ...upTo, at: Date.now() };
      upTo = this.reader.position;
      sub.holdAgain();
      afterId = 0;
    }
    sub.release();
  }

  /** Reads the stream now (tests and benchmarks wait on it instead of on the poll). */
  catchUp(): Promise<void> {
    return this.reader.catchUp();
  }

  /** Local subscription to a topic; ends when `signal` aborts. */
  subscribe<T extends Topic>(
    routingKey: T,
    _dynamicId?: unknown,
    signal?: AbortSignal,
  ): AsyncIterable<Topics[T]> {
    const iterator = on(this.emitter, routingKey, signal ? { signal } : {}) as AsyncIterableIterator<
      [Topics[T]]
    >;
    return (async function* () {
      try {
        for await (const [payload] of iterator) yield payload;
      } catch (err) {
        if ((err as Error).name !== 'AbortError') throw err;
      }
    })();
  }

  /** Local subscribers of a topic in this process (tests wait on it instead of sleeping). */
  listenerCount(topic: Topic): number {
    return this.emitter.listenerCount(topic) + this.fanOut.count(topic);
  }

  /** Typed in-process listener (used by the WebSocket layer and workers). */
  on<T extends Topic>(topic: T, listener: (payload: Topics[T]) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }
}
