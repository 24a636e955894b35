// The customer records changed outside this product (SAP IS-U): the customer-records team tells us
// through these operations (GraphQL with a `customers:write` key, or the operators' CLI). Each runs
// in ONE transaction: the record changes, the grants it affects end (the grants domain, through the
// GrantAuthority port), and the change is audited. Each is idempotent: repeating it changes nothing
// and records nothing.
import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { CustomerRecordChangeType } from './customer-record-change.entity.ts';
import type { AuthorityChange, GrantAuthority } from './customer-records.types.ts';
import { isInstallationNumber } from './installation-number.ts';

export interface CustomerRecordResult {
  /** False when the records already said so (a repeated call). */
  changed: boolean;
  grantsEnded: number;
  grantsReduced: number;
}

const UNCHANGED: CustomerRecordResult = { changed: false, grantsEnded: 0, grantsReduced: 0 };

export interface CustomerRecordsDeps {
  authority: GrantAuthority;
  /** Who tells us, for the audit trail: `api-key:<name>` or `cli:<operator>`. */
  source: string;
}

async function audited(
  tx: EntityManager,
  deps: CustomerRecordsDeps,
  type: CustomerRecordChangeType,
  change: AuthorityChange,
  data: Record<string, unknown>,
): Promise<CustomerRecordResult> {
  const ended = await deps.authority.endByAuthority(tx, change);
  await tx.execute(
    `insert into customer_record_change (type, source, at, data) values (?, ?, now(), ?::jsonb)`,
    [type, deps.source.slice(0, 120), JSON.stringify({ ...data, grantIds: ended.grantIds })],
  );
  return { changed: true, grantsEnded: ended.grantsEnded, grantsReduced: ended.grantsReduced };
}

function requireNumber(value: string, field: string, what: string): string {
  const n = String(value ?? '').trim();
  if (!/^\d{1,20}$/.test(n)) throw AppError.validation({ [field]: `Informe o número ${what}.` });
  return n;
}

async function lockInstallation(tx: EntityManager, number: string) {
  if (!isInstallationNumber(number)) {
    throw AppError.validation({ installationNumber: 'Informe um número de instalação válido.' });
  }
  const rows = await tx.execute<{ id: string; business_partner_id: string; status: string }[]>(
    `select id, business_partner_id, status::text as status from installation where number = ? for update`,
    [number],
  );
  if (!rows[0]) throw new AppError('NOT_FOUND', `Instalação ${number} não encontrada.`);
  return rows[0];
}

async function lockPartner(tx: EntityManager, number: string, field = 'businessPartnerNumber') {
  const n = requireNumber(number, field, 'do parceiro de negócio');
  const rows = await tx.execute<{ id: string; ended: boolean }[]>(
    `select id, ended_at is not null as ended from business_partner where number = ? for update`,
    [n],
  );
  if (!rows[0]) throw new AppError('NOT_FOUND', `Parceiro de negócio ${n} não encontrado.`);
  return { ...rows[0], number: n };
}

/** Troca de titularidade: the installation now belongs to another partner. */
export function transferInstallation(
  em: EntityManager,
  deps: CustomerRecordsDeps,
  input: { installationNumber: string; toBusinessPartnerNumber: string },
): Promise<CustomerRecordResult> {
  return em.transactional(async (tx) => {
    const number = String(input.installationNumber ?? '').trim();
    const inst = await lockInstallation(tx, number);
    const to = await lockPartner(tx, input.toBusinessPartnerNumber, 'toBusinessPartnerNumber');
    if (to.ended) throw new AppError('CONFLICT', `O parceiro de negócio ${to.number} foi encerrado.`);
    if (inst.business_partner_id === to.id) return UNCHANGED;
    await tx.execute(`update installation set business_partner_id = ? where id = ?`, [to.id, inst.id]);
    return audited(
      tx,
      deps,
      CustomerRecordChangeType.INSTALLATION_TRANSFERRED,
      {
        reason: 'TITULARITY_CHANGED',
        scope: { kind: 'INSTALLATION', installationId: inst.id, partnerId: inst.business_partner_id },
        source: deps.source,
      },
      { installationNumber: number, fromPartnerId: inst.business_partner_id, toPartnerId: to.id },
    );
  });
}

/** The installation was deactivated (desligada). */
export function deactivateInstallation(
  em: EntityManager,
  deps: CustomerRecordsDeps,
  installationNumber: string,
): Promise<CustomerRecordResult> {
  return em.transactional(async (tx) => {
    const number = String(installationNumber ?? '').trim();
    const inst = await lockInstallation(tx, number);
    if (inst.status === 'INACTIVE') return UNCHANGED;
    await tx.execute(`update installation set status = 'INACTIVE' where id = ?`, [inst.id]);
    return audited(
      tx,
      deps,
      CustomerRecordChangeType.INSTALLATION_DEACTIVATED,
      {
        reason: 'INSTALLATION_DEACTIVATED',
        scope: { kind: 'INSTALLATION', installationId: inst.id, partnerId: inst.business_partner_id },
        source: deps.source,
      },
      { installationNumber: number },
    );
  });
}

/** A person no longer represents the company partner. The CPF is never written to the audit data. */
export function removePartnerRepresentative(
  em: EntityManager,
  deps: CustomerRecordsDeps,
  input: { businessPartnerNumber: string; cpf: string },
): Promise<CustomerRecordResult> {
  return em.transactional(async (tx) => {
    const cpf = normalizeCpf(input.cpf ?? '');
    if (!cpf || !isValidCpf(cpf)) throw AppError.validation({ cpf: 'Informe um CPF válido.' });
    const partner = await lockPartner(tx, input.businessPartnerNumber);
    const removed = await tx.execute(
      `delete from partner_representative where business_partner_id = ? and cpf = ? returning id`,
      [partner.id, cpf],
    );
    if (removed.length === 0) return UNCHANGED;
    return audited(
      tx,
      deps,
      CustomerRecordChangeType.REPRESENTATIVE_REMOVED,
      {
        reason: 'REPRESENTATIVE_REMOVED',
        scope: { kind: 'REPRESENTATIVE', partnerId: partner.id, cpf },
        source: deps.source,
      },
      { businessPartnerNumber: partner.number },
    );
  });
}

/** The partner ended: nobody is titular of it any more. */
export function endBusinessPartner(
  em: EntityManager,
  deps: CustomerRecordsDeps,
  businessPartnerNumber: string,
): Promise<CustomerRecordResult> {
  return em.transactional(async (tx) => {
    const partner = await lockPartner(tx, businessPartnerNumber);
    if (partner.ended) return UNCHANGED;
    await tx.execute(`update business_partner set ended_at = now() where id = ?`, [partner.id]);
    return audited(
      tx,
      deps,
      CustomerRecordChangeType.PARTNER_ENDED,
      { reason: 'PARTNER_ENDED', scope: { kind: 'PARTNER', partnerId: partner.id }, source: deps.source },
      { businessPartnerNumber: partner.number },
    );
  });
}
