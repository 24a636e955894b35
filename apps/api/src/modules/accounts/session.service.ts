import type { EntityManager } from '@mikro-orm/postgresql';
import { BackgroundWrites } from '../../common/background.ts';
import type { Logger } from '../../common/logger.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';

/** Who is signed in on a request or WebSocket connection. */
export interface Viewer {
  userId: string;
  sessionId: string;
}

/**
 * Sessions: opaque random tokens, stored as SHA-256, revocable. The expiry slides forward with use
 * (SESSION_TTL_HOURS) but never past an absolute end (SESSION_ABSOLUTE_DAYS after sign-in), both
 * judged by the database clock so every API process agrees.
 */
export class SessionService {
  private readonly touches: BackgroundWrites;

  constructor(private readonly opts: { ttlMs: number; absoluteMs: number; pubsub: PgPubSub; log: Logger }) {
    this.touches = new BackgroundWrites(opts.log, 'recording session use');
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
   * minute per session, after the answer: a conditional UPDATE off the request's path.
   */
  async authenticate(em: EntityManager, token: string): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const rows = await em.execute<{ id: string; user_id: string; stale: boolean }[]>(
      `select id, user_id, last_seen_at < now() - interval '1 minute' as stale from "session"
        where token_hash = ? and revoked_at is null and expires_at > now()
          and created_at > now() - (? * interval '1 millisecond')`,
      [hashToken(token), this.opts.absoluteMs],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) this.touches.run(() => this.touch(em, row.id));
    return { userId: row.user_id, sessionId: row.id };
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
    this.opts.pubsub.publish('SESSION_ENDED', { sessionIds: [sessionId] });
  }

  /** Ends every session of a user (password reset). Must run inside the caller's transaction. */
  async revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
    const rows = await em.execute<{ id: string }[]>(
      `update "session" set revoked_at = now() where user_id = ? and revoked_at is null returning id`,
      [userId],
    );
    if (rows.length)
      await this.opts.pubsub.notify(em, 'SESSION_ENDED', { sessionIds: rows.map((r) => r.id) });
  }
}
