// Acessos concedidos / recebidos: one page of a user's grants in ONE statement, whatever the page
// size — the viewer (CPF and proven partners, for masking and the policy), the page, its total, and
// when the query asks for them each grant's installation page and audit trail (`json_agg` per grant).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { preparedStatement, queryPrepared, type PreparedStatement } from '../../db/prepared.ts';
import { asDate, asDateOrNull, decodeCursor, isUuid, pageSize, pgArray } from '../../db/sql.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { provenPartnerIds } from '../customers/titularity.sql.ts';
import {
  DEFAULT_GRANT_PAGE,
  DEFAULT_INSTALLATION_PAGE,
  MAX_EVENTS_LISTED,
  MAX_GRANT_PAGE,
  MAX_INSTALLATION_PAGE,
  type GrantInstallationPage,
  type GrantListArgs,
  type GrantPage,
  type InstallationPageArgs,
} from './access-grant.queries.ts';
import {
  decodeGrantCursor,
  EFFECTIVE_STATUS,
  GRANT_SELECT,
  mapGrantRow,
  type GrantEventRow,
  type GrantInstallationRow,
  type GrantRow,
} from './access-grant.sql.ts';

/** What else a list query reads of each grant (the GraphQL selection, looked ahead). */
export interface GrantListInclude {
  /** Each grant's installations with these arguments (as the `installations` field takes them). */
  installations?: InstallationPageArgs;
  /** Each grant's audit trail (the `events` field, first MAX_EVENTS_LISTED steps). */
  events?: boolean;
}

export interface GrantListing extends GrantPage {
  viewer: { userId: string; cpf: string; partnerIds: string[] };
  /** By grant id, when asked for. */
  installations: Map<string, GrantInstallationPage> | null;
  events: Map<string, GrantEventRow[]> | null;
}

interface ListingRow extends GrantRow {
  viewer_cpf: string;
  viewer_partner_ids: string[];
  total_count: number;
  inst_total?: number;
  inst_rows?: (Omit<GrantInstallationRow, 'grant_id' | 'total'> & { revoked_at: string | null })[];
  ev_rows?: (Omit<GrantEventRow, 'grant_id' | 'at'> & { at: string })[];
}

/** Validated installation page arguments (null: the loader path will report the problem itself). */
function installationArgs(args: InstallationPageArgs) {
  try {
    const first = pageSize(args.first, {
      dflt: DEFAULT_INSTALLATION_PAGE,
      max: MAX_INSTALLATION_PAGE,
      min: 1,
    });
    const after = args.after ? decodeCursor(args.after, [isInstallationNumber])[0] : null;
    return { first, after, unrevoked: args.includeRevoked === false };
  } catch {
    return null;
  }
}

/**
 * The statement. Given: the grants the user made and every grant of a partner they are titular of
 * now (company grants), as a UNION of two index lookups (an OR across the two columns would use
 * neither index); received: those they accepted. Keyset on (created_at, id), newest first.
 * Exported for the benchmark's EXPLAIN.
 */
