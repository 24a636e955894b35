import type { FailureDelayPolicy, RateLimitPolicy } from '../rate-limit/rate-limit.service.ts';

// Limits on proving titularity. A code goes to the contact on record, never to an address the caller
// chose, so the tight limits protect that inbox (mail bombing) and the codes (guessing): per account
// and partner, per account, per CPF being reclaimed; the per-address one is a coarse guard sized for
// carrier-grade NAT.
//
//   codes e-mailed     3 / hour per account and partner · 10 / day per account · 3 / hour per CPF reclaimed
//   wrong codes        5 tries per code (then it is dead); growing delays per account (5 free, then 1 min
//                      doubling to 1 hour), whichever code or "código do cliente" was tried
//   per address        300 titularity attempts / hour (coarse)

export const CODE_PER_PARTNER: RateLimitPolicy = {
  name: 'titularity-code:user-partner',
  points: 3,
  durationSeconds: 60 * 60,
  message:
    'Já enviamos vários códigos para o e-mail de contato deste cliente. Confira a caixa de entrada (e o spam) ou aguarde uma hora.',
};

export const CODE_PER_ACCOUNT: RateLimitPolicy = {
  name: 'titularity-code:user',
  points: 10,
  durationSeconds: 24 * 60 * 60,
  message:
    'Você pediu muitos códigos hoje. Tente de novo amanhã ou use o código do cliente da sua conta de luz.',
};

export const CODE_PER_RECLAIMED_CPF: RateLimitPolicy = {
  name: 'titularity-code:reclaim-cpf',
  points: 3,
  durationSeconds: 60 * 60,
  message:
    'Já enviamos vários códigos para o e-mail de contato deste cliente. Confira a caixa de entrada (e o spam) ou aguarde uma hora.',
};

export const TITULARITY_PER_IP: RateLimitPolicy = {
  name: 'titularity:ip',
  points: 300,
  durationSeconds: 60 * 60,
  message: 'Muitas tentativas a partir da sua rede. Aguarde alguns minutos e tente novamente.',
};

/** Wrong codes (e-mailed or from a bill) per account, or per CPF for a reclaim: growing delays, never a lock. */
export const PROOF_FAILURES: FailureDelayPolicy = {
  name: 'titularity:failures',
  free: 5,
  baseSeconds: 60,
  maxSeconds: 60 * 60,
  forgetSeconds: 24 * 60 * 60,
  message: 'Muitas tentativas com código incorreto. Aguarde um pouco antes de tentar de novo.',
};

/** Tries of one e-mailed code before it stops working (a new one must be asked for). */
export const CODE_MAX_ATTEMPTS = 5;
/** How long an e-mailed code works. */
export const CODE_TTL_MINUTES = 15;
