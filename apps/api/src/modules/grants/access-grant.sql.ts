// SQL shared by the grants service: row shapes, the select list of a grant, and small helpers.
// MikroORM inlines `?` parameters and would expand a JS array into a comma list, so lists travel as
// one array literal (`?::uuid[]`, `?::text[]`): one statement whatever the length.
import type { InstallationStatus } from '../customers/installation.entity.ts';
import type { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import type { AccessGrantEndReason, AccessGrantStatus } from './access-grant.entity.ts';

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A PostgreSQL array literal (`{"a","b"}`) for one `?::text[]` / `?::uuid[]` parameter. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** An INVITED grant past its expiry is EXPIRED, whether or not the sweep got to it yet. */
export const EFFECTIVE_STATUS = `(case when g.status = 'INVITED' and g.invite_expires_at <= now() then 'EXPIRED' else g.status::text end)`;

/** A grant with everything its GraphQL type shows except installations and events. One row per grant. */
export const GRANT_SELECT = `
  select g.id, g.protocol_number, g.status::text as stored_status, ${EFFECTIVE_STATUS} as status,
         g.invite_expires_at, g.created_at, g.created_at::text as created_at_key, g.accepted_at,
         case when g.status = 'INVITED' and g.invite_expires_at <= now() then g.invite_expires_at else g.ended_at end as ended_at,
         case when g.status = 'INVITED' and g.invite_expires_at <= now() then 'INVITE_EXPIRED' else g.end_reason::text end as end_reason,
         g.installation_count,
         (select count(*)::int from access_grant_installation agi where agi.grant_id = g.id and agi.revoked_at is null)
           as active_installation_count,
         g.titular_id, t.full_name as titular_full_name, t.cpf as titular_cpf, t.email as titular_email,
         g.invitee_id, g.invitee_full_name, g.invitee_cpf, g.invitee_email,
         bp.id as business_partner_id, bp.number as business_partner_number, bp.name as business_partner_name,
         g.replaces_id,
         exists (select 1 from access_grant n where n.replaces_id = g.id) as replaced
    from access_grant g
    join app_user t on t.id = g.titular_id
    join business_partner bp on bp.id = g.business_partner_id`;

export interface GrantRow {
  id: string;
  protocol_number: string;
  stored_status: AccessGrantStatus;
  /** Effective status (see EFFECTIVE_STATUS). */
  status: AccessGrantStatus;
  invite_expires_at: Date;
  created_at: Date;
  /** created_at with microseconds, for keyset cursors. */
  created_at_key: string;
  accepted_at: Date | null;
  ended_at: Date | null;
  end_reason: AccessGrantEndReason | null;
  installation_count: number;
  active_installation_count: number;
  titular_id: string;
  titular_full_name: string;
  titular_cpf: string;
  titular_email: string;
  invitee_id: string | null;
  invitee_full_name: string;
  invitee_cpf: string;
  invitee_email: string;
  business_partner_id: string;
  business_partner_number: string;
  business_partner_name: string;
  replaces_id: string | null;
  replaced: boolean;
}

export interface GrantInstallationRow {
  grant_id: string;
  number: string;
  street: string;
  street_number: string;
  complement: string | null;
  district: string;
  city: string;
  state: string;
  status: InstallationStatus;
  revoked_at: Date | null;
  total: number;
}

export interface GrantEventRow {
  grant_id: string;
  type: AccessGrantEventType;
  at: Date;
  actor_role: ActorRole;
  data: Record<string, unknown> | null;
}

/** Opaque cursors: base64url of the keyset values. */
export function encodeGrantCursor(r: Pick<GrantRow, 'created_at_key' | 'id'>): string {
  return Buffer.from(`${r.created_at_key}|${r.id}`, 'utf8').toString('base64url');
}

const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?)?$/;

export function decodeGrantCursor(cursor: string): { createdAt: string; id: string } | null {
  if (cursor.length > 200) return null;
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdAt || !id || !UUID_RE.test(id) || !TIMESTAMP_RE.test(createdAt)) return null;
  return { createdAt, id };
}

export function encodeNumberCursor(number: string): string {
  return Buffer.from(number, 'utf8').toString('base64url');
}

export function decodeNumberCursor(cursor: string): string | null {
  if (cursor.length > 40) return null;
  const n = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^\d{1,12}$/.test(n) ? n : null;
}

/** Raw `em.execute` rows carry timestamps as PostgreSQL text (`2026-11-26 23:25:13.845123+00`). */
export function asDate(v: unknown): Date {
  if (v instanceof Date) return v;
  const d = new Date(
    typeof v === 'string' ? v.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00') : Number.NaN,
  );
  if (Number.isNaN(d.getTime())) throw new Error('not a timestamp');
  return d;
}

export function asDateOrNull(v: unknown): Date | null {
  return v === null || v === undefined ? null : asDate(v);
}

export function mapGrantRow(r: GrantRow): GrantRow {
  return {
    ...r,
    invite_expires_at: asDate(r.invite_expires_at),
    created_at: asDate(r.created_at),
    accepted_at: asDateOrNull(r.accepted_at),
    ended_at: asDateOrNull(r.ended_at),
  };
}
