// Reads of service requests, for an installation the caller was already authorized on.
import type { EntityManager } from '@mikro-orm/postgresql';
import { asDate, decodeCursor, encodeCursor, isTimestampText, isUuid, pageSize } from '../../db/sql.ts';
import type { ServiceRequestStatus, ServiceRequestType } from './service-request.entity.ts';

export interface ServiceRequestRow {
  id: string;
  protocol_number: string;
  type: ServiceRequestType;
  status: ServiceRequestStatus;
  due_day: number | null;
  description: string | null;
  requested_at: Date;
  requested_at_key: string;
  installation_id: string;
  installation_number: string;
  business_partner_name: string;
  requester_id: string;
  requester_name: string;
  grant_id: string | null;
  grant_protocol_number: string | null;
  ip: string | null;
  port: number | null;
}

export const SERVICE_REQUEST_SELECT = `
  select r.id, r.protocol_number, r.type::text as type, r.status::text as status, r.due_day, r.description,
         r.requested_at, r.requested_at::text as requested_at_key, r.installation_id,
         i.number as installation_number, bp.name as business_partner_name,
         r.requester_id, u.full_name as requester_name, r.grant_id, g.protocol_number as grant_protocol_number,
         r.ip, r.port
    from service_request r
    join installation i on i.id = r.installation_id
    join business_partner bp on bp.id = r.business_partner_id
    join app_user u on u.id = r.requester_id
    left join access_grant g on g.id = r.grant_id`;

function mapRow(r: ServiceRequestRow): ServiceRequestRow {
  return { ...r, requested_at: asDate(r.requested_at) };
}

export const serviceRequestCursor = (r: ServiceRequestRow): string => encodeCursor(r.requested_at_key, r.id);

/** One page of the installation's requests, newest first. */
export async function serviceRequestPage(
  em: EntityManager,
  installationId: string,
  args: { first?: number | null; after?: string | null },
): Promise<{ rows: ServiceRequestRow[]; hasNextPage: boolean; totalCount: number }> {
  const limit = pageSize(args.first, { dflt: 20, max: 100, min: 1 });
  const after = args.after ? decodeCursor(args.after, [isTimestampText, isUuid]) : null;
  const rows = await em.execute<ServiceRequestRow[]>(
    `${SERVICE_REQUEST_SELECT}
      where r.installation_id = ? ${after ? 'and (r.requested_at, r.id) < (?::timestamptz, ?::uuid)' : ''}
      order by r.requested_at desc, r.id desc limit ?`,
    after ? [installationId, after[0], after[1], limit + 1] : [installationId, limit + 1],
  );
  const count = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from service_request where installation_id = ?`,
    [installationId],
  );
  return {
    rows: rows.slice(0, limit).map(mapRow),
    hasNextPage: rows.length > limit,
    totalCount: count[0]?.n ?? 0,
  };
}

/** Requests by id (for DataLoader batches and notifications). Callers must have authorised them. */
export async function serviceRequestsByIds(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ServiceRequestRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const rows = await em.execute<ServiceRequestRow[]>(
    `${SERVICE_REQUEST_SELECT} where r.id = any(?::uuid[])`,
    [`{${valid.join(',')}}`],
  );
  return new Map(rows.map((r) => [r.id, mapRow(r)]));
}
