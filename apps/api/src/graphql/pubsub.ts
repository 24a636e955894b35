import { EventEmitter, on } from 'node:events';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../common/logger.ts';
import type { Topic, Topics } from './topics.ts';

const CHANNEL = 'delega_events';

interface Envelope<T extends Topic = Topic> {
  topic: T;
  payload: Topics[T];
}

/**
 * Pub/sub over PostgreSQL LISTEN/NOTIFY, so every API process sharing the database sees every event.
 * One LISTEN connection per process fans events out to local subscribers. Publishing inside a
 * transaction (`notify(em, …)`) delivers only if it commits.
 */
export class PgPubSub implements PubSub {
  private readonly emitter = new EventEmitter({ captureRejections: true });
  private client: pg.Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'delega-listen' });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        const env = JSON.parse(msg.payload) as Envelope;
        this.emitter.emit(env.topic, env.payload);
      } catch (err) {
        this.log.error({ err }, 'bad pub/sub payload');
      }
    });
    client.on('error', (err) => {
      // 57P01: the server is shutting down (e.g. Ctrl-C reached the embedded PostgreSQL first).
      if (this.closed || (err as { code?: string }).code === '57P01') {
        this.log.info('pub/sub connection closed by the database');
      } else {
        this.log.error({ err }, 'pub/sub connection lost; reconnecting');
      }
      this.scheduleReconnect();
    });
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.client = null;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().catch((err: unknown) => {
        this.log.error({ err }, 'pub/sub reconnect failed');
        this.scheduleReconnect();
      });
    }, 1000);
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => {});
  }

  /** NOTIFY inside the caller's transaction: delivered on commit, dropped on rollback. */
  async notify<T extends Topic>(em: EntityManager, topic: T, payload: Topics[T]): Promise<void> {
    await em.execute('select pg_notify(?, ?)', [
      CHANNEL,
      JSON.stringify({ topic, payload } satisfies Envelope<T>),
    ]);
  }

  /** NOTIFY outside any transaction (type-graphql's PubSub interface). */
  publish(routingKey: string, ...args: unknown[]): void {
    const payload = JSON.stringify({ topic: routingKey, payload: args[0] });
    const client = this.client;
    if (!client) {
      this.log.error({ topic: routingKey }, 'pub/sub not connected; event dropped');
      return;
    }
    client.query('select pg_notify($1, $2)', [CHANNEL, payload]).catch((err: unknown) => {
      this.log.error({ err, topic: routingKey }, 'publish failed');
    });
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
    return this.emitter.listenerCount(topic);
  }

  /** Typed in-process listener (used by the WebSocket layer and workers). */
  on<T extends Topic>(topic: T, listener: (payload: Topics[T]) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }
}
