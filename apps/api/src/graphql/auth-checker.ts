import type { AuthCheckerFn } from 'type-graphql';
import { AppError } from '../common/errors.ts';
import type { GraphQLContext } from './context.ts';

/** Who may call a field, for `@Authorized(...)`; each role or scope named admits its callers. */
export const Role = {
  /** A signed-in person; never a service key. (A bare `@Authorized()` means the same.) */
  PERSON: 'PERSON',
  /** A person, signed in or not (e.g. declining through an invite link); never a service key. */
  PERSON_OR_ANONYMOUS: 'PERSON_OR_ANONYMOUS',
} as const;

/** Scopes of other teams' service keys (`x-api-key`): `@Authorized(Role.PERSON, Scope.…)`. */
export const Scope = {
  INSTALLATION_ACCESS_READ: 'installation-access:read',
  /** The customer-records team: troca de titularidade, deactivations, representatives, partners ending. */
  CUSTOMERS_WRITE: 'customers:write',
} as const;

const ROLES = new Set<string>(Object.values(Role));

/**
 * A service key passes when it holds every scope named; a signed-in person when a role admits
 * people (the resolver's service then limits what a person may see); anyone else only where
 * PERSON_OR_ANONYMOUS is named.
 */
export const authChecker: AuthCheckerFn<GraphQLContext> = ({ context }, names) => {
  if (context.apiKey) {
    const scopes = names.filter((n) => !ROLES.has(n));
    if (scopes.length > 0 && scopes.every((s) => context.apiKey!.scopes.includes(s))) return true;
    throw new AppError('FORBIDDEN', 'Esta chave de API não tem permissão para esta operação.');
  }
  const admitsPeople =
    names.length === 0 || names.includes(Role.PERSON) || names.includes(Role.PERSON_OR_ANONYMOUS);
  if (context.viewer && admitsPeople) return true;
  if (names.includes(Role.PERSON_OR_ANONYMOUS)) return true;
  if (context.viewer) throw new AppError('FORBIDDEN');
  throw new AppError('UNAUTHENTICATED');
};
