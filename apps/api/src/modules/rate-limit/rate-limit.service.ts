import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { pgArray } from '../../db/sql.ts';

/**
 * A fixed-window limit: at most `points` per `durationSeconds` for one key (an IP, an account).
 * `name` namespaces the keys, so two policies never share a counter.
 */
export interface RateLimitPolicy {
  name: string;
  points: number;
  durationSeconds: number;
  /** Portuguese message shown when exceeded; defaults to the generic RATE_LIMITED message. */
  message?: string;
}

/**
 * Growing delays after failures (wrong passwords): the first `free` failures cost nothing; after
 * that each failure makes the next attempt wait `baseSeconds`, doubling per further failure, at
 * most `maxSeconds`. Failures are forgotten `forgetSeconds` after the last one. Nothing is ever
 * locked: once the wait is over, the next attempt is judged on its merits.
 */
export interface FailureDelayPolicy {
  name: string;
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  forgetSeconds: number;
  message?: string;
}

/** Seconds to wait after `failures` failures (0 while they are free). */
export function failureDelaySeconds(policy: FailureDelayPolicy, failures: number): number {
  if (failures <= policy.free) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (failures - policy.free - 1));
}

/** Counter state after an operation. */
export interface RateLimitState {
  /** Points spent in the current window (may exceed the limit). */
  consumed: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetInSeconds: number;
}

/**
 * Turns personal data (an e-mail address) into an opaque key part, so the `rate_limit` table holds no
 * personal data. IPs are kept as they are (operators need to see them when investigating abuse).
 */
export function opaqueKey(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url').slice(0, 32);
}

const CLEANUP_EVERY_MS = 5 * 60_000;

// Database clock in milliseconds: every API process judges windows by the same clock.
const NOW_MS = `(extract(epoch from now()) * 1000)::bigint`;

/**
 * Rate limits stored in PostgreSQL (table `rate_limit`: key, points, expire in epoch ms), so they hold
 * across any number of API processes. One atomic `INSERT … ON CONFLICT … RETURNING` per operation,
 * on its own connection outside the request's transaction: a rolled-back request still counts.
 * The table layout is rate-limiter-flexible's, should we ever switch to it.
 */
export class RateLimitService {
  private lastCleanup = 0;

  constructor(private readonly deps: { orm: MikroORM; log: Logger }) {}

  /** Spends `cost` points; throws RATE_LIMITED when this goes over the limit. */
  async consume(key: string, policy: RateLimitPolicy, cost = 1): Promise<RateLimitState> {
    const state = await this.add(key, policy, cost);
    if (state.consumed > policy.points) throw this.limited(key, policy, state);
    return state;
  }

  /**
   * Records `cost` points without throwing (e.g. a failed sign-in counted against an account); pair
   * with `check` before the attempt.
   */
  async penalize(key: string, policy: RateLimitPolicy, cost = 1): Promise<RateLimitState> {
    return this.add(key, policy, cost);
  }

  /** Throws RATE_LIMITED when the key has already used up its points; spends nothing. */
  async check(key: string, policy: RateLimitPolicy): Promise<RateLimitState> {
    const rows = await this.deps.orm.em
      .fork()
      .execute<{ points: number; ms_left: string }[]>(
        `select points, expire - ${NOW_MS} as ms_left from rate_limit where key = ? and expire > ${NOW_MS}`,
        [fullKey(key, policy)],
      );
    const row = rows[0];
    const state = row
      ? toState(policy, row.points, Number(row.ms_left))
      : { consumed: 0, remaining: policy.points, resetInSeconds: policy.durationSeconds };
    if (state.consumed >= policy.points) throw this.limited(key, policy, state);
    return state;
  }

  /**
   * Takes `cost` points from each limit at once, all or none, in ONE statement (a conditional upsert
   * per key: check and spend together, so concurrent callers never overshoot): RATE_LIMITED with the
   * longest wait when any is used up, and then nothing stays taken. Give the points back with
   * `release` when the guarded operation fails (failures cost nothing).
   */
  async reserve(
    items: readonly { key: string; policy: RateLimitPolicy }[],
    cost = 1,
  ): Promise<RateLimitState[]> {
    if (items.length === 0) return [];
    const keys = items.map((i) => fullKey(i.key, i.policy));
    const rows = await this.deps.orm.em
      .fork()
      .execute<{ key: string; taken: boolean; points: number; ms_left: string }[]>(
        `with input (key, cost, lim, duration) as (values ${items.map(() => '(?::text, ?::int, ?::int, ?::bigint)').join(', ')}),
       taken as (
         insert into rate_limit as r (key, points, expire)
         select key, cost, ${NOW_MS} + duration from input
         on conflict (key) do update set
           points = case when r.expire <= ${NOW_MS} then excluded.points else r.points + excluded.points end,
           expire = case when r.expire <= ${NOW_MS} then excluded.expire else r.expire end
         where r.expire <= ${NOW_MS} or r.points + excluded.points <= (select i.lim from input i where i.key = r.key)
         returning r.key, r.points, r.expire - ${NOW_MS} as ms_left)
       select i.key, t.key is not null as taken, coalesce(t.points, cur.points, 0) as points,
              coalesce(t.ms_left, cur.expire - ${NOW_MS}, 0) as ms_left
         from input i left join taken t on t.key = i.key left join rate_limit cur on cur.key = i.key`,
        items.flatMap((item, n) => [keys[n], cost, item.policy.points, item.policy.durationSeconds * 1000]),
      );
    this.cleanupSometimes();
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const states = items.map((item, n) => {
      const r = byKey.get(keys[n]!)!;
      return { item, taken: r.taken, state: toState(item.policy, r.points, Number(r.ms_left)) };
    });
    const refused = states.filter((s) => !s.taken);
    if (refused.length === 0) return states.map((s) => s.state);
    await this.release(
      states.filter((s) => s.taken).map((s) => s.item),
      cost,
    );
    const worst = refused.reduce((a, b) => (b.state.resetInSeconds > a.state.resetInSeconds ? b : a));
    throw this.limited(worst.item.key, worst.item.policy, worst.state);
  }

