// How the supergraph's `_entities` finds our entities, through the same rules as our own queries:
// an Installation by its number (a reference that carries only `number`: the supergraph reads its
// access answer and active grants, never the address); an AccessGrant by id, as `accessGrant(id)`
// does (its titular and invitee only; service keys never read grants).
import { AppError, knownError } from '../../common/errors.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { Scope } from '../../graphql/auth-checker.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { AccessGrantResolver } from '../grants/access-grant.resolver.ts';

/** Marks a reference resolved from the supergraph: only the fields in REFERENCE_FIELDS may be read. */
export const FEDERATION_REF = Symbol('federation reference');

/** Installation fields the supergraph may read of a reference. */
/** (`access`, the viewer's own hold, is judged by the installation policy for the signed-in person.) */
export const REFERENCE_FIELDS = new Set(['number', 'access', 'accessFor', 'activeGrants', '__typename']);

export interface InstallationRef {
  number: string;
  [FEDERATION_REF]: true;
}

function requireCaller(ctx: GraphQLContext): void {
  if (!ctx.apiKey && !ctx.viewer) throw new AppError('UNAUTHENTICATED');
}

export function resolveInstallationReference(
  ref: { number?: unknown },
  ctx: GraphQLContext,
): InstallationRef | null {
  requireCaller(ctx);
  if (ctx.apiKey && !ctx.apiKey.scopes.includes(Scope.INSTALLATION_ACCESS_READ))
    throw new AppError('FORBIDDEN', 'Esta chave de API não tem permissão para esta operação.');
  if (typeof ref.number !== 'string' || !isInstallationNumber(ref.number)) return null;
  return { number: ref.number, [FEDERATION_REF]: true };
}

export async function resolveAccessGrantReference(
  ref: { id?: unknown },
  ctx: GraphQLContext,
): Promise<unknown> {
  requireCaller(ctx);
  if (ctx.apiKey)
    throw new AppError('FORBIDDEN', 'Chaves de API não leem autorizações; use installationAccess.');
  if (typeof ref.id !== 'string') return null;
  try {
    return await AccessGrantResolver.prototype.accessGrant.call(null, ref.id, ctx);
  } catch (err) {
    // Not the caller's to see reads as no such entity, as NOT_FOUND does in accessGrant(id).
    if (knownError(err)?.code === 'NOT_FOUND') return null;
    throw err;
  }
}
