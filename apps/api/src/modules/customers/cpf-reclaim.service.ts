// Reclaiming a CPF: someone registered with another person's CPF, so the real person cannot register
// it. The real person proves titularity of one partner of that CPF the usual way (a code e-mailed to
// the contact on record, or the código do cliente of a bill) and gets an account with the CPF; the
// other account loses the CPF and its proofs (so every grant it gave stops conferring anything), and
// both are told by e-mail. Runs beside sign-up (accounts), without changing it.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import {
  emailProblem,
  fullNameProblem,
  normalizeEmail,
  normalizeFullName,
  parseCpf,
} from '../accounts/account-input.ts';
import type { AccountsService } from '../accounts/accounts.service.ts';
import { hashPassword } from '../accounts/password.ts';
import { passwordProblem } from '../accounts/password-policy.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import { newTitularityCode, normalizeTypedCode, titularityCodeHash } from './titularity-code.ts';
import { TitularityProofMethod } from './titularity-proof.entity.ts';
import {
  CODE_PER_RECLAIMED_CPF,
  CODE_TTL_MINUTES,
  PROOF_FAILURES,
  TITULARITY_PER_IP,
} from './titularity.rate-limits.ts';
import {
  customerCodeMatches,
  recordProof,
  TitularityService,
  type TitularityDeps,
} from './titularity.service.ts';
import { titularityCondition } from './titularity.sql.ts';

export interface ReclaimInput {
  fullName: string;
  cpf: string;
  email: string;
  password: string;
  businessPartnerNumber: string;
  code?: string | null;
  customerCode?: string | null;
}

interface ReclaimPartner {
  id: string;
  name: string;
  customer_code: string | null;
  contact_email: string | null;
  holder_id: string | null;
}

/** A value no CPF can equal (digits only) that fits the column: the account's CPF once reclaimed. */
function reclaimedPlaceholder(): string {
  return `R${randomBytes(8).toString('hex').slice(0, 10)}`;
}

export class CpfReclaimService {
  private readonly titularity: TitularityService;

  constructor(private readonly deps: TitularityDeps & { accounts: AccountsService }) {
    this.titularity = new TitularityService(deps);
  }

  /** The partner numbered `number` that the CPF is on record for, its contact and the CPF's account. */
  private async partnerFor(em: EntityManager, cpf: string, number: string): Promise<ReclaimPartner | null> {
    const rows = await em.execute<ReclaimPartner[]>(
      `select bp.id, bp.name, bp.customer_code,
              case when bp.document = p.cpf then bp.contact_email else r.contact_email end as contact_email,
              (select u.id from app_user u where u.cpf = p.cpf) as holder_id
         from (select ?::text as cpf) p
         join business_partner bp on bp.number = ? and ${titularityCondition('bp', 'p.cpf')}
         left join partner_representative r on r.business_partner_id = bp.id and r.cpf = p.cpf`,
      [
        cpf,
        String(number ?? '')
          .trim()
          .slice(0, 20),
      ],
    );
    return rows[0] ?? null;
  }

  /**
   * E-mails a reclaim code to the partner's contact on record when the CPF is on record for that
   * partner and an account holds it. Answers the same in every case (nothing to enumerate).
   */
  async requestCode(
    em: EntityManager,
    input: { cpf: string; businessPartnerNumber: string },
    meta: RequestMeta,
  ): Promise<void> {
    const parsed = parseCpf(input.cpf ?? '');
    if (parsed.problem !== null) throw AppError.validation({ 'input.cpf': parsed.problem });
    const cpf = { cpf: parsed.cpf };
    await this.deps.rateLimits.consume(clientKey(meta.ip), TITULARITY_PER_IP);
    await this.deps.rateLimits.consume(TitularityService.cpfKey(cpf.cpf), CODE_PER_RECLAIMED_CPF);
    const partner = await this.partnerFor(em, cpf.cpf, input.businessPartnerNumber);
    if (!partner?.holder_id || !partner.contact_email) return;
    const code = newTitularityCode();
    await em.transactional(async (tx) => {
      await tx.execute(
        `update titularity_code set used_at = now() where cpf = ? and business_partner_id = ? and used_at is null`,
        [cpf.cpf, partner.id],
      );
      const rows = await tx.execute<{ expires_at: Date }[]>(
        `insert into titularity_code (id, cpf, business_partner_id, code_hash, expires_at)
         values (gen_random_uuid(), ?, ?, ?, now() + (? * interval '1 minute')) returning expires_at`,
        [cpf.cpf, partner.id, titularityCodeHash(partner.id, code), CODE_TTL_MINUTES],
      );
      await this.deps.mail.enqueue(
        tx,
        'titularity-code',
        { email: partner.contact_email!, name: partner.name },
        {
          partnerName: partner.name,
          code,
          expiresAt: new Date(rows[0]!.expires_at),
          portalUrl: `${this.deps.config.PORTAL_URL.replace(/\/+$/, '')}/recuperar-cpf`,
        },
      );
    });
    this.deps.log.info({ event: 'titularity.reclaim_code_sent', requestId: meta.requestId }, 'reclaim code');
  }

