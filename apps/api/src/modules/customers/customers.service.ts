import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { Config } from '../../config/config.ts';
import { decodeCursor, isUuid, onlyUuids, pageSize, pgArray } from '../../db/sql.ts';
import { BusinessPartner } from './business-partner.entity.ts';
import { isInstallationNumber, uniqueNumbers } from './installation-number.ts';
import { Installation, InstallationStatus, VoltageGroup } from './installation.entity.ts';
import { escapeLike, normalizeSearchText } from './search-text.ts';
import { provenPartnerIds, provenTitularityCondition } from './titularity.sql.ts';

export { encodeCursor } from '../../db/sql.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const MAX_CHECK_NUMBERS = 100_000;
export const MAX_SEARCH_LENGTH = 100;

/** Why an installation number cannot be used for a grant. */
export type RefusalReason = 'NOT_FOUND' | 'INACTIVE';

/** Installation numbers split into a partner's active installations and the refused numbers. */
export interface InstallationClassification {
  /** In input order, duplicates removed. */
  active: { id: string; number: string }[];
  refused: { number: string; reason: RefusalReason }[];
}

/** Result of checking one uploaded installation number against the chosen partner. */
export type InstallationCheckResult = 'OK' | 'NOT_FOUND' | 'INACTIVE' | 'OTHER_PARTNER';

export interface InstallationCheckRow {
  number: string;
  result: InstallationCheckResult;
  /** The viewer's partner owning the installation (this partner, or another one for OTHER_PARTNER). */
  businessPartnerId: string | null;
}

/** Which installations a page or a count covers (without the cursor). */
export interface InstallationScope {
  partnerIds: string[];
  status: InstallationStatus | null;
  /** Normalised search text; digits only means "number starts with". */
  search: string | null;
}

export interface InstallationPageRequest {
  businessPartnerId?: string | null;
  search?: string | null;
  status?: InstallationStatus | null;
  first?: number | null;
  after?: string | null;
}

export interface InstallationPage {
  nodes: Installation[];
  hasNextPage: boolean;
  scope: InstallationScope;
}

export interface PartnerInstallationCounts {
  total: number;
  active: number;
}

/** The smallest digit string greater than every string starting with `prefix` (null: no bound). */
function digitPrefixUpperBound(prefix: string): string | null {
  const trimmed = prefix.replace(/9+$/, '');
  if (!trimmed) return null;
  return trimmed.slice(0, -1) + String(Number(trimmed.at(-1)) + 1);
}

/** The ids of the partners the viewer acts as titular of (proven). `?` = the user's id. */
const VIEWER_PARTNER_IDS = provenPartnerIds('?');

/**
 * Business partners and installations of the signed-in customer. Every method takes the request's
 * (or the caller's transaction's) EntityManager first, and costs a fixed number of SQL statements
 * whatever the number of rows: lists of numbers travel as one array parameter.
 */
export class CustomersService {
  constructor(private readonly deps: { config: Config; log: Logger }) {}

  /**
   * The user's business partners: the one(s) whose document is the user's CPF first, then the
   * companies the user represents, by name. With `voltageGroup`, partners whose installations are all
   * of another voltage group are left out (a partner without installations is kept).
   */
  async listPartnersForUser(
    em: EntityManager,
    userId: string,
    opts: { voltageGroup?: VoltageGroup } = {},
  ): Promise<BusinessPartner[]> {
    if (!isUuid(userId)) return [];
    const params: unknown[] = [userId];
    let profileFilter = '';
    if (opts.voltageGroup) {
      profileFilter = `and (exists (select 1 from installation i where i.business_partner_id = bp.id and i.voltage_group = ?)
                            or not exists (select 1 from installation i where i.business_partner_id = bp.id))`;
      params.push(opts.voltageGroup);
    }
    params.push(userId);
    const rows = await em.execute<Record<string, unknown>[]>(
      `select bp.* from business_partner bp
        where bp.id in (${VIEWER_PARTNER_IDS}) ${profileFilter}
        order by (bp.document = (select cpf from app_user where id = ?)) desc, bp.name, bp.number`,
      params,
    );
    return rows.map((r) => em.map(BusinessPartner, r));
  }

  /** The ids of the user's business partners (see `listPartnersForUser`). */
  async partnerIdsForUser(em: EntityManager, userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const rows = await em.execute<{ id: string }[]>(VIEWER_PARTNER_IDS, [userId]);
    return rows.map((r) => r.id);
  }

