import type { EntityManager } from '@mikro-orm/postgresql';
import { BackgroundWrites } from '../../common/background.ts';
import type { Logger } from '../../common/logger.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { PrincipalCache } from './principal-cache.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';

/** Who is signed in on a request or WebSocket connection. */
export interface Viewer {
  userId: string;
  sessionId: string;
  /**
   * Read from this process's cache and not yet confirmed by the database in this request: confirm
   * it (`SessionService.confirm`) or check it inside the request's own statement before use.
   */
  unconfirmed?: true;
}

/**
 * SQL condition: the session aliased `s` still holds (not revoked, not expired, within its absolute
 * lifetime `absoluteMs`, an SQL expression in milliseconds), by the database clock.
 */
export function validSessionCondition(s: string, absoluteMs: string): string {
  return `(${s}.revoked_at is null and ${s}.expires_at > now()
           and ${s}.created_at > now() - (${absoluteMs} * interval '1 millisecond'))`;
}

/**
 * Sessions: opaque random tokens, stored as SHA-256, revocable. The expiry slides forward with use
 * (SESSION_TTL_HOURS) but never past an absolute end (SESSION_ABSOLUTE_DAYS after sign-in), both
 * judged by the database clock so every API process agrees.
 */
export class SessionService {
  private readonly touches: BackgroundWrites;
  /** Token hash → viewer (see principal-cache.ts); ended sessions leave it on SESSION_ENDED. */
  private readonly cache: PrincipalCache<Viewer>;

  constructor(
    private readonly opts: {
      ttlMs: number;
      absoluteMs: number;
      pubsub: PgPubSub;
      log: Logger;
      cacheMs?: number;
    },
  ) {
    this.touches = new BackgroundWrites(opts.log, 'recording session use');
    this.cache = new PrincipalCache(opts.cacheMs);
    opts.pubsub.on('SESSION_ENDED', (p) => this.cache.dropIds(p.sessionIds));
  }

  /** A session's absolute lifetime (SESSION_ABSOLUTE_DAYS), for statements that check it themselves. */
  get absoluteMs(): number {
    return this.opts.absoluteMs;
  }

  async create(
    em: EntityManager,
    user: User,
    meta: RequestMeta,
  ): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const session = em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + Math.min(this.opts.ttlMs, this.opts.absoluteMs)),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    await em.persist(session).flush();
    return { token, session };
  }

  /**
   * Resolves a token to a viewer: a read. Use is recorded (and the expiry slid) at most once a
   * minute per session and process, after the answer: a conditional UPDATE off the request's path.
   * With `deferConfirmation`, a token this process read in the last PRINCIPAL_CACHE_MS costs no
   * statement: the viewer comes back `unconfirmed`, and the caller must confirm it (`confirm`, or
   * inside its own statement with validSessionCondition) before acting on it.
   */
  async authenticate(
    em: EntityManager,
    token: string,
    opts: { deferConfirmation?: boolean } = {},
  ): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const hash = hashToken(token);
    const hit = opts.deferConfirmation ? this.cache.get(hash) : undefined;
    if (hit) return { ...hit.principal, unconfirmed: true };
    const rows = await em.execute<{ id: string; user_id: string; stale: boolean }[]>(
      `select s.id, s.user_id, s.last_seen_at < now() - interval '1 minute' as stale from "session" s
        where s.token_hash = ? and ${validSessionCondition('s', '?')}`,
      [hash, this.opts.absoluteMs],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) this.recordUse(em, row.id);
    const viewer = { userId: row.user_id, sessionId: row.id };
    this.cache.set(hash, row.id, viewer);
    return { ...viewer };
  }

  /** Confirms an `unconfirmed` viewer by the database (one statement); false once its session ended. */
  async confirm(em: EntityManager, viewer: Viewer): Promise<boolean> {
    const rows = await em.execute<{ stale: boolean }[]>(
      `select s.last_seen_at < now() - interval '1 minute' as stale from "session" s
        where s.id = ? and s.user_id = ? and ${validSessionCondition('s', '?')}`,
      [viewer.sessionId, viewer.userId, this.opts.absoluteMs],
    );
    if (rows.length === 0) {
      this.forget(viewer.sessionId);
      return false;
    }
    if (rows[0]!.stale) this.recordUse(em, viewer.sessionId);
    delete viewer.unconfirmed;
    return true;
  }

  /**
   * Records use and slides the expiry, off the request's path; call it when a statement read the
   * session's last use as over a minute old (a conditional UPDATE: at most once a minute anyway).
   */
  recordUse(em: EntityManager, sessionId: string): void {
    this.touches.run(() => this.touch(em, sessionId));
  }

  /** Drops a session from this process's cache (it was found ended). */
  forget(sessionId: string): void {
    this.cache.dropIds([sessionId]);
  }

  private touch(em: EntityManager, sessionId: string): Promise<unknown> {
    return em.execute(
      `update "session" set last_seen_at = now(),
              expires_at = least(greatest(expires_at, now() + (? * interval '1 millisecond')),
                                 created_at + (? * interval '1 millisecond'))
        where id = ? and last_seen_at < now() - interval '1 minute'`,
      [this.opts.ttlMs, this.opts.absoluteMs, sessionId],
    );
  }

  /** Waits for the use records in flight (shutdown, tests). */
  settle(): Promise<void> {
    return this.touches.settle();
  }

  /** Which of these sessions are still valid (open WebSocket connections are re-checked with it). */
  async stillActive(em: EntityManager, sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await em.execute<{ id: string }[]>(
      `select id from "session" where id in (?) and revoked_at is null and expires_at > now()
          and created_at > now() - (? * interval '1 millisecond')`,
      [sessionIds, this.opts.absoluteMs],
    );
    return new Set(rows.map((r) => r.id));
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.execute(`update "session" set revoked_at = now() where id = ? and revoked_at is null`, [
      sessionId,
    ]);
    this.forget(sessionId);
    this.opts.pubsub.publish('SESSION_ENDED', { sessionIds: [sessionId] });
  }

  /** Ends every session of a user (password reset). Must run inside the caller's transaction. */
  async revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
    const rows = await em.execute<{ id: string }[]>(
      `update "session" set revoked_at = now() where user_id = ? and revoked_at is null returning id`,
      [userId],
    );
    this.cache.dropIds(rows.map((r) => r.id));
    if (rows.length)
      await this.opts.pubsub.notify(em, 'SESSION_ENDED', { sessionIds: rows.map((r) => r.id) });
  }
}
