// "Minhas instalações": the installations the person may act on right now — their own (customers'
// titularity) and those granted to them by active grants (ACCEPTED, not revoked from the grant, the
// grant's titular still titular) — in number order, keyset paged. Same rule as
// installation-authority.query.ts, as a set.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { decodeCursor, isUuid, pageSize } from '../../db/sql.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { escapeLike, normalizeSearchText } from '../customers/search-text.ts';
import { accountIsTitularOf, titularPartnerIds } from '../customers/titularity.sql.ts';
import { canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';
import { EFFECTIVE_STATUS } from './access-grant.sql.ts';

export interface AccessibleRow {
  /** The installation's columns (`installation.*`). */
  installation: Record<string, unknown>;
  number: string;
  grant: {
    id: string;
    protocolNumber: string;
    scopes: AccessGrantScope[];
    acceptedAt: Date | null;
    titular: { fullName: string; cpf: string };
  } | null;
}

const MAX_SEARCH = 100;

/** `?` = the viewer's id. Own first: a number both own and granted reads as OWN. */
const ACCESSIBLE = `
  with me as (select ?::uuid as id),
  own as (
    select i.id, null::uuid as grant_id from installation i
     where i.business_partner_id in (
       select c.id from (${titularPartnerIds('(select u.cpf from app_user u where u.id = (select id from me))')}) c
        where ${accountIsTitularOf('c.id', '(select id from me)')})
  ), granted as (
    select distinct on (agi.installation_id) agi.installation_id as id, g.id as grant_id
      from access_grant g
      join access_grant_installation agi on agi.grant_id = g.id and agi.revoked_at is null
      join installation i on i.id = agi.installation_id
      join app_user t on t.id = g.titular_id
     where g.invitee_id = (select id from me) and ${EFFECTIVE_STATUS} = 'ACCEPTED'
       and ${accountIsTitularOf('i.business_partner_id', 'g.titular_id')}
     order by agi.installation_id, g.accepted_at, g.id
  )
  select a.grant_id, i.* from (
    select id, grant_id from own
    union all
    select id, grant_id from granted where id not in (select id from own)) a
  join installation i on i.id = a.id`;

function filters(search: string | null, after: string | null): { where: string[]; params: unknown[] } {
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (search) {
    if (/^\d+$/.test(search)) {
      where.push(`i.number like ? escape '\\'`);
      params.push(`${escapeLike(search)}%`);
    } else {
      where.push(`i.search_text ilike ? escape '\\'`);
      params.push(`%${escapeLike(search)}%`);
    }
  }
  if (after) {
    where.push('i.number > ?');
    params.push(after);
  }
  return { where, params };
}

export async function accessibleInstallations(
  em: EntityManager,
  userId: string,
  args: { first?: number | null; after?: string | null; search?: string | null },
): Promise<{ rows: AccessibleRow[]; hasNextPage: boolean; totalCount: number }> {
  const limit = pageSize(args.first, { dflt: 50, max: 200, min: 1 });
  if ((args.search ?? '').length > MAX_SEARCH) {
    throw AppError.validation({ search: `A busca pode ter no máximo ${MAX_SEARCH} caracteres.` });
  }
  const search = normalizeSearchText(args.search ?? '') || null;
  const after = args.after ? decodeCursor(args.after, [isInstallationNumber])[0] : null;
  if (!isUuid(userId)) return { rows: [], hasNextPage: false, totalCount: 0 };
  const page = filters(search, after);
  const rows = await em.execute<(Record<string, unknown> & { grant_id: string | null; number: string })[]>(
    `select * from (${ACCESSIBLE}) x where ${page.where.map((w) => w.replace(/\bi\./g, 'x.')).join(' and ')}
      order by x.number limit ?`,
    [userId, ...page.params, limit + 1],
  );
  const all = filters(search, null);
  const count = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from (${ACCESSIBLE}) x where ${all.where.map((w) => w.replace(/\bi\./g, 'x.')).join(' and ')}`,
    [userId, ...all.params],
  );
  const grantIds = [...new Set(rows.map((r) => r.grant_id).filter((g): g is string => !!g))];
  const grants = new Map<string, NonNullable<AccessibleRow['grant']>>();
  if (grantIds.length > 0) {
    const gs = await em.execute<
      {
        id: string;
        protocol_number: string;
        scopes: string[];
        accepted_at: Date | null;
        full_name: string;
        cpf: string;
      }[]
    >(
      `select g.id, g.protocol_number, g.scopes, g.accepted_at, t.full_name, t.cpf
         from access_grant g join app_user t on t.id = g.titular_id where g.id = any(?::uuid[])`,
      [`{${grantIds.join(',')}}`],
    );
    for (const g of gs) {
      grants.set(g.id, {
        id: g.id,
        protocolNumber: g.protocol_number,
        scopes: canonicalScopes(g.scopes),
        acceptedAt: g.accepted_at,
        titular: { fullName: g.full_name, cpf: g.cpf },
      });
    }
  }
  return {
    rows: rows.slice(0, limit).map(({ grant_id, ...installation }) => ({
      installation,
      number: installation.number,
      grant: grant_id ? grants.get(grant_id)! : null,
    })),
    hasNextPage: rows.length > limit,
    totalCount: count[0]?.n ?? 0,
  };
}
