// One subscriber's bounded queue. Events are pushed by the fan-out (or by a resume's replay) and
// pulled by graphql-ws as fast as the socket drains; a live consumer that falls `limit` events behind
// is told so (`onOverflow`, which closes its connection) instead of growing the process's memory. It
// resumes from its cursor. A resume's replay is paced by the consumer (`room`), and the live events
// that arrive meanwhile are held only up to `limit`: beyond that they are let go and the replay
// reads them from the table too (they are durable), so a resume during a burst is never closed.
import { inspect } from 'node:util';
import type { StreamPosition } from './event-position.ts';
import type { StreamEvent } from './event-reader.ts';

/** What a subscriber receives: an event, or (event null) "re-read everything" (RESYNC). */
export interface Delivery {
  event: StreamEvent | null;
  /** The cursor to resume after this delivery. */
  cursor: string;
}

export const DEFAULT_QUEUE_LIMIT = 1000;

export class LiveSubscription implements AsyncIterableIterator<Delivery> {
  private readonly queue: Delivery[] = [];
  private waiter: ((r: IteratorResult<Delivery>) => void) | null = null;
  private failure: ((err: unknown) => void) | null = null;
  /** While a resume replays what was missed, live events wait here (then follow, in order). */
  private held: Delivery[] | null = null;
  /** More live events arrived during the replay than `limit`: let go, the replay reads them. */
  private missed = false;
  private ended = false;
  private roomWaiter: { n: number; resolve: () => void } | null = null;
  /** Why it ended, when it failed: the next `next()` rejects with it (the client sees an error). */
  private error: unknown = null;
  /** What the client already has (its resume cursor): a live event inside it is not sent again. */
  private readonly seen: { high: number; pending: Set<string> } | null;

  constructor(
    readonly userId: string,
    readonly topic: string,
    private readonly opts: {
      limit: number;
      onOverflow: () => void;
      onEnd: () => void;
      seen?: StreamPosition;
    },
  ) {
    this.seen = opts.seen ? { high: opts.seen.high, pending: new Set(opts.seen.pending) } : null;
  }

  /** Whether the client had this event before resuming (a process behind the one it came from). */
  private alreadySeen(e: StreamEvent | null): boolean {
    return !!e && !!this.seen && e.id <= this.seen.high && !this.seen.pending.has(e.xid);
  }

  get done(): boolean {
    return this.ended;
  }

  get limit(): number {
    return this.opts.limit;
  }

  get pendingCount(): number {
    return this.queue.length + (this.held?.length ?? 0);
  }

  /** Live events are held until `release()` (used while replaying). */
  hold(): void {
    this.held ??= [];
  }

  /** Queues replayed events (ahead of the held live ones); those the client already had are skipped. */
  replayed(ds: Delivery[]): void {
    for (const d of ds) if (!this.ended && !this.alreadySeen(d.event)) this.enqueue(d);
  }

  /** Whether live events were let go during the replay (the replay must read them from the table). */
  get missedLive(): boolean {
    return this.missed;
  }

  /** The replay goes on to where the reader stands now: hold what is delivered live from here. */
  holdAgain(): void {
    this.held = [];
    this.missed = false;
  }

  /** Resolves once `n` more events fit in the queue (a replay reads its next page then). */
  room(n: number): Promise<void> {
    if (this.ended || this.queue.length + n <= this.opts.limit) return Promise.resolve();
    return new Promise((resolve) => {
      this.roomWaiter = { n, resolve };
    });
  }

  /** Queues what was held during the replay, and goes live. */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const d of held) this.push(d);
  }

  push(d: Delivery): void {
    if (this.ended || this.alreadySeen(d.event)) return;
    if (this.held) {
      if (this.missed) return;
      if (this.held.length >= this.opts.limit) {
        this.held = [];
        this.missed = true;
        return;
      }
      this.held.push(d);
      return;
    }
    this.enqueue(d);
  }

  private enqueue(d: Delivery): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      this.failure = null;
      w({ done: false, value: d });
      return;
    }
    this.queue.push(d);
    if (this.queue.length > this.opts.limit) this.overflow();
  }

  /** Ends the subscription with an error (e.g. its replay could not be read). */
  fail(err: unknown): void {
    if (this.ended) return;
    const f = this.failure;
    this.failure = null;
    this.waiter = null;
    this.error = err;
    this.finish();
    f?.(err);
  }

  private overflow(): void {
    this.finish();
    this.opts.onOverflow();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.held = null;
    this.opts.onEnd();
    this.roomWaiter?.resolve();
    this.roomWaiter = null;
    const w = this.waiter;
    this.waiter = null;
    this.failure = null;
    w?.({ done: true, value: undefined });
  }

  next(): Promise<IteratorResult<Delivery>> {
    const d = this.queue.shift();
    if (this.roomWaiter && this.queue.length + this.roomWaiter.n <= this.opts.limit) {
      this.roomWaiter.resolve();
      this.roomWaiter = null;
    }
    if (d) return Promise.resolve({ done: false, value: d });
    if (this.error !== null) {
      const err = this.error;
      this.error = null;
      return Promise.reject(err instanceof Error ? err : new Error(inspect(err)));
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.waiter = resolve;
      this.failure = reject;
    });
  }

  return(): Promise<IteratorResult<Delivery>> {
    this.finish();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** The process's subscribers by user id: an event wakes only its own users' subscriptions. */
export class FanOut {
  private readonly byUser = new Map<string, Set<LiveSubscription>>();
  private readonly perTopic = new Map<string, number>();

  add(sub: LiveSubscription): void {
    let set = this.byUser.get(sub.userId);
    if (!set) this.byUser.set(sub.userId, (set = new Set()));
    set.add(sub);
    this.perTopic.set(sub.topic, (this.perTopic.get(sub.topic) ?? 0) + 1);
  }

  remove(sub: LiveSubscription): void {
    const set = this.byUser.get(sub.userId);
    if (!set?.delete(sub)) return;
    if (set.size === 0) this.byUser.delete(sub.userId);
    this.perTopic.set(sub.topic, (this.perTopic.get(sub.topic) ?? 1) - 1);
  }

  count(topic: string): number {
    return this.perTopic.get(topic) ?? 0;
  }

  deliver(event: StreamEvent): void {
    for (const userId of new Set(event.userIds)) {
      const set = this.byUser.get(userId);
      if (!set) continue;
      for (const sub of [...set]) if (sub.topic === event.topic) sub.push({ event, cursor: event.cursor });
    }
  }
}
