// Limits on invites: how many a titular sends, how many reach one e-mail address, how often an invite
// or an account may try to answer, and how fast anyone may guess invite links. Brazilian mobile
// carriers put thousands of customers behind one address (carrier-grade NAT), so the per-address
// guards are coarse and growing delays on FAILURES (unknown links), never on ordinary opening of a
// real link; the tight limits are per titular, per invitee e-mail, per invite and per account.
//
//   (sizes configurable: INVITE_LIMIT_PER_TITULAR_HOUR, INVITE_LIMIT_PER_EMAIL_DAY, INVITE_ANSWER_LIMIT_PER_HOUR)
//   sent (success)    20 / hour per titular (grantAccess + resendAccessInvite) · 5 / day per invitee e-mail
//   answers           accept or decline: 10 / hour per invite link, 30 / hour per account
//   unknown links     per address: 20 free, then 2 s doubling to 5 min between tries (forgotten after an hour)
//   any lookup        per address 1,000 / hour (coarse); every unknown link is counted globally and logged
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { Config } from '../../config/config.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import { hashToken } from '../../common/tokens.ts';
import { isUuid } from '../../db/sql.ts';
import { clientKey } from '../rate-limit/client-key.ts';
import {
  opaqueKey,
  type FailureDelayPolicy,
  type RateLimitPolicy,
  type RateLimitService,
} from '../rate-limit/rate-limit.service.ts';
import { grantByToken } from './access-grant.queries.ts';

export const INVITES_PER_TITULAR: RateLimitPolicy = {
  name: 'invites:titular',
  points: 20,
  durationSeconds: 60 * 60,
  message: 'Você enviou muitos convites na última hora. Aguarde um pouco para enviar outros.',
};

export const INVITES_PER_INVITEE_EMAIL: RateLimitPolicy = {
  name: 'invites:invitee-email',
  points: 5,
  durationSeconds: 24 * 60 * 60,
  message: 'Este e-mail já recebeu vários convites hoje. Tente novamente amanhã.',
};

export const ACCEPT_PER_INVITE: RateLimitPolicy = {
  name: 'invite-accept:invite',
  points: 10,
  durationSeconds: 60 * 60,
  message: 'Muitas tentativas de aceitar este convite. Aguarde um pouco e tente novamente.',
};

export const ACCEPT_PER_ACCOUNT: RateLimitPolicy = {
  name: 'invite-accept:user',
  points: 30,
  durationSeconds: 60 * 60,
  message: 'Muitas tentativas de aceitar convites. Aguarde um pouco e tente novamente.',
};

export const DECLINE_PER_INVITE: RateLimitPolicy = {
  name: 'invite-decline:invite',
  points: 10,
  durationSeconds: 60 * 60,
  message: 'Muitas tentativas de recusar este convite. Aguarde um pouco e tente novamente.',
};

/** Every invite-link lookup (preview, accept, decline, viewed) from one address: a coarse guard. */
export const INVITE_LOOKUPS_PER_IP: RateLimitPolicy = {
  name: 'invite-lookup:ip',
  points: 1000,
  durationSeconds: 60 * 60,
  message: 'Muitas consultas de convites a partir da sua rede. Aguarde alguns minutos e tente novamente.',
};

/** Unknown invite links from one address: growing delays (a typo or two is free). */
export const INVITE_GUESSES_PER_IP: FailureDelayPolicy = {
  name: 'invite-guess:ip',
  free: 20,
  baseSeconds: 2,
  maxSeconds: 5 * 60,
  forgetSeconds: 60 * 60,
  message:
    'Muitos links de convite inválidos a partir da sua rede. Aguarde um pouco antes de tentar de novo.',
};

/** Unknown invite links from anywhere: never refuses (CGNAT), logged past this many per hour. */
export const INVITE_GUESSES_GLOBAL_WATCH: RateLimitPolicy = {
  name: 'invite-guess:global',
  points: 5000,
  durationSeconds: 60 * 60,
};

/** A link's key for limits: its hash, cut short (the table never holds a usable token). */
function linkKey(token: string): string {
  return hashToken(String(token ?? '')).slice(0, 32);
}

/** The configured sizes (INVITE_LIMIT_PER_TITULAR_HOUR, INVITE_LIMIT_PER_EMAIL_DAY, INVITE_ANSWER_LIMIT_PER_HOUR). */
export type InviteLimitConfig = Pick<
  Config,
  'INVITE_LIMIT_PER_TITULAR_HOUR' | 'INVITE_LIMIT_PER_EMAIL_DAY' | 'INVITE_ANSWER_LIMIT_PER_HOUR'
>;

interface Policies {
  perTitular: RateLimitPolicy;
  perEmail: RateLimitPolicy;
  acceptPerInvite: RateLimitPolicy;
  acceptPerAccount: RateLimitPolicy;
  declinePerInvite: RateLimitPolicy;
  declinePerAccount: RateLimitPolicy;
}

