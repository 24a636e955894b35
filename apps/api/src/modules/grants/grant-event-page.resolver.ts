// A grant's audit trail in pages (keyset on the event id, oldest first): `events` was one unbounded
// list; `eventsConnection(first, after)` is how to read a long trail.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { asDate, decodeCursor, encodeCursor, isUuid, pageSize } from '../../db/sql.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { PageInfo } from '../customers/installation.type.ts';
import type { GrantEventRow } from './access-grant.sql.ts';
import { AccessGrantEventDto, AccessGrantType } from './access-grant.type.ts';
import { grantCaller } from './access-grant.resolver.ts';
import { decide } from './grant-access.policy.ts';
import { grantNotFound } from './grant-errors.ts';
import { toConnection } from '../../graphql/connection.ts';

export const DEFAULT_EVENT_PAGE = 50;
export const MAX_EVENT_PAGE = 200;

@ObjectType('AccessGrantEventEdge', { description: 'One step of the audit trail with its cursor.' })
export class AccessGrantEventEdge {
  @Field({ description: 'Pass as `after` to read the steps after this one.' })
  cursor!: string;

  @Field(() => AccessGrantEventDto, { description: 'The step.' })
  node!: AccessGrantEventDto;
}

@ObjectType('AccessGrantEventConnection', {
  description: 'A page of the audit trail, oldest first (keyset pagination: `first`/`after`).',
})
export class AccessGrantEventConnection {
  @Field(() => Int, { description: 'How many steps the trail has, across all pages.' })
  totalCount!: number;

  @Field(() => [AccessGrantEventEdge], { description: 'The steps of this page, oldest first.' })
  edges!: AccessGrantEventEdge[];

  @Field(() => PageInfo, { description: 'Whether more steps follow, and the cursor to read them.' })
  pageInfo!: PageInfo;
}

const isEventId = (s: string) => /^\d{1,19}$/.test(s);

/** One page of a grant's trail after the cursor, and the trail's length: two index reads. */
export async function eventPage(
  em: EntityManager,
  grantId: string,
  args: { first?: number | null; after?: string | null },
): Promise<{ rows: (GrantEventRow & { id: string })[]; totalCount: number; hasNextPage: boolean }> {
  const first = pageSize(args.first, { dflt: DEFAULT_EVENT_PAGE, max: MAX_EVENT_PAGE, min: 1 });
  const after = args.after ? decodeCursor(args.after, [isEventId])[0] : null;
  if (!isUuid(grantId)) return { rows: [], totalCount: 0, hasNextPage: false };
  const [rows, count] = await Promise.all([
    em.execute<(GrantEventRow & { id: string })[]>(
      `select id::text as id, grant_id, type::text as type, at, actor_role::text as actor_role, data
         from access_grant_event where grant_id = ? and (?::bigint is null or id > ?::bigint)
        order by id limit ?`,
      [grantId, after, after, first + 1],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n from access_grant_event where grant_id = ?`, [
      grantId,
    ]),
  ]);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r, at: asDate(r.at) })),
    totalCount: count[0]?.n ?? 0,
    hasNextPage: rows.length > first,
  };
}

@Resolver(() => AccessGrantType)
export class GrantEventPageResolver {
  @FieldResolver(() => AccessGrantEventConnection, {
    description:
      'Audit trail, oldest first, in pages (default 50, at most 200): every step with who took it. Same visibility as `events`.',
  })
  async eventsConnection(
    @Root() grant: AccessGrantType,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 50, at most 200).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantEventConnection> {
    if (decide(await grantCaller(ctx), 'VIEW_EVENTS', grant.parties) !== 'ALLOWED') throw grantNotFound();
    const page = await eventPage(ctx.em, grant.id, { first, after });
    return toConnection(
      AccessGrantEventConnection,
      AccessGrantEventEdge,
      page,
      (r) => encodeCursor(r.id),
      (r) => AccessGrantEventDto.fromRow(r),
    );
  }
}
