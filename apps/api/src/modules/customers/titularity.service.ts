// Proving titularity: an account acts as titular of a business partner only after proving it once for
// that partner — a one-time code sent to the contact e-mail on record, or the "código do cliente"
// printed on its bills. The rule itself is in titularity.sql.ts; this file writes the proofs.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { Config } from '../../config/config.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { isUuid } from '../../db/sql.ts';
import type { MailService } from '../mail/mail.service.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import { opaqueKey, type RateLimitService } from '../rate-limit/rate-limit.service.ts';
import {
  emailHint,
  newTitularityCode,
  normalizeTypedCode,
  sameCode,
  titularityCodeHash,
} from './titularity-code.ts';
import { TitularityProofMethod } from './titularity-proof.entity.ts';
import {
  CODE_MAX_ATTEMPTS,
  CODE_PER_ACCOUNT,
  CODE_PER_PARTNER,
  CODE_TTL_MINUTES,
  PROOF_FAILURES,
  TITULARITY_PER_IP,
} from './titularity.rate-limits.ts';
import { provenTitularityCondition, titularPartnerIds } from './titularity.sql.ts';

export interface TitularityDeps {
  config: Pick<Config, 'PORTAL_URL'>;
  log: Logger;
  mail: MailService;
  rateLimits: RateLimitService;
}

/** A partner the account's CPF is on record for, not yet proven ("a confirmar"). */
export interface PendingPartnerRow {
  id: string;
  number: string;
  name: string;
  document_kind: string;
  contact_email: string | null;
  has_customer_code: boolean;
}

/** What the caller typed to prove titularity: exactly one of the two. */
export interface ProofInput {
  code?: string | null;
  customerCode?: string | null;
}

const NOT_FOUND = 'Parceiro de negócio não encontrado.';
const WRONG_CODE = 'Código incorreto ou expirado. Confira o código ou peça um novo.';
const WRONG_CUSTOMER_CODE = 'Código do cliente incorreto. Confira o código impresso na sua conta de luz.';

/**
 * SQL (params: partner id, user id): the claimed partner with the contact for this account — the
 * partner's own for its document holder, the representative's for a company's representative.
 */
const CLAIMED_PARTNER = `
  select bp.id, bp.number, bp.name, bp.document_kind::text as document_kind, bp.customer_code,
         case when bp.document = u.cpf then bp.contact_email else r.contact_email end as contact_email,
         ${provenTitularityCondition('bp', 'u')} as proven
    from business_partner bp
    join app_user u on u.id = ?
    left join partner_representative r on r.business_partner_id = bp.id and r.cpf = u.cpf
   where bp.id = ? and bp.id in (${titularPartnerIds('u.cpf')})`;

interface ClaimedPartnerRow {
  id: string;
  number: string;
  name: string;
  document_kind: string;
  customer_code: string | null;
  contact_email: string | null;
  proven: boolean;
}

export class TitularityService {
  constructor(private readonly deps: TitularityDeps) {}

  /** The partners the account's CPF is on record for but the account has not proven yet. */
  async pendingPartners(em: EntityManager, userId: string): Promise<PendingPartnerRow[]> {
    if (!isUuid(userId)) return [];
    return em.execute<PendingPartnerRow[]>(
      `select bp.id, bp.number, bp.name, bp.document_kind::text as document_kind,
              case when bp.document = u.cpf then bp.contact_email else r.contact_email end as contact_email,
              bp.customer_code is not null as has_customer_code
         from app_user u
         join business_partner bp on bp.id in (${titularPartnerIds('u.cpf')})
         left join partner_representative r on r.business_partner_id = bp.id and r.cpf = u.cpf
        where u.id = ?
          and not exists (select 1 from titularity_proof tp where tp.user_id = u.id and tp.business_partner_id = bp.id)
        order by (bp.document = u.cpf) desc, bp.name, bp.number`,
      [userId],
    );
  }

  /** The claimed partner (CPF on record), or NOT_FOUND: never tells apart unknown and someone else's. */
  async claimedPartner(em: EntityManager, userId: string, partnerId: string): Promise<ClaimedPartnerRow> {
    if (!isUuid(userId) || !isUuid(partnerId)) throw new AppError('NOT_FOUND', NOT_FOUND);
    const rows = await em.execute<ClaimedPartnerRow[]>(CLAIMED_PARTNER, [userId, partnerId]);
    if (!rows[0]) throw new AppError('NOT_FOUND', NOT_FOUND);
    return rows[0];
  }

