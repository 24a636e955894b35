import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, type FieldErrors, assertNoFieldErrors } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { hashToken, newToken } from '../../common/tokens.ts';
import type { Config } from '../../config/config.ts';
import type { MailService } from '../mail/mail.service.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import { opaqueKey, type RateLimitService } from '../rate-limit/rate-limit.service.ts';
import {
  emailProblem,
  fullNameProblem,
  normalizeEmail,
  normalizeFullName,
  parseCpf,
} from './account-input.ts';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.ts';
import {
  ACCOUNT_EXISTS_MAIL_PER_OWNER,
  EMAIL_VERIFICATION_PER_USER,
  PASSWORD_RESET_PER_EMAIL,
  PASSWORD_RESET_PER_IP,
  SIGN_IN_FAILURES,
  SIGN_IN_FAILURES_ACCOUNT_WATCH,
  SIGN_IN_PER_IP,
  SIGN_UP_PER_IP,
} from './accounts.rate-limits.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { passwordProblem } from './password-policy.ts';
import type { Session } from './session.entity.ts';
import type { SessionService, Viewer } from './session.service.ts';
import { User } from './user.entity.ts';

export const EMAIL_VERIFICATION_TTL_MS = 24 * 3600_000;
export const PASSWORD_RESET_TTL_MS = 3600_000;

/** Longest password we even try to verify at sign-in; longer ones are simply wrong. */
const SIGN_IN_PASSWORD_MAX = 1024;
const TOKEN_MAX_LENGTH = 200;

const SIGN_IN_FAILED = 'E-mail ou senha incorretos.';
const VERIFICATION_LINK_INVALID =
  'Este link de confirmação é inválido, já foi usado ou expirou. Se você já confirmou seu e-mail, basta entrar; se não, peça um novo link.';
const RESET_LINK_INVALID =
  'Este link para criar uma nova senha é inválido, já foi usado ou expirou. Peça um novo em "Esqueci minha senha".';

export interface SignUpData {
  fullName: string;
  cpf: string;
  email: string;
  password: string;
}

/**
 * E-mail verification rule, for the grants module: an account may sign in before verifying, but may
 * not accept an access invite until its e-mail is verified, except that accepting through the invite
 * link sent to that same address counts as verification (call `markEmailVerified` then).
 */
export function isEmailVerified(user: Pick<User, 'emailVerifiedAt'>): boolean {
  return !!user.emailVerifiedAt;
}

/** Sign-up, sign-in, e-mail verification and password reset. */
export class AccountsService {
  constructor(
    private readonly deps: {
      config: Config;
      log: Logger;
      sessions: SessionService;
      mail: MailService;
      rateLimits: RateLimitService;
    },
  ) {
    // Computed once per process; warm it so the first unknown-e-mail sign-in is not slower.
    void dummyPasswordHash();
  }

  isEmailVerified(user: Pick<User, 'emailVerifiedAt'>): boolean {
    return isEmailVerified(user);
  }

  /**
   * Marks the user's e-mail verified (no-op when it already is). For the grants module: accepting an
   * invite through the link sent to the account's own address proves the mailbox. Flushes `em`.
   */
  async markEmailVerified(em: EntityManager, user: User): Promise<void> {
    if (user.emailVerifiedAt) return;
    user.emailVerifiedAt = new Date();
    await em.flush();
  }

  /**
   * Registers an account and e-mails a verification link. When the e-mail or the CPF is already
   * registered the caller gets the same answer after the same work (a password hash, one insert
   * attempt, one e-mail), and the existing owner is told by e-mail instead: a stranger learns nothing.
   */
  async signUp(em: EntityManager, input: SignUpData, meta: RequestMeta): Promise<{ email: string }> {
    const fullName = normalizeFullName(input.fullName);
    const email = normalizeEmail(input.email);
    const cpf = parseCpf(input.cpf);
    const fields: FieldErrors = {};
    const nameError = fullNameProblem(fullName);
    if (nameError) fields['input.fullName'] = nameError;
    if (cpf.problem) fields['input.cpf'] = cpf.problem;
    const emailError = emailProblem(email);
    if (emailError) fields['input.email'] = emailError;
    const passwordError = passwordProblem(input.password, { email, cpf: cpf.cpf });
    if (passwordError) fields['input.password'] = passwordError;
    assertNoFieldErrors(fields);

    await this.deps.rateLimits.consume(clientKey(meta.ip), SIGN_UP_PER_IP);
    const passwordHash = await hashPassword(input.password);

    const outcome = await em.transactional(async (tem) => {
      const id = randomUUID();
      // ON CONFLICT DO NOTHING covers both unique keys (e-mail, CPF) and concurrent registrations.
      const inserted = await tem.execute<{ id: string }[]>(
        `insert into app_user (id, full_name, cpf, email, password_hash) values (?, ?, ?, ?, ?)
           on conflict do nothing returning id`,
        [id, fullName, cpf.cpf, email, passwordHash],
      );
      if (inserted.length > 0) {
        const user = tem.getReference(User, id);
        await this.sendVerificationEmail(tem, user, { email, fullName });
        return { created: true as const, userId: id };
      }
      const owners = await tem.find(User, { $or: [{ email }, { cpf: cpf.cpf! }] });
      for (const owner of owners) await this.tellOwnerAccountExists(tem, owner);
      return { created: false as const, ownerIds: owners.map((o) => o.id) };
    });
    this.deps.log.info({ event: 'account.sign_up', requestId: meta.requestId, ...outcome }, 'sign-up');
    return { email };
  }

