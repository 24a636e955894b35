import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { ApiKeyPrincipal } from '../../graphql/context.ts';
import { ApiKey } from './api-key.entity.ts';

export const API_KEY_SCOPES = ['installation-access:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Service API keys for other teams: `dlg_<prefix>_<secret>`, stored as SHA-256, read-only scopes. */
export class ApiKeyService {
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

  async authenticate(em: EntityManager, key: string): Promise<ApiKeyPrincipal | null> {
    if (key.length > 200) return null;
    const rows = await em.execute<{ id: string; name: string; scopes: string[] }[]>(
      `update "api_key" set last_used_at = now()
        where key_hash = ? and revoked_at is null
        returning id, name, scopes`,
      [hashToken(key)],
    );
    const row = rows[0];
    return row ? { apiKeyId: row.id, name: row.name, scopes: row.scopes } : null;
  }

  async revoke(em: EntityManager, prefix: string): Promise<number> {
    const rows = await em.execute<{ id: string }[]>(
      `update "api_key" set revoked_at = now() where prefix = ? and revoked_at is null returning id`,
      [prefix],
    );
    return rows.length;
  }
}
