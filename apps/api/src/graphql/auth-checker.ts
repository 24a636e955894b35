import type { AuthChecker } from 'type-graphql';
import { AppError } from '../common/errors.ts';
import type { GraphQLContext } from './context.ts';

/**
 * `@Authorized()`: a signed-in user. `@Authorized('scope')`: a signed-in user, or a service API key
 * holding that scope (the resolver's service then limits what a person may see).
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, scopes) => {
  if (context.viewer) return true;
  if (context.apiKey) {
    if (scopes.length > 0 && scopes.every((s) => context.apiKey!.scopes.includes(s))) return true;
    throw new AppError('FORBIDDEN', 'Esta chave de API não tem permissão para esta operação.');
  }
  throw new AppError('UNAUTHENTICATED');
};