  /** Validates the new account's data like sign-up does (same rules, same messages). */
  private validated(input: ReclaimInput) {
    const fullName = normalizeFullName(input.fullName ?? '');
    const email = normalizeEmail(input.email ?? '');
    const cpf = parseCpf(input.cpf ?? '');
    const fields: FieldErrors = {};
    const nameError = fullNameProblem(fullName);
    if (nameError) fields['input.fullName'] = nameError;
    if (cpf.problem) fields['input.cpf'] = cpf.problem;
    const emailError = emailProblem(email);
    if (emailError) fields['input.email'] = emailError;
    const passwordError = passwordProblem(input.password ?? '', { email, cpf: cpf.cpf });
    if (passwordError) fields['input.password'] = passwordError;
    if (!!input.code?.trim() === !!input.customerCode?.trim()) {
      fields['input.code'] =
        'Informe o código enviado por e-mail ou o código do cliente impresso na conta de luz.';
    }
    assertNoFieldErrors(fields);
    return { fullName, email, cpf: cpf.cpf! };
  }

  /**
   * Proves titularity for the partner and moves the CPF to a new account with the given data.
   * Wrong codes: VALIDATION_FAILED, growing delays per CPF. Returns the new account's e-mail.
   */
  async reclaim(em: EntityManager, input: ReclaimInput, meta: RequestMeta): Promise<{ email: string }> {
    const { fullName, email, cpf } = this.validated(input);
    const cpfKey = TitularityService.cpfKey(cpf);
    await this.deps.rateLimits.consume(clientKey(meta.ip), TITULARITY_PER_IP);
    await this.deps.rateLimits.checkDelay(cpfKey, PROOF_FAILURES);
    const partner = await this.partnerFor(em, cpf, input.businessPartnerNumber);
    const method = input.code?.trim()
      ? TitularityProofMethod.EMAIL_CODE
      : TitularityProofMethod.CUSTOMER_CODE;
    const proven =
      !!partner &&
      (method === TitularityProofMethod.EMAIL_CODE
        ? await this.titularity.useEmailCode(em, { cpf }, partner.id, normalizeTypedCode(input.code))
        : customerCodeMatches(partner.customer_code, input.customerCode));
    if (!proven || !partner) {
      await this.deps.rateLimits.recordFailure(cpfKey, PROOF_FAILURES);
      throw AppError.validation({
        [method === TitularityProofMethod.EMAIL_CODE ? 'input.code' : 'input.customerCode']:
          'Código incorreto ou expirado, ou o cliente não é deste CPF.',
      });
    }
    await this.deps.rateLimits.reset(cpfKey, PROOF_FAILURES);
    if (!partner.holder_id) {
      throw new AppError('CONFLICT', 'Nenhuma conta usa este CPF: faça o cadastro normalmente.');
    }
    const passwordHash = await hashPassword(input.password);
    const moved = await em.transactional((tx) =>
      this.moveCpf(tx, { fullName, email, cpf, passwordHash }, partner, method, meta),
    );
    await this.deps.accounts.requestEmailVerification(em.fork(), { userId: moved.newUserId, sessionId: '' });
    this.deps.log.info(
      {
        event: 'titularity.cpf_reclaimed',
        requestId: meta.requestId,
        previousUserId: moved.previousUserId,
        newUserId: moved.newUserId,
      },
      'CPF reclaimed',
    );
    return { email };
  }

  /** One transaction: the CPF leaves the holder (proofs deleted), a new account gets it, both told. */
  private async moveCpf(
    tx: EntityManager,
    who: { fullName: string; email: string; cpf: string; passwordHash: string },
    partner: ReclaimPartner,
    method: TitularityProofMethod,
    meta: RequestMeta,
  ): Promise<{ previousUserId: string; newUserId: string }> {
    const holders = await tx.execute<{ id: string; full_name: string; email: string }[]>(
      `select id, full_name, email from app_user where cpf = ? for update`,
      [who.cpf],
    );
    const holder = holders[0];
    if (!holder) throw new AppError('CONFLICT', 'Nenhuma conta usa este CPF: faça o cadastro normalmente.');
    await tx.execute(`update app_user set cpf = ?, updated_at = now() where id = ?`, [
      reclaimedPlaceholder(),
      holder.id,
    ]);
    await tx.execute(`delete from titularity_proof where user_id = ?`, [holder.id]);
    const newUserId = randomUUID();
    const inserted = await tx.execute<{ id: string }[]>(
      `insert into app_user (id, full_name, cpf, email, password_hash) values (?, ?, ?, ?, ?)
         on conflict do nothing returning id`,
      [newUserId, who.fullName, who.cpf, who.email, who.passwordHash],
    );
    if (inserted.length === 0) {
      throw AppError.validation({
        'input.email':
          'Este e-mail já tem uma conta. Use outro e-mail ou entre com ele e peça uma nova senha.',
      });
    }
    await recordProof(tx, newUserId, partner.id, method, meta);
    await tx.execute(
      `insert into cpf_reclaim (id, previous_user_id, new_user_id, business_partner_id, method, ip, port)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)`,
      [holder.id, newUserId, partner.id, method, meta.ip, meta.port],
    );
    const at = new Date();
    const signInUrl = `${this.deps.config.PORTAL_URL.replace(/\/+$/, '')}/entrar`;
    await this.deps.mail.enqueue(
      tx,
      'cpf-reclaimed',
      { email: holder.email, name: holder.full_name },
      { fullName: holder.full_name, side: 'PREVIOUS', signInUrl, at },
    );
    await this.deps.mail.enqueue(
      tx,
      'cpf-reclaimed',
      { email: who.email, name: who.fullName },
      { fullName: who.fullName, side: 'NEW', signInUrl, at },
    );
    return { previousUserId: holder.id, newUserId };
  }
}
