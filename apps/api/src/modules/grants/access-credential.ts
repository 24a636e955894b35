// The request's credential (session or service key) as the statements that re-check it themselves
// take it (the access check), and what happens when they find it revoked.
import { AppError } from '../../common/errors.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import type { AccessCredential } from './installation-access.query.ts';

/**
 * The credential of the request, for statements that re-check it themselves (the access check): the
 * caller may come from the in-process principal cache, unconfirmed.
 */
export function credentialOf(ctx: GraphQLContext): AccessCredential {
  const { apiKey, services, em } = ctx;
  if (apiKey)
    return { apiKeyId: apiKey.apiKeyId, onStale: () => services.apiKeys.recordUse(em, apiKey.apiKeyId) };
  const { sessionId } = requireViewer(ctx);
  return {
    sessionId,
    absoluteMs: services.sessions.absoluteMs,
    onStale: () => services.sessions.recordUse(em, sessionId),
  };
}

/** A credential found revoked by the access statement leaves this process's cache at once. */
export function forgetRevokedCredential(ctx: GraphQLContext, err: unknown): never {
  if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
    if (ctx.apiKey) ctx.services.apiKeys.forget(ctx.apiKey.apiKeyId);
    else if (ctx.viewer) ctx.services.sessions.forget(ctx.viewer.sessionId);
  }
  throw err;
}
