// What an invitee does under a grant (bills viewed or downloaded, consumption viewed, requests made):
// each act is an audit step carrying the grant's id, and its parties hear of it live. Read back, newest
// first, by `grantActivity` (the titular's "Atividade" in Acessos concedidos).
import type { EntityManager } from '@mikro-orm/postgresql';
import { asDate, decodeCursor, encodeCursor, pageSize } from '../../db/sql.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import { appendStep, type Actor } from './grant-audit.ts';
import type { ActingGrant } from './installation-authority.query.ts';

/** The audit steps that are acts under the grant (its activity). */
export const ACTIVITY_TYPES = [
  AccessGrantEventType.BILL_VIEWED,
  AccessGrantEventType.BILL_DOWNLOADED,
  AccessGrantEventType.CONSUMPTION_VIEWED,
  AccessGrantEventType.SERVICE_REQUESTED,
] as const;

export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** What an act records, without personal data. */
export interface ActivityData {
  installationNumber: string;
  /** The bills concerned, `YYYY-MM` (viewed: the page listed; downloaded: one). */
  referenceMonths?: string[];
  billId?: string;
  months?: number;
  serviceRequestId?: string;
  protocolNumber?: string;
}

/** Records an act under `grant` in the caller's transaction and tells both parties on commit. */
export async function recordActivity(
  tx: EntityManager,
  pubsub: PgPubSub,
  grant: ActingGrant,
  type: ActivityType,
  actor: Actor,
  data: ActivityData,
): Promise<void> {
  const { id } = await appendStep(tx, {
    grantId: grant.id,
    type,
    role: ActorRole.INVITEE,
    actor,
    data: { ...data },
  });
  await pubsub.notify(tx, 'GRANT_ACTIVITY', {
    grantId: grant.id,
    titularId: grant.titular.id,
    inviteeId: grant.invitee.id,
    eventId: id,
  });
}

export interface ActivityRow {
  id: string;
  grant_id: string;
  type: ActivityType;
  at: Date;
  actor_role: ActorRole;
  actor_name: string | null;
  data: ActivityData | null;
}

const ACTIVITY_SELECT = `
  select e.id::text as id, e.grant_id, e.type::text as type, e.at, e.actor_role::text as actor_role,
         u.full_name as actor_name, e.data
    from access_grant_event e left join app_user u on u.id = e.actor_id`;

const TYPES_SQL = ACTIVITY_TYPES.map((t) => `'${t}'`).join(', ');

/** One page of a grant's activity, newest first (keyset on the step's id, which grows with time). */
export async function activityPage(
  em: EntityManager,
  grantId: string,
  args: { first?: number | null; after?: string | null },
): Promise<{ rows: ActivityRow[]; hasNextPage: boolean; totalCount: number }> {
  const limit = pageSize(args.first, { dflt: 20, max: 100, min: 1 });
  const after = args.after ? decodeCursor(args.after, [(s) => /^\d{1,19}$/.test(s)])[0] : null;
  const rows = await em.execute<ActivityRow[]>(
    `${ACTIVITY_SELECT}
      where e.grant_id = ? and e.type in (${TYPES_SQL}) ${after ? 'and e.id < ?::bigint' : ''}
      order by e.id desc limit ?`,
    after ? [grantId, after, limit + 1] : [grantId, limit + 1],
  );
  const count = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from access_grant_event e where e.grant_id = ? and e.type in (${TYPES_SQL})`,
    [grantId],
  );
  return {
    rows: rows.slice(0, limit).map((r) => ({ ...r, at: asDate(r.at) })),
    hasNextPage: rows.length > limit,
    totalCount: count[0]?.n ?? 0,
  };
}

/** One activity step by id (for the live notification), or null. */
export async function activityById(em: EntityManager, id: string): Promise<ActivityRow | null> {
  if (!/^\d{1,19}$/.test(id)) return null;
  const rows = await em.execute<ActivityRow[]>(
    `${ACTIVITY_SELECT} where e.id = ?::bigint and e.type in (${TYPES_SQL})`,
    [id],
  );
  return rows[0] ? { ...rows[0], at: asDate(rows[0].at) } : null;
}

export const activityCursor = (r: ActivityRow): string => encodeCursor(r.id);
