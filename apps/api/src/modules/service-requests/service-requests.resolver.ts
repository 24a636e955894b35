import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { AppError } from '../../common/errors.ts';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { loader } from '../../graphql/loaders.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { Topics } from '../../graphql/topics.ts';
import { person, type Caller } from '../grants/grant-access.policy.ts';
import { GrantActivityDto } from '../grants/grant-activity.type.ts';
import type { ServiceRequestRow } from './service-request.queries.ts';
import { serviceRequestCursor } from './service-request.queries.ts';
import {
  RequestServiceInput,
  ServiceRequestConnection,
  ServiceRequestDto,
  ServiceRequestEdge,
} from './service-request.type.ts';
import { toConnection } from '../../graphql/connection.ts';
import { subscribeFiltered } from '../../graphql/filtered-subscription.ts';

type Added = Topics['SERVICE_REQUEST_ADDED'];

function callerOf(ctx: GraphQLContext): Caller {
  return person(requireViewer(ctx).userId);
}

function requestLoader(ctx: GraphQLContext) {
  return loader<string, ServiceRequestRow | null>(ctx, 'serviceRequests:byId', async (ids) => {
    const rows = await ctx.services.serviceRequests.byIds(ctx.em, ids);
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/**
 * New requests on one installation, for a viewer who may see them at the moment of each event (a
 * revoked invitee stops hearing at once). Ending the subscription aborts the listener.
 */
function requestsAddedFor(
  ctx: GraphQLContext,
  pubsub: PgPubSub,
  number: string,
): AsyncIterableIterator<Added> {
  const caller = callerOf(ctx);
  return subscribeFiltered(
    pubsub,
    'SERVICE_REQUEST_ADDED',
    async (p) =>
      p.installationNumber === number &&
      (await ctx.services.serviceRequests.maySee(ctx.services.orm.em.fork(), caller, number)),
  );
}

@Resolver()
export class ServiceRequestsResolver {
  @Authorized(Role.PERSON)
  @Mutation(() => ServiceRequestDto, {
    description:
      'Solicitações: asks for a service on an installation (yours, or granted to you with REQUEST_SERVICES; NOT_FOUND for anyone else’s). Gets its own protocol number; whoever asked and, for an invitee, the titular get an e-mail; recorded in the grant’s activity. The same `idempotencyKey` returns the same request.',
  })
  async requestService(
    @Arg('input', () => RequestServiceInput) input: RequestServiceInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceRequestDto> {
    const r = await ctx.services.serviceRequests.request(
      ctx.em,
      callerOf(ctx),
      { userId: requireViewer(ctx).userId, meta: ctx.meta },
      input,
    );
    return ServiceRequestDto.fromRow(r);
  }

  @Authorized(Role.PERSON)
  @Query(() => ServiceRequestConnection, {
    description:
      'The installation’s service requests, newest first, each saying whether the titular made it or an invitee in the titular’s name. For the titular, or an invitee with REQUEST_SERVICES on it.',
  })
  async serviceRequests(
    @Arg('installationNumber', { description: 'Nº Instalação: yours, or granted to you.' })
    installationNumber: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 20, at most 100).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceRequestConnection> {
    const page = await ctx.services.serviceRequests.list(ctx.em, callerOf(ctx), installationNumber, {
      first,
      after,
    });
    return toConnection(
      ServiceRequestConnection,
      ServiceRequestEdge,
      page,
      (r) => serviceRequestCursor(r),
      (r) => ServiceRequestDto.fromRow(r),
    );
  }

  @Authorized(Role.PERSON)
  @Subscription(() => ServiceRequestDto, {
    description:
      'Each new request on the installation (by the titular or an invitee), while you may see its requests. After a reconnect, read `serviceRequests` again.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext;
      requireViewer(ctx);
      // type-graphql types args as Record<string, any>; GraphQL has already checked it is a String.
      const { installationNumber } = args as { installationNumber?: string };
      return requestsAddedFor(ctx, ctx.services.pubsub, (installationNumber ?? '').trim());
    },
  })
  async serviceRequestAdded(
    @Arg('installationNumber', { description: 'Nº Instalação whose Solicitações list is open.' })
    _installationNumber: string,
    @Root() event: Added,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceRequestDto> {
    const em = ctx.services.orm.em.fork();
    const r = (await ctx.services.serviceRequests.byIds(em, [event.serviceRequestId])).get(
      event.serviceRequestId,
    );
    if (!r) throw new AppError('NOT_FOUND', 'Solicitação não encontrada.');
    return ServiceRequestDto.fromRow(r);
  }
}

@Resolver(() => GrantActivityDto)
export class GrantActivityRequestResolver {
  @FieldResolver(() => ServiceRequestDto, {
    nullable: true,
    description: 'SERVICE_REQUESTED: the request made (batched across a page).',
  })
  async serviceRequest(
    @Root() a: GrantActivityDto,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceRequestDto | null> {
    if (!a.serviceRequestId) return null;
    const r = await requestLoader(ctx).load(a.serviceRequestId);
    return r ? ServiceRequestDto.fromRow(r) : null;
  }
}
