// The reads of the grants domain: the people involved, grants by id and by invite token, the lists,
// installation pages and audit trails behind the GraphQL types, and the public invite preview.
import type { EntityManager } from '@mikro-orm/postgresql';
import { provenPartnerIds } from '../customers/titularity.sql.ts';
import { AppError } from '../../common/errors.ts';
import { hashToken } from '../../common/tokens.ts';
import { asDate, asDateOrNull, decodeCursor, isUuid, onlyUuids, pageSize, pgArray } from '../../db/sql.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { ALL_SCOPES, canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';
import {
  GRANT_SELECT,
  mapGrantRow,
  partiesOf,
  partiesOfRow,
  SNAPSHOT_COLUMNS,
  SNAPSHOT_FROM,
  toSnapshot,
  type GrantEventRow,
  type GrantInstallationRow,
  type GrantRow,
  type SnapshotRow,
} from './access-grant.sql.ts';
import { authorize, decide, person, type Caller } from './grant-access.policy.ts';
import { grantNotFound } from './grant-errors.ts';
import type { Actor } from './grant-audit.ts';
import type { GrantSnapshot } from './grant-events.ts';
import { effectiveStatus } from './grant-state-machine.ts';
import { firstName } from './invitee-match.ts';

export const DEFAULT_GRANT_PAGE = 20;
export const MAX_GRANT_PAGE = 100;
export const DEFAULT_INSTALLATION_PAGE = 50;
export const MAX_INSTALLATION_PAGE = 200;

export interface UserRow {
  id: string;
  full_name: string;
  cpf: string;
  email: string;
  email_verified_at: Date | null;
}

export interface GrantListArgs {
  status?: AccessGrantStatus[] | null;
  first?: number | null;
  after?: string | null;
}

