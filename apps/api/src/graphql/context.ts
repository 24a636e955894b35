import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../app/services.ts';
import { AppError } from '../common/errors.ts';
import type { RequestMeta } from '../common/request-meta.ts';
import type { Viewer } from '../modules/accounts/session.service.ts';

/** A service (another team's system) calling with an `x-api-key`. */
export interface ApiKeyPrincipal {
  apiKeyId: string;
  name: string;
  scopes: string[];
  /** From the in-process principal cache, not yet confirmed in this request (see Viewer.unconfirmed). */
  unconfirmed?: true;
}

/** Per-request (or per-WebSocket-operation) context: one forked EntityManager, who asks, from where. */
export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  apiKey: ApiKeyPrincipal | null;
  meta: RequestMeta;
  services: Services;
  /** Per-request memo (DataLoaders); see `loader()` in graphql/loaders.ts. */
  cache: Map<string, unknown>;
}

/** The signed-in user, or UNAUTHENTICATED. Resolvers behind `@Authorized()` can rely on it. */
export function requireViewer(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  return ctx.viewer;
}
