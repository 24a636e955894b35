import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { AccessGrantScope } from './access-grant-scope.ts';
import './access-grant-scope.type.ts';
import { AccessGrantType } from './access-grant.type.ts';
import { person } from './grant-access.policy.ts';

@Resolver()
export class GrantScopesResolver {
  @Authorized(Role.PERSON)
  @Mutation(() => AccessGrantType, {
    description:
      'Narrow what a grant lets the invitee do (titular; only taking scopes away, at least one kept). With immediate effect: bills or requests outside the new scopes are refused at once; the invitee is told by e-mail and through `accessGrantChanged` (SCOPES_NARROWED).',
  })
  async narrowAccessGrantScopes(
    @Arg('id', () => ID, { description: 'The grant.' }) id: string,
    @Arg('scopes', () => [AccessGrantScope], { description: 'What the grant keeps covering.' })
    scopes: AccessGrantScope[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantType> {
    const viewer = requireViewer(ctx);
    await ctx.services.grants.narrowScopes(ctx.em, { userId: viewer.userId, meta: ctx.meta }, id, scopes);
    const user = await ctx.services.grants.user(ctx.em, viewer.userId);
    const partnerIds = await ctx.services.customers.partnerIdsForUser(ctx.em, viewer.userId);
    const row = await ctx.services.grants.visibleGrant(ctx.em, person(user.id, user.cpf, partnerIds), id);
    return AccessGrantType.fromRow(row, { userId: user.id, cpf: user.cpf, partnerIds });
  }
}