  /** The partner, when it is one of the user's; otherwise NOT_FOUND (never FORBIDDEN: no enumeration). */
  async assertPartnerOwnedBy(em: EntityManager, userId: string, partnerId: string): Promise<BusinessPartner> {
    if (!isUuid(userId) || !isUuid(partnerId)) {
      throw new AppError('NOT_FOUND', 'Parceiro de negócio não encontrado.');
    }
    const rows = await em.execute<Record<string, unknown>[]>(
      `select bp.* from business_partner bp
         join app_user u on u.id = ?
        where bp.id = ? and ${provenTitularityCondition('bp', 'u')}`,
      [userId, partnerId],
    );
    if (!rows[0]) throw new AppError('NOT_FOUND', 'Parceiro de negócio não encontrado.');
    return em.map(BusinessPartner, rows[0]);
  }

  /**
   * Splits `numbers` (trimmed, de-duplicated) into the partner's ACTIVE installations and the refused
   * ones: NOT_FOUND (unknown, malformed or another partner's: never told apart) or INACTIVE. One
   * statement returning ids only, whatever the number of numbers.
   */
  async classifyInstallations(
    em: EntityManager,
    partnerId: string,
    numbers: readonly string[],
  ): Promise<InstallationClassification> {
    const unique = uniqueNumbers(numbers);
    const wellFormed = unique.filter(isInstallationNumber);
    const rows =
      wellFormed.length === 0 || !isUuid(partnerId)
        ? []
        : await em.execute<{ id: string; number: string; status: InstallationStatus }[]>(
            `select i.id, i.number, i.status::text as status from installation i
              where i.business_partner_id = ? and i.number = any(?::text[])`,
            [partnerId, pgArray(wellFormed)],
          );
    const byNumber = new Map(rows.map((r) => [r.number, r]));
    const out: InstallationClassification = { active: [], refused: [] };
    for (const number of unique) {
      const r = byNumber.get(number);
      if (!r) out.refused.push({ number, reason: 'NOT_FOUND' });
      else if (r.status !== InstallationStatus.ACTIVE) out.refused.push({ number, reason: 'INACTIVE' });
      else out.active.push({ id: r.id, number });
    }
    return out;
  }

  /** Every active installation of the partner ("Selecionar todas"), ordered by number. */
  async activeInstallationsOf(
    em: EntityManager,
    partnerId: string,
  ): Promise<{ id: string; number: string }[]> {
    if (!isUuid(partnerId)) return [];
    return em.execute<{ id: string; number: string }[]>(
      `select id, number from installation where business_partner_id = ? and status = 'ACTIVE' order by number`,
      [partnerId],
    );
  }

  /**
   * One page of the user's installations, ordered by number, after the keyset cursor (never OFFSET).
   * Without `businessPartnerId`, all of the user's partners' installations.
   */
  async listInstallations(
    em: EntityManager,
    userId: string,
    req: InstallationPageRequest,
  ): Promise<InstallationPage> {
    const limit = pageSize(req.first, { dflt: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, min: 0 });
    const after = req.after ? decodeCursor(req.after, [isInstallationNumber])[0] : null;
    const scope = await this.scopeFor(em, userId, req);
    if (scope.partnerIds.length === 0) return { nodes: [], hasNextPage: false, scope };

    const { where, params } = this.whereOf(scope);
    if (after) {
      where.push('i.number > ?');
      params.push(after);
    }
    // One partner: a plain keyset scan of the (partner, number) or (partner, status, number) index.
    // Several: the same per partner (LATERAL), merged; never a sort of all their installations.
    const rows =
      scope.partnerIds.length === 1
        ? await em.execute<Record<string, unknown>[]>(
            `select i.* from installation i where i.business_partner_id = ? and ${where.join(' and ')}
              order by i.number limit ?`,
            [scope.partnerIds[0], ...params, limit + 1],
          )
        : await em.execute<Record<string, unknown>[]>(
            `select i.* from unnest(?::uuid[]) as p(id)
               cross join lateral (
                 select * from installation i where i.business_partner_id = p.id and ${where.join(' and ')}
                  order by i.number limit ?) i
              order by i.number limit ?`,
            [pgArray(scope.partnerIds), ...params, limit + 1, limit + 1],
          );
    const nodes = rows.slice(0, limit).map((r) => em.map(Installation, r));
    return { nodes, hasNextPage: rows.length > limit, scope };
  }