  /**
   * Opens a session. Unknown e-mail and wrong password look the same (message, code and time: a
   * dummy hash is verified). Every attempt counts against the client address (a coarse guard);
   * failures slow down that e-mail from that address (growing delays), never the account elsewhere.
   */
  async signIn(
    em: EntityManager,
    input: { email: string; password: string },
    meta: RequestMeta,
  ): Promise<{ token: string; session: Session; user: User }> {
    const email = normalizeEmail(input.email);
    const accountKey = opaqueKey(email);
    const pairKey = `${accountKey}:${clientKey(meta.ip)}`;
    await this.deps.rateLimits.consume(clientKey(meta.ip), SIGN_IN_PER_IP);
    await this.deps.rateLimits.checkDelay(pairKey, SIGN_IN_FAILURES);

    const user =
      email && email.length <= 254 ? await em.findOne(User, { email }, { populate: ['passwordHash'] }) : null;
    const password = input.password.length <= SIGN_IN_PASSWORD_MAX ? input.password : '';
    const ok = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
    if (!user || !ok || !password) {
      await this.recordSignInFailure(pairKey, accountKey, user?.id ?? null);
      throw new AppError('UNAUTHENTICATED', SIGN_IN_FAILED);
    }
    await this.deps.rateLimits.reset(pairKey, SIGN_IN_FAILURES);
    const { token, session } = await this.deps.sessions.create(em, user, meta);
    this.deps.log.info({ event: 'account.sign_in', userId: user.id, sessionId: session.id }, 'sign-in');
    return { token, session, user };
  }

  private async recordSignInFailure(
    pairKey: string,
    accountKey: string,
    userId: string | null,
  ): Promise<void> {
    const failures = await this.deps.rateLimits.recordFailure(pairKey, SIGN_IN_FAILURES);
    const watch = await this.deps.rateLimits.penalize(accountKey, SIGN_IN_FAILURES_ACCOUNT_WATCH);
    if (watch.consumed === SIGN_IN_FAILURES_ACCOUNT_WATCH.points + 1) {
      this.deps.log.warn(
        { event: 'account.sign_in_failures_many', userId, perHour: watch.consumed },
        'many failed sign-ins for one account',
      );
    }
    this.deps.log.info({ event: 'account.sign_in_failed', userId, failures }, 'sign-in failed');
  }

  /** Ends the current session; its WebSocket connections are closed (SESSION_ENDED). */
  async signOut(em: EntityManager, viewer: Viewer): Promise<void> {
    await this.deps.sessions.revoke(em, viewer.sessionId);
    this.deps.log.info(
      { event: 'account.sign_out', userId: viewer.userId, sessionId: viewer.sessionId },
      'sign-out',
    );
  }

  /** Confirms the e-mail address with the token from the verification link (single use, 24 hours). */
  async verifyEmail(em: EntityManager, token: string): Promise<void> {
    const invalid = () =>
      AppError.validation({ token: VERIFICATION_LINK_INVALID }, VERIFICATION_LINK_INVALID);
    if (!token || token.length > TOKEN_MAX_LENGTH) throw invalid();
    await em.transactional(async (tem) => {
      const used = await this.useToken(tem, token, AccountTokenPurpose.EMAIL_VERIFICATION);
      if (!used) throw invalid();
      // Counts only for the address the link was sent to.
      const rows = await tem.execute<{ id: string }[]>(
        `update app_user set email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
          where id = ? and email = ? returning id`,
        [used.userId, used.email],
      );
      if (rows.length === 0) throw invalid();
      this.deps.log.info({ event: 'account.email_verified', userId: used.userId }, 'e-mail verified');
    });
  }

