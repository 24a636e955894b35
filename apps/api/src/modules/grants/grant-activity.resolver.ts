import { Arg, Authorized, Ctx, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AppError } from '../../common/errors.ts';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { Topics } from '../../graphql/topics.ts';
import { partiesOfRow } from './access-grant.sql.ts';
import { authorize, person } from './grant-access.policy.ts';
import { activityById, activityCursor, activityPage } from './grant-activity.ts';
import { GrantActivityConnection, GrantActivityDto, GrantActivityEdge } from './grant-activity.type.ts';
import { toConnection } from '../../graphql/connection.ts';
import { subscribeFiltered } from '../../graphql/filtered-subscription.ts';

type ActivityPayload = Topics['GRANT_ACTIVITY'];

/** The grant's activity for one of its parties: the titular and the invitee only (NOT_FOUND otherwise). */
async function authorizeActivity(ctx: GraphQLContext, grantId: string): Promise<void> {
  const viewer = requireViewer(ctx);
  const user = await ctx.services.grants.user(ctx.em, viewer.userId);
  // Company grants: any current representative of the partner sees its activity too.
  const partnerIds = await ctx.services.customers.partnerIdsForUser(ctx.em, viewer.userId);
  const caller = person(user.id, user.cpf, partnerIds);
  const row = await ctx.services.grants.visibleGrant(ctx.em, caller, grantId);
  authorize(caller, 'VIEW_ACTIVITY', partiesOfRow(row));
}

/** Acts under the grants the user gave or received (optionally one grant), from this process's fan-out. */
function activityFor(
  pubsub: PgPubSub,
  userId: string,
  grantId: string | null,
): AsyncIterableIterator<ActivityPayload> {
  return subscribeFiltered(
    pubsub,
    'GRANT_ACTIVITY',
    (p) => (p.titularId === userId || p.inviteeId === userId) && (!grantId || p.grantId === grantId),
  );
}

@Resolver()
export class GrantActivityResolver {
  @Authorized(Role.PERSON)
  @Query(() => GrantActivityConnection, {
    description:
      'Atividade: what was done under a grant in the titular’s name (bills viewed or downloaded, consumption viewed, requests made), newest first, with person and time. The grant’s titular and invitee only (NOT_FOUND otherwise).',
  })
  async grantActivity(
    @Arg('grantId', () => ID, { description: 'The grant.' }) grantId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantActivityConnection> {
    await authorizeActivity(ctx, grantId);
    const page = await activityPage(ctx.em, grantId, { first, after });
    return toConnection(
      GrantActivityConnection,
      GrantActivityEdge,
      page,
      (r) => activityCursor(r),
      (r) => GrantActivityDto.fromRow(r),
    );
  }

  @Authorized(Role.PERSON)
  @Subscription(() => GrantActivityDto, {
    description:
      'Each new act under the grants you gave or received (or only `grantId`), as it commits. After a reconnect, read `grantActivity` again.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      // type-graphql types args as Record<string, any>; read it as unknown and narrow.
      const { grantId: raw } = args as { grantId?: unknown };
      const grantId = typeof raw === 'string' ? raw : null;
      return activityFor(ctx.services.pubsub, requireViewer(ctx).userId, grantId);
    },
  })
  async grantActivityAdded(
    @Arg('grantId', () => ID, { nullable: true, description: 'Only this grant’s activity.' })
    _grantId: string | null,
    @Root() event: ActivityPayload,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantActivityDto> {
    const row = await activityById(ctx.services.orm.em.fork(), event.eventId);
    if (!row) throw new AppError('NOT_FOUND', 'Atividade não encontrada.');
    return GrantActivityDto.fromRow(row);
  }
}