export function listingSql(
  side: 'GIVEN' | 'RECEIVED',
  userId: string,
  args: GrantListArgs,
  first: number,
  include: GrantListInclude,
): { text: string; params: unknown[]; withInstallations: boolean } {
  const params: unknown[] = [userId];
  const status = args.status && args.status.length > 0 ? pgArray(args.status) : null;
  const statusCond = () => {
    if (!status) return '';
    params.push(status);
    return ` and ${EFFECTIVE_STATUS} = any(?::text[])`;
  };
  const matching =
    side === 'GIVEN'
      ? `select g.id, g.created_at from access_grant g where g.titular_id = (select id from v)${statusCond()}
         union
         select g.id, g.created_at from access_grant g
          where g.business_partner_id in (select unnest(v.partner_ids) from v)${statusCond()}`
      : `select g.id, g.created_at from access_grant g where g.invitee_id = (select id from v)${statusCond()}`;
  let cursor = '';
  if (args.after) {
    const c = decodeGrantCursor(args.after);
    cursor = `where (m.created_at, m.id) < (?::timestamptz, ?::uuid)`;
    params.push(c.createdAt, c.id);
  }
  params.push(first + 1);
  const inst = include.installations ? installationArgs(include.installations) : null;
  let laterals = '';
  let columns = '';
  if (inst) {
    const unrevoked = inst.unrevoked ? 'and agi.revoked_at is null' : '';
    columns += ', inst.inst_total, inst.inst_rows';
    laterals += `
      left join lateral (
        select (select count(*)::int from access_grant_installation agi
                 where agi.grant_id = page.id ${unrevoked}) as inst_total,
               (select coalesce(json_agg(x order by x.number), '[]'::json) from (
                  select i.number, i.street, i.street_number, i.complement, i.district, i.city, i.state,
                         i.status::text as status, agi.revoked_at
                    from access_grant_installation agi join installation i on i.id = agi.installation_id
                   where agi.grant_id = page.id ${unrevoked} and (?::text is null or i.number > ?::text)
                   order by i.number limit ?) x) as inst_rows) inst on true`;
    params.push(inst.after, inst.after, inst.first + 1);
  }
  if (include.events) {
    columns += ', ev.ev_rows';
    laterals += `
      left join lateral (
        select coalesce(json_agg(e order by e.at, e.id), '[]'::json) as ev_rows from (
          select type::text as type, at, actor_role::text as actor_role, data, id
            from access_grant_event where grant_id = page.id order by at, id limit ?) e) ev on true`;
    params.push(MAX_EVENTS_LISTED);
  }
  const text = `
    with v as materialized (
      select u.id, u.cpf, array(${provenPartnerIds('u.id')}) as partner_ids
        from app_user u where u.id = ?::uuid),
    matching as (${matching}),
    page as (
      ${GRANT_SELECT}
       where g.id in (select m.id from matching m ${cursor} order by m.created_at desc, m.id desc limit ?))
    select v.cpf as viewer_cpf, v.partner_ids::text[] as viewer_partner_ids,
           (select count(*)::int from matching) as total_count, page.*${columns}
      from v left join page on true ${laterals}
     order by page.created_at desc, page.id desc`;
  return { text, params, withInstallations: inst !== null };
}

/**
 * The listing's texts (a few dozen: side × filters × cursor × what is included) as prepared
 * statements with `$n` parameters, named by their hash: planned once per connection, not per call.
 */
const statements = new Map<string, PreparedStatement>();

function statementFor(text: string): PreparedStatement {
  let s = statements.get(text);
  if (!s) {
    let n = 0;
    const numbered = text.replace(/\?/g, () => `$${++n}`);
    const hash = createHash('sha256').update(numbered).digest('hex').slice(0, 16);
    s = preparedStatement(`grant-list:${hash}`, numbered);
    statements.set(text, s);
  }
  return s;
}

/** One page of the grants a user gave (`GIVEN`) or received (`RECEIVED`), in one statement. */
export async function listGrants(
  em: EntityManager,
  side: 'GIVEN' | 'RECEIVED',
  userId: string,
  args: GrantListArgs,
  include: GrantListInclude = {},
  opts: { prepared: boolean } = { prepared: false },
): Promise<GrantListing> {
  const first = pageSize(args.first, { dflt: DEFAULT_GRANT_PAGE, max: MAX_GRANT_PAGE, min: 1 });
  if (!isUuid(userId)) throw new AppError('UNAUTHENTICATED');
  const sql = listingSql(side, userId, args, first, include);
  const rows = await queryPrepared<ListingRow>(em, statementFor(sql.text), sql.params, opts);
  const head = rows[0];
  // No row at all: the account behind the session is gone.
  if (!head) throw new AppError('UNAUTHENTICATED');
  const grants = rows.filter((r) => r.id !== null).slice(0, first);
  const installations = sql.withInstallations ? new Map<string, GrantInstallationPage>() : null;
  const events = include.events ? new Map<string, GrantEventRow[]>() : null;
  // Invalid installation arguments were left to the field's own loader, which reports them.
  const instFirst = include.installations ? (installationArgs(include.installations)?.first ?? 0) : 0;
  for (const r of grants) {
    if (installations) {
      const list = r.inst_rows ?? [];
      installations.set(r.id, {
        rows: list.slice(0, instFirst).map((x) => ({
          ...x,
          grant_id: r.id,
          total: r.inst_total ?? 0,
          revoked_at: asDateOrNull(x.revoked_at),
        })),
        totalCount: r.inst_total ?? 0,
        hasNextPage: list.length > instFirst,
      });
    }
    events?.set(
      r.id,
      (r.ev_rows ?? []).map((e) => ({
        grant_id: r.id,
        type: e.type,
        at: asDate(e.at),
        actor_role: e.actor_role,
        data: e.data,
      })),
    );
  }
  return {
    viewer: { userId, cpf: head.viewer_cpf, partnerIds: head.viewer_partner_ids ?? [] },
    rows: grants.map(mapGrantRow),
    totalCount: head.total_count ?? 0,
    hasNextPage: rows.filter((r) => r.id !== null).length > first,
    installations,
    events,
  };
}
