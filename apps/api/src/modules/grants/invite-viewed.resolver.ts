import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth-checker.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { inviteLimits } from './invite-limits.ts';
import { markInviteViewed } from './mark-invite-viewed.command.ts';

@Resolver()
export class InviteViewedResolver {
  @Authorized(Role.PERSON_OR_ANONYMOUS)
  @Mutation(() => Boolean, {
    description:
      'The invite page, once loaded in a browser, says the link was opened ("Link aberto" for the titular, at most once an hour). `accessInvite` itself records nothing, so link previews and mail scanners leave no trace. False for an unknown link.',
  })
  async markAccessInviteViewed(@Arg('token') token: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const limits = inviteLimits(ctx.services);
    await limits.beforeLookup(ctx.meta);
    const known = await markInviteViewed(
      ctx.em,
      { userId: ctx.viewer?.userId ?? null, meta: ctx.meta },
      token,
    );
    if (!known) await limits.unknownLink(ctx.meta);
    return known;
  }
}