export interface GrantPage {
  rows: GrantRow[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface InstallationPageArgs {
  first?: number | null;
  after?: string | null;
  includeRevoked?: boolean | null;
}

export interface GrantInstallationPage {
  rows: GrantInstallationRow[];
  totalCount: number;
  hasNextPage: boolean;
}

/** A grant found by one of its invite links. */
export interface TokenGrant extends GrantSnapshot {
  inviteExpiresAt: Date;
  /** Found by the link e-mailed to the invitee (not the titular's copy link). */
  viaMail: boolean;
}

export interface InvitePreview {
  status: 'VALID' | 'UNAVAILABLE' | Exclude<AccessGrantStatus, AccessGrantStatus.INVITED>;
  expiresAt: Date | null;
  titularFirstName: string | null;
  businessPartnerName: string | null;
  installationCount: number | null;
  /** Prazo da permissão (null: until revoked, or unavailable). */
  validUntil: Date | null;
  /** What the grant will cover (null: unavailable). */
  scopes: AccessGrantScope[] | null;
}

// ───────────────────────────── people ─────────────────────────────

/** The account, or null when there is none (a session outliving its user). */
export async function findUser(em: EntityManager, userId: string): Promise<UserRow | null> {
  if (!isUuid(userId)) return null;
  const rows = await em.execute<UserRow[]>(
    `select id, full_name, cpf, email, email_verified_at from app_user where id = ?`,
    [userId],
  );
  return rows[0] ?? null;
}

/** The account and the partners it acts as titular of now (provenPartnerIds). */
export interface ViewerRow extends UserRow {
  partner_ids: string[];
}

/** The signed-in account with its proven partners, in one statement; UNAUTHENTICATED when it is gone. */
export async function requireViewerRow(em: EntityManager, userId: string): Promise<ViewerRow> {
  if (!isUuid(userId)) throw new AppError('UNAUTHENTICATED');
  const rows = await em.execute<ViewerRow[]>(
    `select u.id, u.full_name, u.cpf, u.email, u.email_verified_at,
            array(${provenPartnerIds('u.id')})::text[] as partner_ids
       from app_user u where u.id = ?`,
    [userId],
  );
  if (!rows[0]) throw new AppError('UNAUTHENTICATED');
  return rows[0];
}

/** The signed-in account, or UNAUTHENTICATED. */
export async function requireUser(em: EntityManager, userId: string): Promise<UserRow> {
  const user = await findUser(em, userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

// ───────────────────────────── grants ─────────────────────────────

export async function rowsByIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, GrantRow>> {
  const valid = onlyUuids(ids);
  if (valid.length === 0) return new Map();
  const rows = await em.execute<GrantRow[]>(`${GRANT_SELECT} where g.id = any(?::uuid[])`, [pgArray(valid)]);
  return new Map(rows.map((r) => [r.id, mapGrantRow(r)]));
}

/** The grant when the policy lets the caller VIEW it; NOT_FOUND otherwise (existence not revealed). */
export async function visibleGrant(em: EntityManager, caller: Caller, id: string): Promise<GrantRow> {
  const row = (await rowsByIds(em, [id])).get(id);
  if (!row) throw grantNotFound();
  authorize(caller, 'VIEW', partiesOfRow(row));
  return row;
}

export { listGrants, type GrantListInclude, type GrantListing } from './grant-list.query.ts';

/**
 * A page of installations for each grant, all with the same arguments, in ONE statement (the
 * DataLoader batches the grants of a list).
 */
export async function installationPages(
  em: EntityManager,
  grantIds: readonly string[],
  args: InstallationPageArgs,
): Promise<Map<string, GrantInstallationPage>> {
  const first = pageSize(args.first, { dflt: DEFAULT_INSTALLATION_PAGE, max: MAX_INSTALLATION_PAGE, min: 1 });
  const after = args.after ? decodeCursor(args.after, [isInstallationNumber])[0] : null;
  const unrevoked = args.includeRevoked === false ? 'and agi.revoked_at is null' : '';
  const rows = await em.execute<(GrantInstallationRow & { rn: number })[]>(
    `select * from (
       select x.*, row_number() over (partition by x.grant_id order by x.number) as rn from (
         select agi.grant_id, i.number, i.street, i.street_number, i.complement, i.district, i.city, i.state,
                i.status::text as status, agi.revoked_at,
                (count(*) over (partition by agi.grant_id))::int as total
           from access_grant_installation agi
           join installation i on i.id = agi.installation_id
          where agi.grant_id = any(?::uuid[]) ${unrevoked}
       ) x where (?::text is null or x.number > ?::text)
     ) y where y.rn <= ? order by y.grant_id, y.number`,
    [pgArray(onlyUuids(grantIds)), after, after, first + 1],
  );
  const out = new Map<string, GrantInstallationPage>();
  for (const id of grantIds) out.set(id, { rows: [], totalCount: 0, hasNextPage: false });
  for (const r of rows) {
    const page = out.get(r.grant_id)!;
    page.totalCount = r.total;
    if (page.rows.length < first) page.rows.push({ ...r, revoked_at: asDateOrNull(r.revoked_at) });
    else page.hasNextPage = true;
  }
  // totalCount ignores the cursor; a page past the last row has no rows to carry it.
  const missing = after ? [...out].filter(([, p]) => p.rows.length === 0).map(([id]) => id) : [];
  if (missing.length > 0) {
    const counts = await em.execute<{ grant_id: string; n: number }[]>(
      `select agi.grant_id, count(*)::int as n from access_grant_installation agi
        where agi.grant_id = any(?::uuid[]) ${unrevoked} group by agi.grant_id`,
      [pgArray(onlyUuids(missing))],
    );
    for (const c of counts) out.get(c.grant_id)!.totalCount = c.n;
  }
  return out;
}

/** Steps per grant the unpaged `events` list returns (older lists were unbounded); see eventsConnection. */
export const MAX_EVENTS_LISTED = 200;

/** The audit trails of several grants, oldest first (at most MAX_EVENTS_LISTED each), in one statement. */
export async function eventsOf(
  em: EntityManager,
  grantIds: readonly string[],
): Promise<Map<string, GrantEventRow[]>> {
  const out = new Map<string, GrantEventRow[]>(grantIds.map((id) => [id, []]));
  const rows = await em.execute<GrantEventRow[]>(
    `select grant_id, type, at, actor_role, data from (
       select grant_id, type::text as type, at, actor_role::text as actor_role, data, id,
              row_number() over (partition by grant_id order by at, id) as rn
         from access_grant_event where grant_id = any(?::uuid[])) e
      where e.rn <= ? order by grant_id, at, id`,
    [pgArray(onlyUuids(grantIds)), MAX_EVENTS_LISTED],
  );
  for (const r of rows) out.get(r.grant_id)?.push({ ...r, at: asDate(r.at) });
  return out;
}

// ───────────────────────────── invite links ─────────────────────────────

/** The grant of an invite link (the titular's copy link or the e-mailed one); null for any other token. */
export async function grantByToken(em: EntityManager, token: string): Promise<TokenGrant | null> {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100 || !/^[\w-]+$/.test(token))
    return null;
  const hash = hashToken(token);
  const rows = await em.execute<(SnapshotRow & { invite_expires_at: Date; via_mail: boolean })[]>(
    `select ${SNAPSHOT_COLUMNS}, g.invite_expires_at, coalesce(g.invite_mail_token_hash = ?, false) as via_mail
       from ${SNAPSHOT_FROM}
      where g.invite_token_hash = ? or g.invite_mail_token_hash = ?`,
    [hash, hash, hash],
  );
  const r = rows[0];
  return r ? { ...toSnapshot(r), inviteExpiresAt: asDate(r.invite_expires_at), viaMail: r.via_mail } : null;
}

const UNAVAILABLE: InvitePreview = {
  status: 'UNAVAILABLE',
  expiresAt: null,
  titularFirstName: null,
  businessPartnerName: null,
  installationCount: null,
  validUntil: null,
  scopes: null,
};

/**
 * Public preview of an invite link (see AccessInvitePreview). Never fails for a bad token. A viewer
 * whose account no longer exists reads as anonymous; any other error is an error. Reads only: the
 * page records VIEWED through `markInviteViewed`, from the browser.
 */
export async function previewInvite(em: EntityManager, actor: Actor, token: string): Promise<InvitePreview> {
  const g = await grantByToken(em, token);
  if (!g) return UNAVAILABLE;
  const viewer = actor.userId ? await findUser(em, actor.userId) : null;
  const caller = person(viewer?.id ?? null, viewer?.cpf);
  const status = effectiveStatus(g);
  const valid = status === AccessGrantStatus.INVITED;
  if (!valid && decide(caller, 'SEE_INVITE_OUTCOME', partiesOf(g)) !== 'ALLOWED') return UNAVAILABLE;
  return {
    status: valid ? 'VALID' : status,
    expiresAt: g.inviteExpiresAt,
    titularFirstName: firstName(g.titular.fullName),
    businessPartnerName: g.businessPartnerName,
    installationCount: g.activeInstallationCount,
    validUntil: g.validUntil,
    scopes: canonicalScopes(g.scopes ?? ALL_SCOPES),
  };
}
