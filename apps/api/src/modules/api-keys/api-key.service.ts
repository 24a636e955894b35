import type { EntityManager } from '@mikro-orm/postgresql';
import { BackgroundWrites } from '../../common/background.ts';
import { AppError } from '../../common/errors.ts';
import { createLogger, type Logger } from '../../common/logger.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { ApiKeyPrincipal } from '../../graphql/context.ts';
import type { RateLimitService } from '../rate-limit/rate-limit.service.ts';
import { ApiKey } from './api-key.entity.ts';

export const API_KEY_SCOPES = ['installation-access:read', 'webhooks:manage', 'customers:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** `a,b` → the scopes, or the problem (an unknown or empty list). */
export function parseScopes(list: string): ApiKeyScope[] | string {
  return checkScopes(list.split(','));
}

/** The scopes, de-duplicated, or the problem (an unknown or empty list). */
export function checkScopes(given: readonly string[]): ApiKeyScope[] | string {
  const scopes = [...new Set(given.map((s) => s.trim()).filter(Boolean))];
  const unknown = scopes.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length > 0) {
    return `unknown or missing scopes: ${unknown.join(', ') || '(none)'}; known: ${API_KEY_SCOPES.join(', ')}`;
  }
  return scopes as ApiKeyScope[];
}

/** What a key is made with besides its name and scopes. */
export interface ApiKeyOptions {
  team?: string | null;
  contactEmail?: string | null;
  rateLimitPerMinute?: number | null;
}

interface AuthRow {
  id: string;
  name: string;
  scopes: string[];
  stale: boolean;
  rate_limit_per_minute: number | null;
}

/** A key works until revoked and, once rotated, until the end of its overlap (database clock). */
const USABLE = `revoked_at is null and (expires_at is null or expires_at > now())`;

/** Service API keys for other teams: `dlg_<prefix>_<secret>`, stored as SHA-256, with scopes. */
export class ApiKeyService {
  private readonly touches: BackgroundWrites;
  private readonly rateLimits: RateLimitService | null;

  /** Without a logger (CLI scripts, tests that only create keys) failures go to a fresh one. */
  constructor(deps: { log?: Logger; rateLimits?: RateLimitService } = {}) {
    this.touches = new BackgroundWrites(deps.log ?? createLogger('error'), 'recording API key use');
    this.rateLimits = deps.rateLimits ?? null;
  }

  async create(
    em: EntityManager,
    name: string,
    scopes: ApiKeyScope[],
    opts: ApiKeyOptions = {},
  ): Promise<{ key: string; apiKey: ApiKey }> {
    const secret = newToken();
    const prefix = secret.slice(0, 8);
    const key = `dlg_${prefix}_${secret.slice(8)}`;
    const apiKey = em.create(ApiKey, {
      name,
      prefix,
      keyHash: hashToken(key),
      scopes,
      team: opts.team ?? null,
      contactEmail: opts.contactEmail ?? null,
      rateLimitPerMinute: opts.rateLimitPerMinute ?? null,
    });
    await em.persist(apiKey).flush();
    return { key, apiKey };
  }

  /**
   * A read; use is recorded at most once a minute per key, after the answer. A key with its own
   * limit spends one point per request (RATE_LIMITED with retryAfterSeconds past it).
   */
  async authenticate(em: EntityManager, key: string): Promise<ApiKeyPrincipal | null> {
    if (key.length > 200) return null;
    const rows = await em.execute<AuthRow[]>(
      `select id, name, scopes, rate_limit_per_minute,
              coalesce(last_used_at < now() - interval '1 minute', true) as stale
         from "api_key" where key_hash = ? and ${USABLE}`,
      [hashToken(key)],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) {
      this.touches.run(() =>
        em.execute(
          `update "api_key" set last_used_at = now()
            where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
          [row.id],
        ),
      );
    }
    if (row.rate_limit_per_minute && this.rateLimits) {
      await this.rateLimits.consume(row.id, {
        name: 'api-key',
        points: row.rate_limit_per_minute,
        durationSeconds: 60,
        message: `Esta chave de API passou do seu limite de ${row.rate_limit_per_minute} requisições por minuto. Tente de novo em instantes.`,
      });
    }
    return { apiKeyId: row.id, name: row.name, scopes: row.scopes };
  }

  /** Waits for the use records in flight (shutdown, tests). */
  settle(): Promise<void> {
    return this.touches.settle();
  }

  /** Every key, newest first (operators' listing). */
  list(em: EntityManager): Promise<ApiKey[]> {
    return em.find(ApiKey, {}, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /**
   * A new key with the same owner, scopes and limit; the old one keeps working for `overlapMinutes`
   * (0: it stops at once), then stops (database clock). Only a usable key rotates; of two concurrent
   * rotations one wins (the row is locked), the other is told CONFLICT.
   */
  async rotate(
    em: EntityManager,
    id: string,
    overlapMinutes: number,
  ): Promise<{ key: string; apiKey: ApiKey; previous: ApiKey }> {
    return em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; usable: boolean; replaced_by_id: string | null }[]>(
        `select id, (${USABLE}) as usable, replaced_by_id from "api_key" where id = ? for update`,
        [id],
      );
      const row = rows[0];
      if (!row) throw new AppError('NOT_FOUND', 'Chave de API não encontrada.');
      if (!row.usable || row.replaced_by_id)
        throw new AppError(
          'CONFLICT',
          'Esta chave já foi revogada, substituída ou expirou: não pode ser trocada.',
        );
      const old = await tx.findOneOrFail(ApiKey, { id });
      const made = await this.create(tx, old.name, old.scopes as ApiKeyScope[], {
        team: old.team,
        contactEmail: old.contactEmail,
        rateLimitPerMinute: old.rateLimitPerMinute,
      });
      await tx.execute(
        `update "api_key" set replaced_by_id = ?, expires_at = now() + make_interval(mins => ?) where id = ?`,
        [made.apiKey.id, overlapMinutes, id],
      );
      await tx.refresh(old);
      return { ...made, previous: old };
    });
  }

  /** Revokes one key at once; NOT_FOUND for an unknown id. Revoking twice keeps the first time. */
  async revokeById(em: EntityManager, id: string): Promise<ApiKey> {
    const rows = await em.execute<{ id: string }[]>(
      `update "api_key" set revoked_at = coalesce(revoked_at, now()) where id = ? returning id`,
      [id],
    );
    if (rows.length === 0) throw new AppError('NOT_FOUND', 'Chave de API não encontrada.');
    return em.findOneOrFail(ApiKey, { id }, { refresh: true });
  }

  async revoke(em: EntityManager, prefix: string): Promise<number> {
    const rows = await em.execute<{ id: string }[]>(
      `update "api_key" set revoked_at = now() where prefix = ? and revoked_at is null returning id`,
      [prefix],
    );
    return rows.length;
  }
}