function policiesFor(config: InviteLimitConfig): Policies {
  const answers = config.INVITE_ANSWER_LIMIT_PER_HOUR;
  return {
    perTitular: { ...INVITES_PER_TITULAR, points: config.INVITE_LIMIT_PER_TITULAR_HOUR },
    perEmail: { ...INVITES_PER_INVITEE_EMAIL, points: config.INVITE_LIMIT_PER_EMAIL_DAY },
    acceptPerInvite: { ...ACCEPT_PER_INVITE, points: answers },
    acceptPerAccount: { ...ACCEPT_PER_ACCOUNT, points: answers * 3 },
    declinePerInvite: { ...DECLINE_PER_INVITE, points: answers },
    declinePerAccount: {
      name: 'invite-decline:user',
      points: answers * 3,
      durationSeconds: 60 * 60,
      message: 'Muitas tentativas de recusar convites. Aguarde um pouco e tente novamente.',
    },
  };
}

export class InviteLimits {
  private readonly p: Policies;

  constructor(
    private readonly deps: { rateLimits: RateLimitService; log: Logger; config: InviteLimitConfig },
  ) {
    this.p = policiesFor(deps.config);
  }

  /**
   * A titular sends an invite (grantAccess, resend) under both limits: the hour's per titular and
   * the day's per invitee e-mail are taken together in one statement before `send` (RATE_LIMITED,
   * with Retry-After, once either is used up) and given back if it fails (a typo in the form costs
   * nothing).
   */
  async sending<T>(titularId: string, inviteeEmail: string | null, send: () => Promise<T>): Promise<T> {
    const items = [
      { key: titularId, policy: this.p.perTitular },
      ...(inviteeEmail ? [{ key: emailKey(inviteeEmail), policy: this.p.perEmail }] : []),
    ];
    await this.deps.rateLimits.reserve(items);
    try {
      return await send();
    } catch (err) {
      await this.deps.rateLimits.release(items);
      throw err;
    }
  }

  /** Before an invite link is looked up: the coarse per-address guard and the guessing delay. */
  async beforeLookup(meta: RequestMeta): Promise<void> {
    const ip = clientKey(meta.ip);
    await this.deps.rateLimits.consume(ip, INVITE_LOOKUPS_PER_IP);
    await this.deps.rateLimits.checkDelay(ip, INVITE_GUESSES_PER_IP);
  }

  /** The link was unknown (or malformed): one more failure for the address, and the global watch. */
  async unknownLink(meta: RequestMeta): Promise<void> {
    await this.deps.rateLimits.recordFailure(clientKey(meta.ip), INVITE_GUESSES_PER_IP);
    const global = await this.deps.rateLimits.penalize('all', INVITE_GUESSES_GLOBAL_WATCH);
    if (global.consumed === INVITE_GUESSES_GLOBAL_WATCH.points + 1) {
      this.deps.log.warn({ policy: INVITE_GUESSES_GLOBAL_WATCH.name }, 'many unknown invite links');
    }
  }

  /** Before an accept: per link and per account. */
  async beforeAccept(token: string, userId: string, meta: RequestMeta): Promise<void> {
    await this.beforeLookup(meta);
    await this.deps.rateLimits.consume(linkKey(token), this.p.acceptPerInvite);
    await this.deps.rateLimits.consume(userId, this.p.acceptPerAccount);
  }

  /** Before a decline: per link, and per account when signed in. */
  async beforeDecline(token: string, userId: string | null, meta: RequestMeta): Promise<void> {
    await this.beforeLookup(meta);
    await this.deps.rateLimits.consume(linkKey(token), this.p.declinePerInvite);
    if (userId) await this.deps.rateLimits.consume(userId, this.p.declinePerAccount);
  }

  /**
   * Runs `fn` on an invite link; an INVITE_INVALID answer for a link that does not exist at all counts
   * as a guess from the address (a used or expired link, e.g. a lost race, does not).
   */
  async guarded<T>(em: EntityManager, token: string, meta: RequestMeta, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVITE_INVALID' && !(await inviteLinkExists(em, token))) {
        await this.unknownLink(meta);
      }
      throw err;
    }
  }
}

function emailKey(email: string): string {
  return opaqueKey(email.trim().toLowerCase());
}

const instances = new WeakMap<object, InviteLimits>();

/** The process's invite limits, built once from the shared services. */
export function inviteLimits(services: {
  rateLimits: RateLimitService;
  log: Logger;
  config: InviteLimitConfig;
}): InviteLimits {
  let l = instances.get(services);
  if (!l) {
    l = new InviteLimits(services);
    instances.set(services, l);
  }
  return l;
}

/** The invited e-mail of a grant (for the per-e-mail limit on resends); null for an unknown id. */
export async function inviteeEmailOf(em: EntityManager, grantId: string): Promise<string | null> {
  if (!isUuid(grantId)) return null;
  const rows = await em.execute<{ invitee_email: string }[]>(
    `select invitee_email from access_grant where id = ?`,
    [grantId],
  );
  return rows[0]?.invitee_email ?? null;
}

/** Whether an invite link exists at all (only asked when the preview reads UNAVAILABLE). */
export async function inviteLinkExists(em: EntityManager, token: string): Promise<boolean> {
  return (await grantByToken(em, token)) !== null;
}