  /** How many installations a page's filter matches (the cursor aside). */
  async countInstallations(em: EntityManager, scope: InstallationScope): Promise<number> {
    if (scope.partnerIds.length === 0) return 0;
    const { where, params } = this.whereOf(scope);
    const rows = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from unnest(?::uuid[]) as p(id)
         join installation i on i.business_partner_id = p.id
        where ${where.join(' and ')}`,
      [pgArray(scope.partnerIds), ...params],
    );
    return rows[0]?.n ?? 0;
  }

  /** Installation counts per partner, in one grouped query (for DataLoader batches). */
  async installationCounts(
    em: EntityManager,
    partnerIds: readonly string[],
  ): Promise<Map<string, PartnerInstallationCounts>> {
    const ids = onlyUuids(partnerIds);
    const out = new Map<string, PartnerInstallationCounts>();
    if (ids.length === 0) return out;
    const rows = await em.execute<{ id: string; total: number; active: number }[]>(
      `select business_partner_id as id, count(*)::int as total,
              (count(*) filter (where status = 'ACTIVE'))::int as active
         from installation where business_partner_id = any(?::uuid[]) group by business_partner_id`,
      [pgArray(ids)],
    );
    for (const r of rows) out.set(r.id, { total: r.total, active: r.active });
    return out;
  }

  /** Partners by id, in one query (for DataLoader batches). Callers must have authorised the ids. */
  async partnersByIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, BusinessPartner>> {
    const valid = onlyUuids(ids);
    if (valid.length === 0) return new Map();
    const partners = await em.find(BusinessPartner, { id: { $in: valid } });
    return new Map(partners.map((p) => [p.id, p]));
  }

  /**
   * Checks uploaded installation numbers against one of the user's partners. OTHER_PARTNER only when
   * the installation belongs to another partner *of the same user*; anyone else's is NOT_FOUND, so
   * strangers' installations cannot be enumerated. Two SQL statements whatever the list length.
   */
  async checkInstallations(
    em: EntityManager,
    userId: string,
    partnerId: string,
    numbers: readonly string[],
  ): Promise<InstallationCheckRow[]> {
    if (numbers.length > MAX_CHECK_NUMBERS) {
      throw AppError.validation({
        numbers: `Envie no máximo ${MAX_CHECK_NUMBERS.toLocaleString('pt-BR')} instalações por vez.`,
      });
    }
    const partner = await this.assertPartnerOwnedBy(em, userId, partnerId);
    const unique = uniqueNumbers(numbers);
    const wellFormed = unique.filter(isInstallationNumber);
    const found = new Map<string, { status: InstallationStatus; partnerId: string }>();
    if (wellFormed.length > 0) {
      const rows = await em.execute<
        { number: string; status: InstallationStatus; business_partner_id: string }[]
      >(
        `select i.number, i.status, i.business_partner_id from installation i
          where i.number = any(?::text[]) and i.business_partner_id in (${VIEWER_PARTNER_IDS})`,
        [pgArray(wellFormed), userId],
      );
      for (const r of rows) found.set(r.number, { status: r.status, partnerId: r.business_partner_id });
    }
    return unique.map((number): InstallationCheckRow => {
      const f = found.get(number);
      if (!f) return { number, result: 'NOT_FOUND', businessPartnerId: null };
      if (f.partnerId !== partner.id)
        return { number, result: 'OTHER_PARTNER', businessPartnerId: f.partnerId };
      return {
        number,
        result: f.status === InstallationStatus.ACTIVE ? 'OK' : 'INACTIVE',
        businessPartnerId: f.partnerId,
      };
    });
  }

  private async scopeFor(
    em: EntityManager,
    userId: string,
    req: InstallationPageRequest,
  ): Promise<InstallationScope> {
    const rawSearch = req.search ?? '';
    if (rawSearch.length > MAX_SEARCH_LENGTH) {
      throw AppError.validation({ search: `A busca pode ter no máximo ${MAX_SEARCH_LENGTH} caracteres.` });
    }
    const search = normalizeSearchText(rawSearch) || null;
    const partnerIds =
      req.businessPartnerId != null
        ? [(await this.assertPartnerOwnedBy(em, userId, req.businessPartnerId)).id]
        : await this.partnerIdsForUser(em, userId);
    return { partnerIds, status: req.status ?? null, search };
  }

  /** WHERE clauses (partner aside) for a scope, written so the partner, status and trigram indexes apply. */
  private whereOf(scope: InstallationScope): { where: string[]; params: unknown[] } {
    const where: string[] = ['true'];
    const params: unknown[] = [];
    if (scope.status) {
      where.push('i.status = ?');
      params.push(scope.status);
    }
    if (scope.search) {
      if (/^\d+$/.test(scope.search)) {
        // Number prefix as a range: uses the btree whatever the database collation.
        where.push('i.number >= ?');
        params.push(scope.search);
        const upper = digitPrefixUpperBound(scope.search);
        if (upper) {
          where.push('i.number < ?');
          params.push(upper);
        }
      } else {
        where.push(`i.search_text ilike ? escape '\\'`);
        params.push(`%${escapeLike(scope.search)}%`);
      }
    }
    return { where, params };
  }
}