  /** Sends a new verification link to the signed-in user (nothing when already verified). */
  async requestEmailVerification(em: EntityManager, viewer: Viewer): Promise<void> {
    const user = await em.findOne(User, viewer.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (isEmailVerified(user)) return;
    await this.deps.rateLimits.consume(user.id, EMAIL_VERIFICATION_PER_USER);
    await em.transactional((tem) => this.sendVerificationEmail(tem, tem.getReference(User, user.id), user));
  }

  /**
   * "Esqueci minha senha": e-mails a single-use link valid one hour when the address belongs to an
   * account; answers the same either way.
   */
  async requestPasswordReset(em: EntityManager, rawEmail: string, meta: RequestMeta): Promise<void> {
    const email = normalizeEmail(rawEmail);
    const problem = emailProblem(email);
    if (problem) throw AppError.validation({ email: problem });
    await this.deps.rateLimits.consume(clientKey(meta.ip), PASSWORD_RESET_PER_IP);
    await this.deps.rateLimits.consume(opaqueKey(email), PASSWORD_RESET_PER_EMAIL);
    await em.transactional(async (tem) => {
      const user = await tem.findOne(User, { email });
      if (!user) return;
      const { token, expiresAt } = await this.issueToken(
        tem,
        user,
        AccountTokenPurpose.PASSWORD_RESET,
        PASSWORD_RESET_TTL_MS,
      );
      await this.deps.mail.enqueue(
        tem,
        'password-reset',
        { email: user.email, name: user.fullName },
        { fullName: user.fullName, resetUrl: this.portalUrl('/redefinir-senha', token), expiresAt },
      );
      this.deps.log.info(
        { event: 'account.password_reset_requested', userId: user.id },
        'password reset requested',
      );
    });
  }

  /**
   * Sets a new password with a reset token: the token is used up, every session of the account ends,
   * and the e-mail counts as verified (the link proved the mailbox).
   */
  async resetPassword(em: EntityManager, input: { token: string; password: string }): Promise<void> {
    const invalid = () => AppError.validation({ 'input.token': RESET_LINK_INVALID }, RESET_LINK_INVALID);
    if (!input.token || input.token.length > TOKEN_MAX_LENGTH) throw invalid();
    const rows = await em.execute<{ user_id: string; email: string; cpf: string }[]>(
      `select u.id as user_id, u.email, u.cpf from account_token t join app_user u on u.id = t.user_id
        where t.token_hash = ? and t.purpose = ? and t.used_at is null and t.expires_at > now()`,
      [hashToken(input.token), AccountTokenPurpose.PASSWORD_RESET],
    );
    const owner = rows[0];
    if (!owner) throw invalid();
    const problem = passwordProblem(input.password, { email: owner.email, cpf: owner.cpf });
    if (problem) throw AppError.validation({ 'input.password': problem });
    const passwordHash = await hashPassword(input.password);

    await em.transactional(async (tem) => {
      const used = await this.useToken(tem, input.token, AccountTokenPurpose.PASSWORD_RESET);
      if (!used) throw invalid(); // used by a concurrent request meanwhile
      await tem.execute(
        `update app_user set password_hash = ?, password_changed_at = now(), updated_at = now(),
                email_verified_at = case when email = ? then coalesce(email_verified_at, now()) else email_verified_at end
          where id = ?`,
        [passwordHash, used.email, used.userId],
      );
      // Other reset links e-mailed earlier stop working too.
      await tem.execute(
        `update account_token set used_at = now() where user_id = ? and purpose = ? and used_at is null`,
        [used.userId, AccountTokenPurpose.PASSWORD_RESET],
      );
      await this.deps.sessions.revokeAllForUser(tem, used.userId);
    });
    // The owner proved the mailbox: the waits their typos (or a guesser's) caused end everywhere.
    await this.deps.rateLimits.resetPrefix(`${opaqueKey(owner.email)}:`, SIGN_IN_FAILURES);
    this.deps.log.info({ event: 'account.password_reset', userId: owner.user_id }, 'password reset');
  }

  /** Marks an unexpired, unused token of this purpose used, atomically; null when there is none. */
  private async useToken(
    em: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<{ userId: string; email: string } | null> {
    const rows = await em.execute<{ user_id: string; email: string }[]>(
      `update account_token set used_at = now()
        where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
        returning user_id, email`,
      [hashToken(token), purpose],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  private async issueToken(
    em: EntityManager,
    user: User,
    purpose: AccountTokenPurpose,
    ttlMs: number,
    email = user.email,
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    em.create(AccountToken, { user, purpose, tokenHash: hashToken(token), email, expiresAt });
    await em.flush();
    return { token, expiresAt };
  }

  private async sendVerificationEmail(
    em: EntityManager,
    user: User,
    to: { email: string; fullName: string },
  ): Promise<void> {
    const { token, expiresAt } = await this.issueToken(
      em,
      user,
      AccountTokenPurpose.EMAIL_VERIFICATION,
      EMAIL_VERIFICATION_TTL_MS,
      to.email,
    );
    await this.deps.mail.enqueue(
      em,
      'email-verification',
      { email: to.email, name: to.fullName },
      { fullName: to.fullName, verifyUrl: this.portalUrl('/verificar-email', token), expiresAt },
    );
  }

  /** Tells an owner that someone tried to register with their data; a few per day at most. */
  private async tellOwnerAccountExists(em: EntityManager, owner: User): Promise<void> {
    const state = await this.deps.rateLimits.penalize(owner.id, ACCOUNT_EXISTS_MAIL_PER_OWNER);
    if (state.consumed > ACCOUNT_EXISTS_MAIL_PER_OWNER.points) return;
    await this.deps.mail.enqueue(
      em,
      'account-exists',
      { email: owner.email, name: owner.fullName },
      {
        fullName: owner.fullName,
        signInUrl: this.portalUrl('/entrar'),
        resetUrl: this.portalUrl('/esqueci-minha-senha'),
      },
    );
  }

  private portalUrl(path: string, token?: string): string {
    const base = this.deps.config.PORTAL_URL.replace(/\/+$/, '');
    return token ? `${base}${path}?token=${encodeURIComponent(token)}` : `${base}${path}`;
  }
}
