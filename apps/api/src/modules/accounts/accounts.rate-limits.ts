import type { FailureDelayPolicy, RateLimitPolicy } from '../rate-limit/rate-limit.service.ts';

// Limits on the accounts operations. Brazilian mobile carriers put thousands of customers behind one
// public address (carrier-grade NAT), so a per-address limit is only a coarse guard against one
// machine hammering us, sized so a busy shared address never reaches it in ordinary use (a few
// hundred per window). The tight limits are per account, per e-mail and per target: they stop
// password guessing and mail bombing wherever the attempts come from.
//
//   per address (coarse)  sign-in 300 / 15 min · sign-up 100 / hour · password reset 100 / hour
//   per target (tight)    failed sign-ins: growing delays per account and address (3 free,
//                         then 30 s doubling to 15 min); many addresses at one account: logged
//                         password reset 3 / hour per e-mail · verification 5 / hour per user
//                         "account exists" mail 3 / day per owner

/** Every sign-in attempt from one client address. */
export const SIGN_IN_PER_IP: RateLimitPolicy = {
  name: 'sign-in:ip',
  points: 300,
  durationSeconds: 15 * 60,
  message: 'Muitas tentativas de entrar a partir da sua rede. Aguarde alguns minutos e tente novamente.',
};

/**
 * Failed sign-ins for one e-mail address (known or not, so the answer reveals nothing) from one
 * client address: three typos are free, then 30 s, 1, 2, 4, 8 and at most 15 minutes between
 * attempts; forgotten an hour after the last failure, or on success or password reset. Keyed by
 * account and address together, so whoever guesses from one address never keeps the real user,
 * elsewhere, out (an account-wide lock would let anyone lock anyone).
 */
export const SIGN_IN_FAILURES: FailureDelayPolicy = {
  name: 'sign-in:failures',
  free: 3,
  baseSeconds: 30,
  maxSeconds: 15 * 60,
  forgetSeconds: 60 * 60,
  message:
    'Muitas tentativas sem sucesso para este e-mail. Aguarde um pouco para tentar de novo ou use "Esqueci minha senha" para criar uma nova senha.',
};

/**
 * Failed sign-ins for one e-mail address from any address: never refuses anyone (that would be the
 * lock again); past this many per hour the guessing from many addresses is logged for operators.
 */
export const SIGN_IN_FAILURES_ACCOUNT_WATCH: RateLimitPolicy = {
  name: 'sign-in:account-watch',
  points: 30,
  durationSeconds: 60 * 60,
};

/** Registrations (that passed validation) from one client address. */
export const SIGN_UP_PER_IP: RateLimitPolicy = {
  name: 'sign-up:ip',
  points: 100,
  durationSeconds: 60 * 60,
  message: 'Muitos cadastros a partir da sua rede. Aguarde alguns minutos e tente novamente.',
};

/** "Esqueci minha senha" requests from one client address. */
export const PASSWORD_RESET_PER_IP: RateLimitPolicy = {
  name: 'password-reset:ip',
  points: 100,
  durationSeconds: 60 * 60,
  message: 'Muitos pedidos de nova senha a partir da sua rede. Aguarde alguns minutos e tente novamente.',
};

/** "Esqueci minha senha" requests for one e-mail address (known or not). */
export const PASSWORD_RESET_PER_EMAIL: RateLimitPolicy = {
  name: 'password-reset:email',
  points: 3,
  durationSeconds: 60 * 60,
  message:
    'Já enviamos vários links para este e-mail. Confira sua caixa de entrada (e o spam) ou aguarde uma hora.',
};

/** New verification links asked by one signed-in user. */
export const EMAIL_VERIFICATION_PER_USER: RateLimitPolicy = {
  name: 'email-verification:user',
  points: 5,
  durationSeconds: 60 * 60,
  message:
    'Já enviamos vários links de confirmação. Confira sua caixa de entrada (e o spam) ou aguarde uma hora.',
};

/** "Someone tried to register with your data" e-mails to one owner; beyond this they are skipped silently. */
export const ACCOUNT_EXISTS_MAIL_PER_OWNER: RateLimitPolicy = {
  name: 'account-exists-mail:user',
  points: 3,
  durationSeconds: 24 * 60 * 60,
};
