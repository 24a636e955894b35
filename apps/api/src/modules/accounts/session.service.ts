import type { EntityManager } from '@mikro-orm/postgresql';
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

/** Sessions: opaque random tokens, stored as SHA-256, sliding expiry, revocable. */
export class SessionService {
  constructor(
    private readonly ttlMs: number,
    private readonly pubsub: PgPubSub,
  ) {}

  async create(
    em: EntityManager,
    user: User,
    meta: RequestMeta,
  ): Promise<{ token: string; session: Session }> {
    const token = newToken();
    const session = em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.ttlMs),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    await em.persist(session).flush();
    return { token, session };
  }

  /**
   * Resolves a token to a viewer, sliding the expiry forward. Judged by the database clock so every
   * API process agrees. One UPDATE … RETURNING: no read-then-write race.
   */
  async authenticate(em: EntityManager, token: string): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const rows = await em.execute<{ id: string; user_id: string }[]>(
      `update "session" set last_seen_at = now(),
              expires_at = greatest(expires_at, now() + (? * interval '1 millisecond'))
        where token_hash = ? and revoked_at is null and expires_at > now()
        returning id, user_id`,
      [this.ttlMs, hashToken(token)],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, sessionId: row.id } : null;
  }

  /** Which of these sessions are still valid (open WebSocket connections are re-checked with it). */
  async stillActive(em: EntityManager, sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await em.execute<{ id: string }[]>(
      `select id from "session" where id in (?) and revoked_at is null and expires_at > now()`,
      [sessionIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.execute(`update "session" set revoked_at = now() where id = ? and revoked_at is null`, [
      sessionId,
    ]);
    this.pubsub.publish('SESSION_ENDED', { sessionIds: [sessionId] });
  }

  /** Ends every session of a user (password reset). Must run inside the caller's transaction. */
  async revokeAllForUser(em: EntityManager, userId: string): Promise<void> {
    const rows = await em.execute<{ id: string }[]>(
      `update "session" set revoked_at = now() where user_id = ? and revoked_at is null returning id`,
      [userId],
    );
    if (rows.length) await this.pubsub.notify(em, 'SESSION_ENDED', { sessionIds: rows.map((r) => r.id) });
  }
}
