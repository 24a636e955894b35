// The grants domain's SQL: its effective status, end date and end reason (used by protocol too), the
// select list of a grant and the row shapes of raw statements.
import { hashToken } from '../../common/tokens.ts';
import {
  asDate,
  asDateOrNull,
  decodeCursor,
  encodeCursor,
  isTimestampText,
  isUuid,
  sqlFragment,
  type SqlFragment,
} from '../../db/sql.ts';
import type { InstallationStatus } from '../customers/installation.entity.ts';
import type { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import type { AccessGrantEndReason, AccessGrantStatus } from './access-grant.entity.ts';
import type { GrantParties } from './grant-access.policy.ts';
import type { GrantSnapshot } from './grant-events.ts';
import { canonicalScopes } from './access-grant-scope.ts';

/** An accepted grant whose validity came to its end (by the database clock), swept or not yet. */
export const VALIDITY_OVER = `(g.status = 'ACCEPTED' and g.valid_until <= now())`;

/** The grant's validity still runs (no end chosen, or the end is ahead by the database clock). */
export const WITHIN_VALIDITY = `(g.valid_until is null or g.valid_until > now())`;

/**
 * An INVITED grant past its expiry is EXPIRED, and an ACCEPTED one past its validity REVOKED
 * (VALIDITY_ENDED), whether or not the sweeps got to them yet.
 */
export const EFFECTIVE_STATUS = `(case when g.status = 'INVITED' and g.invite_expires_at <= now() then 'EXPIRED'
  when ${VALIDITY_OVER} then 'REVOKED' else g.status::text end)`;

/** When the grant ended: an unswept expired invite ended at its expiry, an unswept grant at its validity. */
export const EFFECTIVE_ENDED_AT = `(case when g.status = 'INVITED' and g.invite_expires_at <= now() then g.invite_expires_at
  when ${VALIDITY_OVER} then g.valid_until else g.ended_at end)`;

/** Why the grant ended (see EFFECTIVE_STATUS). */
export const EFFECTIVE_END_REASON = `(case when g.status = 'INVITED' and g.invite_expires_at <= now() then 'INVITE_EXPIRED'
  when ${VALIDITY_OVER} then 'VALIDITY_ENDED' else g.end_reason::text end)`;

/** A grant with everything its GraphQL type shows except installations and events. One row per grant. */
export const GRANT_SELECT = `
  select g.id, g.protocol_number, g.status::text as stored_status, ${EFFECTIVE_STATUS} as status,
         g.invite_expires_at, g.created_at, g.created_at::text as created_at_key, g.accepted_at,
         ${EFFECTIVE_ENDED_AT} as ended_at, ${EFFECTIVE_END_REASON} as end_reason,
         g.installation_count,
         (select count(*)::int from access_grant_installation agi where agi.grant_id = g.id and agi.revoked_at is null)
           as active_installation_count,
         g.titular_id, t.full_name as titular_full_name, t.cpf as titular_cpf, t.email as titular_email,
         g.invitee_id, g.invitee_full_name, g.invitee_cpf, g.invitee_email,
         bp.id as business_partner_id, bp.number as business_partner_number, bp.name as business_partner_name,
         g.replaces_id, g.valid_until, g.scopes,
         exists (select 1 from access_grant n where n.replaces_id = g.id) as replaced
    from access_grant g
    join app_user t on t.id = g.titular_id
    join business_partner bp on bp.id = g.business_partner_id`;

/**
 * The columns of a GrantSnapshot (`SnapshotRow`); needs the grant `g`, its titular `t` and its
 * partner `bp`. Fit for a SELECT and for an UPDATE's RETURNING alike.
 */
export const SNAPSHOT_COLUMNS = `
  g.id, g.status::text as status, g.invite_expires_at <= now() as expired, g.protocol_number,
  g.business_partner_id, bp.name as business_partner_name,
  g.titular_id, t.full_name as titular_full_name, t.email as titular_email, t.cpf as titular_cpf,
  g.invitee_full_name, g.invitee_cpf, g.invitee_email, g.invitee_id,
  (select u.full_name from app_user u where u.id = g.invitee_id) as invitee_account_name,
  (select u.email from app_user u where u.id = g.invitee_id) as invitee_account_email,
  (select count(*)::int from access_grant_installation agi where agi.grant_id = g.id and agi.revoked_at is null)
    as active_installation_count,
  g.valid_until, g.scopes`;

/** A grant with its titular and partner, for SNAPSHOT_COLUMNS. */
export const SNAPSHOT_FROM = `access_grant g
  join app_user t on t.id = g.titular_id
  join business_partner bp on bp.id = g.business_partner_id`;

export interface SnapshotRow {
  id: string;
  status: AccessGrantStatus;
  expired: boolean;
  protocol_number: string;
  business_partner_id: string;
  business_partner_name: string;
  titular_id: string;
  titular_full_name: string;
  titular_email: string;
  titular_cpf: string;
  invitee_full_name: string;
  invitee_cpf: string;
  invitee_email: string;
  invitee_id: string | null;
  invitee_account_name: string | null;
  invitee_account_email: string | null;
  active_installation_count: number;
  valid_until: Date | null;
  scopes: string[];
}

export function toSnapshot(r: SnapshotRow): GrantSnapshot {
  return {
    id: r.id,
    status: r.status,
    expired: r.expired,
    protocolNumber: r.protocol_number,
    businessPartnerId: r.business_partner_id,
    businessPartnerName: r.business_partner_name,
    titular: { id: r.titular_id, fullName: r.titular_full_name, email: r.titular_email, cpf: r.titular_cpf },
    invitee: { fullName: r.invitee_full_name, cpf: r.invitee_cpf, email: r.invitee_email },
    inviteeAccount: r.invitee_id
      ? { id: r.invitee_id, fullName: r.invitee_account_name ?? '', email: r.invitee_account_email ?? '' }
      : null,
    activeInstallationCount: r.active_installation_count,
    validUntil: asDateOrNull(r.valid_until),
    scopes: canonicalScopes(r.scopes),
  };
}

/** The grant's invite link is this token (the titular's copy link or the e-mailed one). */
export function byInviteLink(token: string): SqlFragment {
  const hash = hashToken(token);
  return sqlFragment('(g.invite_token_hash = ? or g.invite_mail_token_hash = ?)', hash, hash);
}

/** What the access policy reads of a grant. */
export function partiesOf(g: GrantSnapshot): GrantParties {
  return {
    titularId: g.titular.id,
    inviteeId: g.inviteeAccount?.id ?? null,
    inviteeCpf: g.invitee.cpf,
    businessPartnerId: g.businessPartnerId,
  };
}

export function partiesOfRow(
  r: Pick<GrantRow, 'titular_id' | 'invitee_id' | 'invitee_cpf' | 'business_partner_id'>,
): GrantParties {
  return {
    titularId: r.titular_id,
    inviteeId: r.invitee_id,
    inviteeCpf: r.invitee_cpf,
    businessPartnerId: r.business_partner_id,
  };
}

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
  valid_until: Date | null;
  scopes: string[];
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

/** Keyset cursor of a grant list: (created_at with microseconds, id). */
export function encodeGrantCursor(r: Pick<GrantRow, 'created_at_key' | 'id'>): string {
  return encodeCursor(r.created_at_key, r.id);
}

export function decodeGrantCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = decodeCursor(cursor, [isTimestampText, isUuid]);
  return { createdAt, id };
}

export function mapGrantRow(r: GrantRow): GrantRow {
  return {
    ...r,
    invite_expires_at: asDate(r.invite_expires_at),
    created_at: asDate(r.created_at),
    accepted_at: asDateOrNull(r.accepted_at),
    ended_at: asDateOrNull(r.ended_at),
    valid_until: asDateOrNull(r.valid_until),
  };
}
