// Who is titular of what, in SQL: written once here, used by the customers service and composed into
// other domains' statements (grants' installationAccess) so that only this domain answers it.
//
// Two levels. The customer record CLAIMS: a CPF is on record for a partner (its document, or one of
// its representatives') — `titularityCondition`, `titularPartnerIds`. An ACCOUNT acts as titular only
// once it has also PROVED it for that partner (a `titularity_proof` row: a code e-mailed to the
// contact on record, or the "código do cliente" of a bill) — `provenTitularityCondition`,
// `provenPartnerIds`. Everything that grants power uses the proven form; a CPF typed at sign-up is a
// claim, not proof.

/**
 * SQL condition: the CPF `cpf` (an SQL expression) is titular of the business partner aliased
 * `partner`, i.e. it is the partner's document or the CPF of one of its representatives, and the
 * partner has not ended (`endBusinessPartner`).
 */
export function titularityCondition(partner: string, cpf: string): string {
  return `(${partner}.ended_at is null
           and (${partner}.document = ${cpf}
                or exists (select 1 from partner_representative r
                            where r.business_partner_id = ${partner}.id and r.cpf = ${cpf})))`;
}

/**
 * The same rule as a set, for listing: the ids of the partners the CPF `cpf` (an SQL expression) is
 * titular of. Two index lookups joined by UNION, never a scan of every partner.
 */
export function titularPartnerIds(cpf: string): string {
  return `select bp.id from business_partner bp where bp.document = ${cpf} and bp.ended_at is null
          union
          select r.business_partner_id from partner_representative r
            join business_partner rbp on rbp.id = r.business_partner_id and rbp.ended_at is null
           where r.cpf = ${cpf}`;
}

/**
 * SQL condition: the account aliased `user` (an `app_user` row) acts as titular of the partner aliased
 * `partner`: its CPF is on record for the partner AND it proved titularity for that partner.
 */
export function provenTitularityCondition(partner: string, user: string): string {
  return `(${titularityCondition(partner, `${user}.cpf`)}
           and exists (select 1 from titularity_proof tp
                        where tp.user_id = ${user}.id and tp.business_partner_id = ${partner}.id))`;
}

/**
 * The ids of the partners the account `userId` (an SQL expression, used once) acts as titular of:
 * its proofs, kept only while the CPF on record still says so (`titularPartnerIds`).
 */
export function provenPartnerIds(userId: string): string {
  return `select tp.business_partner_id as id from titularity_proof tp join app_user pu on pu.id = tp.user_id
           where tp.user_id = ${userId} and tp.business_partner_id in (${titularPartnerIds('pu.cpf')})`;
}

/**
 * SQL select of the accounts (`id`) that act as titular of the partner `partnerId` (an SQL
 * expression, used once) now: its proofs, while the CPF on record still says so. Company grants
 * tell every current representative live.
 */
export function partnerTitularAccountIds(partnerId: string): string {
  return `select tp.user_id as id from titularity_proof tp
            join app_user pu on pu.id = tp.user_id
            join business_partner tbp on tbp.id = tp.business_partner_id
           where tp.business_partner_id = ${partnerId} and ${titularityCondition('tbp', 'pu.cpf')}`;
}

/**
 * SQL select of the installation numbered `number` (an SQL expression), at most one row: its `id`,
 * `number`, `business_partner_id`, `status` and, for each alias in `titulars`, whether that CPF
 * expression is titular of its partner.
 */
export function installationTitularity(
  number: string,
  titulars: Record<string, string>,
  /** Flags of proven titularity (see provenTitularityCondition): alias → an `app_user` row alias. */
  provenUsers: Record<string, string> = {},
): string {
  const flags = [
    ...Object.entries(titulars).map(
      ([alias, cpf]) => `coalesce(${titularityCondition('bp', cpf)}, false) as ${alias}`,
    ),
    ...Object.entries(provenUsers).map(
      ([alias, user]) => `coalesce(${provenTitularityCondition('bp', user)}, false) as ${alias}`,
    ),
  ];
  return `select i.id, i.number, i.business_partner_id, i.status::text as status, ${flags.join(', ')}
            from installation i join business_partner bp on bp.id = i.business_partner_id
           where i.number = ${number}`;
}

/**
 * SQL condition: the account `userId` (an SQL expression) is titular, now, of the business partner
 * `partnerId` (an SQL expression). The grants domain asks it of a grant's titular at the moment of
 * every use (accept, installationAccess), so a grant never outlives its titular's authority. Proven
 * titularity (see provenTitularityCondition): a grant made from a CPF merely typed confers nothing.
 */
export function accountIsTitularOf(partnerId: string, userId: string): string {
  return `exists (select 1 from business_partner tbp join app_user tu on tu.id = ${userId}
                   where tbp.id = ${partnerId} and ${provenTitularityCondition('tbp', 'tu')})`;
}
