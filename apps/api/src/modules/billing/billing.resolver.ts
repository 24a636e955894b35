import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { person, type Caller } from '../grants/grant-access.policy.ts';
import type { Actor } from '../grants/grant-audit.ts';
import { BillConnection, BillEdge, BillType, ConsumptionType, DueDateOptionsType } from './bill.type.ts';
import { billCursor } from './billing.queries.ts';
import { toConnection } from '../../graphql/connection.ts';

function callerOf(ctx: GraphQLContext): Caller {
  return person(requireViewer(ctx).userId);
}

function actorOf(ctx: GraphQLContext): Actor {
  return { userId: requireViewer(ctx).userId, meta: ctx.meta };
}

const INSTALLATION_ARG = {
  description:
    'Nº Instalação: yours, or one granted to you (an active grant with the scope this needs). Anyone else’s reads NOT_FOUND, like an unknown number.',
};

@Resolver()
export class BillingResolver {
  @Authorized(Role.PERSON)
  @Query(() => BillConnection, {
    description:
      'Segunda via de conta: the installation’s bills, newest first. For the titular, or an invitee whose active grant covers the installation with VIEW_BILLS (FORBIDDEN without that scope). Recorded in the grant’s activity when done through a grant.',
  })
  async bills(
    @Arg('installationNumber', INSTALLATION_ARG) installationNumber: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 12, at most 24).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BillConnection> {
    const page = await ctx.services.billing.bills(ctx.em, callerOf(ctx), actorOf(ctx), installationNumber, {
      first,
      after,
    });
    return toConnection(BillConnection, BillEdge, page, billCursor, (r) => BillType.fromRow(r));
  }

  @Authorized(Role.PERSON)
  @Query(() => ConsumptionType, {
    description:
      'Histórico de consumo: the last `months` billed months, the average and the year-earlier comparison. Same access as `bills` (scope VIEW_BILLS).',
  })
  async consumption(
    @Arg('installationNumber', INSTALLATION_ARG) installationNumber: string,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: 'How many months, newest last (1 to 24; default 12).',
    })
    months: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ConsumptionType> {
    const figures = await ctx.services.billing.consumption(
      ctx.em,
      callerOf(ctx),
      actorOf(ctx),
      installationNumber,
      months,
    );
    return ConsumptionType.from(installationNumber.trim(), figures);
  }

  @Authorized(Role.PERSON)
  @Query(() => DueDateOptionsType, {
    description:
      'The due days that may be chosen in "Alteração da data de vencimento". For the titular, or an invitee whose grant includes REQUEST_SERVICES.',
  })
  async dueDateOptions(
    @Arg('installationNumber', INSTALLATION_ARG) installationNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DueDateOptionsType> {
    const o = await ctx.services.billing.dueDateOptions(ctx.em, callerOf(ctx), installationNumber);
    return Object.assign(new DueDateOptionsType(), o);
  }
}