  /** Gives back points `reserve` took (the guarded operation failed). */
  async release(items: readonly { key: string; policy: { name: string } }[], cost = 1): Promise<void> {
    if (items.length === 0) return;
    await this.deps.orm.em
      .fork()
      .execute(
        `update rate_limit set points = greatest(points - ?, 0) where key = any(?::text[]) and expire > ${NOW_MS}`,
        [cost, pgArray(items.map((i) => fullKey(i.key, i.policy)))],
      );
  }

  /** Forgets the key's counter (e.g. failed sign-ins after a successful one). */
  async reset(key: string, policy: { name: string }): Promise<void> {
    await this.deps.orm.em.fork().execute(`delete from rate_limit where key = ?`, [fullKey(key, policy)]);
  }

  /** Forgets every counter of the policy whose key starts with `prefix` (e.g. one account, all addresses). */
  async resetPrefix(prefix: string, policy: { name: string }): Promise<void> {
    await this.deps.orm.em
      .fork()
      .execute(`delete from rate_limit where starts_with(key, ?)`, [fullKey(prefix, policy)]);
  }

  /**
   * Throws RATE_LIMITED (with the seconds left) while the key is in a wait caused by its failures.
   * One row per key: `points` counts failures, `expire` is the last failure + forgetSeconds (so the
   * last failure's time is known without another column).
   */
  async checkDelay(key: string, policy: FailureDelayPolicy): Promise<void> {
    const rows = await this.deps.orm.em
      .fork()
      .execute<{ points: number; ms_left: string }[]>(
        `select points, expire - ${NOW_MS} as ms_left from rate_limit where key = ? and expire > ${NOW_MS}`,
        [fullKey(key, policy)],
      );
    const row = rows[0];
    if (!row) return;
    const sinceLastMs = policy.forgetSeconds * 1000 - Number(row.ms_left);
    const waitMs = failureDelaySeconds(policy, row.points) * 1000 - sinceLastMs;
    if (waitMs <= 0) return;
    this.deps.log.warn({ policy: policy.name, key, failures: row.points }, 'failure delay in force');
    throw new AppError('RATE_LIMITED', policy.message, { retryAfterSeconds: Math.ceil(waitMs / 1000) });
  }

  /** Records one failure (atomic upsert; the forget window restarts); the failures so far. */
  async recordFailure(key: string, policy: FailureDelayPolicy): Promise<number> {
    const rows = await this.deps.orm.em.fork().execute<{ points: number }[]>(
      `insert into rate_limit as r (key, points, expire) values (?, 1, ${NOW_MS} + ?)
         on conflict (key) do update set
           points = case when r.expire <= ${NOW_MS} then 1 else r.points + 1 end,
           expire = excluded.expire
         returning points`,
      [fullKey(key, policy), policy.forgetSeconds * 1000],
    );
    this.cleanupSometimes();
    return rows[0]!.points;
  }

  private async add(key: string, policy: RateLimitPolicy, cost: number): Promise<RateLimitState> {
    const durationMs = policy.durationSeconds * 1000;
    const rows = await this.deps.orm.em.fork().execute<{ points: number; ms_left: string }[]>(
      `insert into rate_limit as r (key, points, expire) values (?, ?, ${NOW_MS} + ?)
         on conflict (key) do update set
           points = case when r.expire <= ${NOW_MS} then excluded.points else r.points + excluded.points end,
           expire = case when r.expire <= ${NOW_MS} then excluded.expire else r.expire end
         returning points, expire - ${NOW_MS} as ms_left`,
      [fullKey(key, policy), cost, durationMs],
    );
    this.cleanupSometimes();
    const row = rows[0]!;
    return toState(policy, row.points, Number(row.ms_left));
  }

  private limited(key: string, policy: RateLimitPolicy, state: RateLimitState): AppError {
    // The key may be an IP or an opaque hash; never an e-mail (callers pass opaqueKey(email)).
    this.deps.log.warn({ policy: policy.name, key, consumed: state.consumed }, 'rate limit exceeded');
    return new AppError('RATE_LIMITED', policy.message, { retryAfterSeconds: state.resetInSeconds });
  }

  /** Deletes windows that ended over an hour ago, at most every five minutes per process. */
  private cleanupSometimes(): void {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    this.deps.orm.em
      .fork()
      .execute(`delete from rate_limit where expire < ${NOW_MS} - 3600000`)
      .catch((err: unknown) => this.deps.log.error({ err }, 'rate limit cleanup failed'));
  }
}

function fullKey(key: string, policy: { name: string }): string {
  return `${policy.name}:${key}`.slice(0, 255);
}

function toState(policy: RateLimitPolicy, consumed: number, msLeft: number): RateLimitState {
  return {
    consumed,
    remaining: Math.max(policy.points - consumed, 0),
    resetInSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}