  /**
   * E-mails a one-time code to the partner's contact on record (never an address the caller chose);
   * answers where it went, masked. Earlier unused codes of the pair stop working.
   */
  async requestCode(
    em: EntityManager,
    userId: string,
    partnerId: string,
    meta: RequestMeta,
  ): Promise<{ destination: string; expiresAt: Date }> {
    const partner = await this.claimedPartner(em, userId, partnerId);
    if (partner.proven) throw new AppError('CONFLICT', 'Você já confirmou a titularidade deste cliente.');
    if (!partner.contact_email) {
      throw new AppError(
        'CONFLICT',
        'Não temos um e-mail de contato para este cliente. Confirme com o código do cliente impresso na sua conta de luz.',
      );
    }
    await this.deps.rateLimits.consume(clientKey(meta.ip), TITULARITY_PER_IP);
    await this.deps.rateLimits.consume(`${userId}:${partnerId}`, CODE_PER_PARTNER);
    await this.deps.rateLimits.consume(userId, CODE_PER_ACCOUNT);
    const code = newTitularityCode();
    const expiresAt = await em.transactional(async (tx) => {
      await tx.execute(
        `update titularity_code set used_at = now()
          where user_id = ? and business_partner_id = ? and used_at is null`,
        [userId, partnerId],
      );
      const rows = await tx.execute<{ expires_at: Date }[]>(
        `insert into titularity_code (id, user_id, business_partner_id, code_hash, expires_at)
         values (gen_random_uuid(), ?, ?, ?, now() + (? * interval '1 minute')) returning expires_at`,
        [userId, partnerId, titularityCodeHash(partnerId, code), CODE_TTL_MINUTES],
      );
      const at = new Date(rows[0]!.expires_at);
      await this.deps.mail.enqueue(
        tx,
        'titularity-code',
        { email: partner.contact_email!, name: partner.name },
        {
          partnerName: partner.name,
          code,
          expiresAt: at,
          portalUrl: `${this.deps.config.PORTAL_URL.replace(/\/+$/, '')}/instalacoes`,
        },
      );
      return at;
    });
    this.deps.log.info(
      { event: 'titularity.code_sent', requestId: meta.requestId, partnerId },
      'titularity code',
    );
    return { destination: emailHint(partner.contact_email), expiresAt };
  }

  /**
   * Proves titularity with an e-mailed code or the código do cliente; records the proof (audited).
   * Wrong codes slow the account down (growing delays) and burn the e-mailed code after 5 tries.
   */
  async confirm(
    em: EntityManager,
    userId: string,
    partnerId: string,
    input: ProofInput,
    meta: RequestMeta,
  ): Promise<void> {
    const method = proofMethodOf(input);
    const partner = await this.claimedPartner(em, userId, partnerId);
    if (partner.proven) return;
    await this.deps.rateLimits.consume(clientKey(meta.ip), TITULARITY_PER_IP);
    await this.deps.rateLimits.checkDelay(userId, PROOF_FAILURES);
    const ok =
      method === TitularityProofMethod.EMAIL_CODE
        ? await this.useEmailCode(em, { userId }, partnerId, normalizeTypedCode(input.code))
        : customerCodeMatches(partner.customer_code, input.customerCode);
    if (!ok) {
      await this.deps.rateLimits.recordFailure(userId, PROOF_FAILURES);
      const field = method === TitularityProofMethod.EMAIL_CODE ? 'input.code' : 'input.customerCode';
      throw AppError.validation({
        [field]: method === TitularityProofMethod.EMAIL_CODE ? WRONG_CODE : WRONG_CUSTOMER_CODE,
      });
    }
    await this.deps.rateLimits.reset(userId, PROOF_FAILURES);
    await recordProof(em, userId, partnerId, method, meta);
    this.deps.log.info(
      { event: 'titularity.proven', requestId: meta.requestId, userId, partnerId, method },
      'titularity proven',
    );
  }

  /**
   * Spends one try of the newest live code of the pair; true when it matches (then it is used up).
   * `who` is the account, or the CPF of a reclaim (codes asked before the account exists).
   */
  async useEmailCode(
    em: EntityManager,
    who: { userId: string } | { cpf: string },
    partnerId: string,
    typed: string,
  ): Promise<boolean> {
    if (!/^\d{6}$/.test(typed)) return false;
    const [col, value] = 'userId' in who ? ['user_id', who.userId] : ['cpf', who.cpf];
    const rows = await em.execute<{ id: string; matches: boolean }[]>(
      `update titularity_code c set attempts = c.attempts + 1,
              used_at = case when c.code_hash = ? then now() else c.used_at end
        where c.id = (select id from titularity_code
                       where ${col} = ? and business_partner_id = ? and used_at is null
                         and expires_at > now() and attempts < ?
                       order by created_at desc limit 1 for update)
        returning c.id, c.code_hash = ? as matches`,
      [
        titularityCodeHash(partnerId, typed),
        value,
        partnerId,
        CODE_MAX_ATTEMPTS,
        titularityCodeHash(partnerId, typed),
      ],
    );
    return rows[0]?.matches === true;
  }

  /** Opaque key for limits on a CPF (the rate-limit table holds no personal data). */
  static cpfKey(cpf: string): string {
    return opaqueKey(`cpf:${cpf}`);
  }
}

function proofMethodOf(input: ProofInput): TitularityProofMethod {
  const hasCode = !!input.code?.trim();
  const hasCustomerCode = !!input.customerCode?.trim();
  if (hasCode === hasCustomerCode) {
    throw AppError.validation(
      { input: 'Informe o código enviado por e-mail ou o código do cliente impresso na conta de luz.' },
      'Informe o código enviado por e-mail ou o código do cliente impresso na conta de luz.',
    );
  }
  return hasCode ? TitularityProofMethod.EMAIL_CODE : TitularityProofMethod.CUSTOMER_CODE;
}

/** The partner's código do cliente matches what was typed (punctuation and case ignored). */
export function customerCodeMatches(onRecord: string | null, typed: string | null | undefined): boolean {
  const t = normalizeTypedCode(typed);
  if (!onRecord || !t) return false;
  return sameCode(normalizeTypedCode(onRecord), t);
}

/** The audited proof row (one per account and partner). */
export async function recordProof(
  em: EntityManager,
  userId: string,
  partnerId: string,
  method: TitularityProofMethod,
  meta: RequestMeta | null,
): Promise<void> {
  await em.execute(
    `insert into titularity_proof (id, user_id, business_partner_id, method, ip, port, user_agent)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?) on conflict (user_id, business_partner_id) do nothing`,
    [userId, partnerId, method, meta?.ip ?? null, meta?.port ?? null, meta?.userAgent?.slice(0, 400) ?? null],
  );
}
