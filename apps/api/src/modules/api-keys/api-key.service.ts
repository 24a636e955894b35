import type { EntityManager } from '@mikro-orm/postgresql';
import { BackgroundWrites } from '../../common/background.ts';
import { createLogger, type Logger } from '../../common/logger.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { ApiKeyPrincipal } from '../../graphql/context.ts';
import { ApiKey } from './api-key.entity.ts';

export const API_KEY_SCOPES = ['installation-access:read', 'customers:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** `a,b` → the scopes, or the problem (an unknown or empty list). */
export function parseScopes(list: string): ApiKeyScope[] | string {
  const scopes = [...new Set(list.split(',').map((s) => s.trim()).filter(Boolean))];
  const unknown = scopes.filter((s) => !(API_KEY_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length > 0) {
    return `unknown or missing scopes: ${unknown.join(', ') || '(none)'}; known: ${API_KEY_SCOPES.join(', ')}`;
  }
  return scopes as ApiKeyScope[];
}

/** Service API keys for other teams: `dlg_<prefix>_<secret>`, stored as SHA-256, with scopes. */
export class ApiKeyService {
  private readonly touches: BackgroundWrites;

  /** Without a logger (CLI scripts, tests that only create keys) failures go to a fresh one. */
  constructor(deps: { log?: Logger } = {}) {
    this.touches = new BackgroundWrites(deps.log ?? createLogger('error'), 'recording API key use');
  }

  async create(
    em: EntityManager,
    name: string,
    scopes: ApiKeyScope[],
  ): Promise<{ key: string; apiKey: ApiKey }> {
    const secret = newToken();
    const prefix = secret.slice(0, 8);
    const key = `dlg_${prefix}_${secret.slice(8)}`;
    const apiKey = em.create(ApiKey, { name, prefix, keyHash: hashToken(key), scopes });
    await em.persist(apiKey).flush();
    return { key, apiKey };
  }

  /** A read; use is recorded at most once a minute per key, after the answer. */
  async authenticate(em: EntityManager, key: string): Promise<ApiKeyPrincipal | null> {
    if (key.length > 200) return null;
    const rows = await em.execute<{ id: string; name: string; scopes: string[]; stale: boolean }[]>(
      `select id, name, scopes, coalesce(last_used_at < now() - interval '1 minute', true) as stale
         from "api_key" where key_hash = ? and revoked_at is null`,
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
    return { apiKeyId: row.id, name: row.name, scopes: row.scopes };
  }

  /** Waits for the use records in flight (shutdown, tests). */
  settle(): Promise<void> {
    return this.touches.settle();
  }

  async revoke(em: EntityManager, prefix: string): Promise<number> {
    const rows = await em.execute<{ id: string }[]>(
      `update "api_key" set revoked_at = now() where prefix = ? and revoked_at is null returning id`,
      [prefix],
    );
    return rows.length;
  }
}
