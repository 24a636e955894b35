// Who is titular of what, in SQL: written once here, used by the customers service and composed into
// other domains' statements (grants' installationAccess) so that only this domain answers it.

/**
 * SQL condition: the CPF `cpf` (an SQL expression) is titular of the business partner aliased
 * `partner`, i.e. it is the partner's document or the CPF of one of its representatives.
 */
export function titularityCondition(partner: string, cpf: string): string {
  return `(${partner}.document = ${cpf}
           or exists (select 1 from partner_representative r
                       where r.business_partner_id = ${partner}.id and r.cpf = ${cpf}))`;
}

/**
 * The same rule as a set, for listing: the ids of the partners the CPF `cpf` (an SQL expression) is
 * titular of. Two index lookups joined by UNION, never a scan of every partner.
 */
export function titularPartnerIds(cpf: string): string {
  return `select bp.id from business_partner bp where bp.document = ${cpf}
          union
          select r.business_partner_id from partner_representative r where r.cpf = ${cpf}`;
}

/**
 * SQL select of the installation numbered `number` (an SQL expression), at most one row: its `id`,
 * `number` and, for each alias in `titulars`, whether that CPF expression is titular of its partner.
 */
export function installationTitularity(number: string, titulars: Record<string, string>): string {
  const flags = Object.entries(titulars).map(
    ([alias, cpf]) => `coalesce(${titularityCondition('bp', cpf)}, false) as ${alias}`,
  );
  return `select i.id, i.number, ${flags.join(', ')}
            from installation i join business_partner bp on bp.id = i.business_partner_id
           where i.number = ${number}`;
}
