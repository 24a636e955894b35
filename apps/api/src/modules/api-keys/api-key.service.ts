import type { EntityManager } from '@mikro-orm/postgresql';
import { BackgroundWrites } from '../../common/background.ts';
import { AppError } from '../../common/errors.ts';
import { createLogger, type Logger } from '../../common/logger.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { ApiKeyPrincipal } from '../../graphql/context.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { PrincipalCache } from '../accounts/principal-cache.ts';
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

/**
 * SQL condition: the key aliased `k` works: until revoked and, once rotated, until the end of its
 * overlap (database clock).
 */
export function usableKeyCondition(k: string): string {
  return `(${k}.revoked_at is null and (${k}.expires_at is null or ${k}.expires_at > now()))`;
}

const USABLE = usableKeyCondition('"api_key"');

/** What the principal cache keeps of a key besides the principal: its own rate limit. */
interface CachedKey {
  principal: ApiKeyPrincipal;
  rateLimitPerMinute: number | null;
}

/** Service API keys for other teams: `dlg_<prefix>_<secret>`, stored as SHA-256, with scopes. */
export class ApiKeyService {
  private readonly touches: BackgroundWrites;
  private readonly rateLimits: RateLimitService | null;
  private readonly pubsub: PgPubSub | null;
  /** Key hash → principal (see principal-cache.ts); revoked keys leave it on API_KEY_REVOKED. */
  private readonly cache: PrincipalCache<CachedKey>;

  /**
   * Without a logger (CLI scripts, tests that only create keys) failures go to a fresh one; without
   * pub/sub, revocations are not announced to other processes (they still refuse the key at once:
   * every cached use is confirmed by the database).
   */
  constructor(
    deps: { log?: Logger; rateLimits?: RateLimitService; pubsub?: PgPubSub; cacheMs?: number } = {},
  ) {
    this.touches = new BackgroundWrites(deps.log ?? createLogger('error'), 'recording API key use');
    this.rateLimits = deps.rateLimits ?? null;
    this.pubsub = deps.pubsub ?? null;
    this.cache = new PrincipalCache(deps.cacheMs);
    this.pubsub?.on('API_KEY_REVOKED', (p) => this.cache.dropIds(p.apiKeyIds));
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
   * A read; use is recorded at most once a minute per key and process, after the answer. A key with
   * its own limit spends one point per request (RATE_LIMITED with retryAfterSeconds past it). With
   * `deferConfirmation`, a key this process read in the last PRINCIPAL_CACHE_MS costs no statement:
   * the principal comes back `unconfirmed`, and the caller must confirm it (`confirm`, or inside its
   * own statement with usableKeyCondition) before acting on it.
   */
  async authenticate(
    em: EntityManager,
    key: string,
    opts: { deferConfirmation?: boolean } = {},
  ): Promise<ApiKeyPrincipal | null> {
    if (key.length > 200) return null;
    const hash = hashToken(key);
    const hit = opts.deferConfirmation ? this.cache.get(hash) : undefined;
    let found: CachedKey;
    if (hit) {
      found = { ...hit.principal, principal: { ...hit.principal.principal, unconfirmed: true } };
    } else {
      const rows = await em.execute<AuthRow[]>(
        `select id, name, scopes, rate_limit_per_minute,
                coalesce(last_used_at < now() - interval '1 minute', true) as stale
           from "api_key" where key_hash = ? and ${USABLE}`,
        [hash],
      );
      const row = rows[0];
      if (!row) return null;
      if (row.stale) this.recordUse(em, row.id);
      const principal = { apiKeyId: row.id, name: row.name, scopes: row.scopes };
      found = { principal, rateLimitPerMinute: row.rate_limit_per_minute };
      this.cache.set(hash, row.id, found);
      found = { ...found, principal: { ...principal } };
    }
    const limit = found.rateLimitPerMinute;
    if (limit && this.rateLimits) {
      await this.rateLimits.consume(found.principal.apiKeyId, {
        name: 'api-key',
        points: limit,
        durationSeconds: 60,
        message: `Esta chave de API passou do seu limite de ${limit} requisições por minuto. Tente de novo em instantes.`,
      });
    }
    return found.principal;
  }

  /** Records use off the request's path, when a statement read the key's last use as over a minute old. */
  recordUse(em: EntityManager, id: string): void {
    this.touches.run(() =>
      em.execute(
        `update "api_key" set last_used_at = now()
          where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [id],
      ),
    );
  }

  /** Confirms an `unconfirmed` principal by the database (one statement); false once the key stopped working. */
  async confirm(em: EntityManager, principal: ApiKeyPrincipal): Promise<boolean> {
    const rows = await em.execute<{ stale: boolean }[]>(
      `select coalesce(last_used_at < now() - interval '1 minute', true) as stale
         from "api_key" where id = ? and ${USABLE}`,
      [principal.apiKeyId],
    );
    if (rows.length === 0) {
      this.forget(principal.apiKeyId);
      return false;
    }
    if (rows[0]!.stale) this.recordUse(em, principal.apiKeyId);
    delete principal.unconfirmed;
    return true;
  }

  /** Drops a key from this process's cache (it was found revoked or expired). */
  forget(apiKeyId: string): void {
    this.cache.dropIds([apiKeyId]);
  }

  /** Tells every process (and this one) that these keys stopped working. */
  private revoked(ids: string[]): void {
    if (ids.length === 0) return;
    this.cache.dropIds(ids);
    this.pubsub?.publish('API_KEY_REVOKED', { apiKeyIds: ids });
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
    this.revoked([id]);
    return em.findOneOrFail(ApiKey, { id }, { refresh: true });
  }

  async revoke(em: EntityManager, prefix: string): Promise<number> {
    const rows = await em.execute<{ id: string }[]>(
      `update "api_key" set revoked_at = now() where prefix = ? and revoked_at is null returning id`,
      [prefix],
    );
    this.revoked(rows.map((r) => r.id));
    return rows.length;
  }
}
