// The lifecycle of a grant as data: which status changes exist, from where, on which side of the
// invite's expiry, why the grant ends and which domain event each emits. Pure: the transition step
// (grant-transition.ts) consults it before it touches the database.
//
//   INVITED ─accept─▶ ACCEPTED ─revoke / last installations revoked / renounce─▶ REVOKED
//   INVITED ─decline─▶ DECLINED    INVITED ─cancel─▶ CANCELLED    INVITED ─(expiry)─▶ EXPIRED
//   INVITED ─authority ended─▶ CANCELLED    ACCEPTED ─authority ended / validity ended─▶ REVOKED
//   DECLINED, EXPIRED, CANCELLED, REVOKED are closed: nothing leaves them.
import { AccessGrantEndReason, AccessGrantStatus } from './access-grant.entity.ts';
import { AccessGrantChange } from './grant-events.ts';

const { INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED } = AccessGrantStatus;

/** Where the invite's clock must be: still open (`invite_expires_at > now()`) or past it. */
export type InviteClock = 'OPEN' | 'DUE';

export interface TransitionRule {
  from: AccessGrantStatus;
  to: AccessGrantStatus;
  /** Only for transitions out of INVITED. */
  clock: InviteClock | null;
  /** Set on the grant with `ended_at` and `ended_by_id`; null for a transition that does not end it. */
  endReason: AccessGrantEndReason | null;
  /** Every installation still granted is revoked at the same instant. */
  revokesInstallations: boolean;
  /** The domain event it emits (and the type of its audit step). */
  change: AccessGrantChange;
  /** Other end reasons a request may name instead of `endReason` (the customer records' reasons). */
  reasons?: readonly AccessGrantEndReason[];
}

/** The customer records' reasons: the titular's authority over the grant ended. */
export const AUTHORITY_END_REASONS = [
  AccessGrantEndReason.TITULARITY_CHANGED,
  AccessGrantEndReason.INSTALLATION_DEACTIVATED,
  AccessGrantEndReason.REPRESENTATIVE_REMOVED,
  AccessGrantEndReason.PARTNER_ENDED,
] as const;

export const TRANSITIONS = {
  ACCEPT: {
    from: INVITED,
    to: ACCEPTED,
    clock: 'OPEN',
    endReason: null,
    revokesInstallations: false,
    change: AccessGrantChange.ACCEPTED,
  },
  DECLINE: {
    from: INVITED,
    to: DECLINED,
    clock: 'OPEN',
    endReason: AccessGrantEndReason.DECLINED_BY_INVITEE,
    revokesInstallations: false,
    change: AccessGrantChange.DECLINED,
  },
  CANCEL: {
    from: INVITED,
    to: CANCELLED,
    clock: 'OPEN',
    endReason: AccessGrantEndReason.CANCELLED_BY_TITULAR,
    revokesInstallations: false,
    change: AccessGrantChange.CANCELLED,
  },
  EXPIRE: {
    from: INVITED,
    to: EXPIRED,
    clock: 'DUE',
    endReason: AccessGrantEndReason.INVITE_EXPIRED,
    revokesInstallations: false,
    change: AccessGrantChange.EXPIRED,
  },
  REVOKE: {
    from: ACCEPTED,
    to: REVOKED,
    clock: null,
    endReason: AccessGrantEndReason.REVOKED_BY_TITULAR,
    revokesInstallations: true,
    change: AccessGrantChange.REVOKED,
  },
  /** The titular removed the last installations one by one. */
  REVOKE_LAST_INSTALLATIONS: {
    from: ACCEPTED,
    to: REVOKED,
    clock: null,
    endReason: AccessGrantEndReason.ALL_INSTALLATIONS_REVOKED,
    revokesInstallations: true,
    change: AccessGrantChange.REVOKED,
  },
  RENOUNCE: {
    from: ACCEPTED,
    to: REVOKED,
    clock: null,
    endReason: AccessGrantEndReason.RENOUNCED_BY_INVITEE,
    revokesInstallations: true,
    change: AccessGrantChange.RENOUNCED,
  },
  /** The titular's authority ended (customer records): an open invite is cancelled. */
  END_INVITE_BY_AUTHORITY: {
    from: INVITED,
    to: CANCELLED,
    clock: 'OPEN',
    endReason: AccessGrantEndReason.TITULARITY_CHANGED,
    reasons: AUTHORITY_END_REASONS,
    revokesInstallations: false,
    change: AccessGrantChange.AUTHORITY_ENDED,
  },
  END_BY_AUTHORITY: {
    from: ACCEPTED,
    to: REVOKED,
    clock: null,
    endReason: AccessGrantEndReason.TITULARITY_CHANGED,
    reasons: AUTHORITY_END_REASONS,
    revokesInstallations: true,
    change: AccessGrantChange.AUTHORITY_ENDED,
  },
  /** `validUntil` came (database clock). */
  END_BY_VALIDITY: {
    from: ACCEPTED,
    to: REVOKED,
    clock: null,
    endReason: AccessGrantEndReason.VALIDITY_ENDED,
    revokesInstallations: true,
    change: AccessGrantChange.VALIDITY_ENDED,
  },
} as const satisfies Record<string, TransitionRule>;

export type TransitionName = keyof typeof TRANSITIONS;

/** The event a transition emits. */
export type ChangeOf<K extends TransitionName> = (typeof TRANSITIONS)[K]['change'];

/** What the state machine reads of a grant. */
export interface GrantState {
  /** Stored status. */
  status: AccessGrantStatus;
  /** The invite's time is up. */
  expired: boolean;
}

/** May this transition apply to a grant in this state? */
export function can(name: TransitionName, state: GrantState): boolean {
  const rule: TransitionRule = TRANSITIONS[name];
  if (state.status !== rule.from) return false;
  if (rule.clock === 'OPEN') return !state.expired;
  if (rule.clock === 'DUE') return state.expired;
  return true;
}

/** The status people see: an INVITED grant past its expiry is EXPIRED (SQL twin: EFFECTIVE_STATUS). */
export function effectiveStatus(state: GrantState): AccessGrantStatus {
  return state.status === INVITED && state.expired ? EXPIRED : state.status;
}

/** An invite that can still be answered. */
export function isOpenInvite(state: GrantState): boolean {
  return state.status === INVITED && !state.expired;
}

/** A closed invite the titular may send again (once) as a new grant with the same invitee. */
export function isReplaceable(status: AccessGrantStatus): boolean {
  return status === EXPIRED || status === DECLINED;
}

/** From the effective status: may the titular send a new link now? */
export function canResend(status: AccessGrantStatus, replaced: boolean): boolean {
  return status === INVITED || (isReplaceable(status) && !replaced);
}

/** From the effective status: may the titular end it now (cancel the invite or revoke the grant)? */
export function canRevoke(status: AccessGrantStatus): boolean {
  const state = { status, expired: false };
  return can('CANCEL', state) || can('REVOKE', state);
}
