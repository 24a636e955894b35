import { describe, expect, it } from 'vitest';
import { AccessGrantStatus } from './access-grant.entity.ts';
import {
  can,
  canResend,
  canRevoke,
  effectiveStatus,
  TRANSITIONS,
  type GrantState,
  type TransitionName,
} from './grant-state-machine.ts';

const { INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED } = AccessGrantStatus;

/** Every state a stored grant can be in (an INVITED one on either side of its expiry). */
const STATES: Record<string, GrantState> = {
  'INVITED, open': { status: INVITED, expired: false },
  'INVITED, past its expiry': { status: INVITED, expired: true },
  ACCEPTED: { status: ACCEPTED, expired: false },
  'ACCEPTED, invite long expired': { status: ACCEPTED, expired: true },
  DECLINED: { status: DECLINED, expired: false },
  EXPIRED: { status: EXPIRED, expired: true },
  CANCELLED: { status: CANCELLED, expired: false },
  REVOKED: { status: REVOKED, expired: true },
};

/** The lifecycle: from which states each transition may leave. Everything else is refused. */
const ALLOWED_FROM: Record<TransitionName, string[]> = {
  ACCEPT: ['INVITED, open'],
  DECLINE: ['INVITED, open'],
  CANCEL: ['INVITED, open'],
  EXPIRE: ['INVITED, past its expiry'],
  REVOKE: ['ACCEPTED', 'ACCEPTED, invite long expired'],
  REVOKE_LAST_INSTALLATIONS: ['ACCEPTED', 'ACCEPTED, invite long expired'],
  RENOUNCE: ['ACCEPTED', 'ACCEPTED, invite long expired'],
  END_INVITE_BY_AUTHORITY: ['INVITED, open'],
  END_BY_AUTHORITY: ['ACCEPTED', 'ACCEPTED, invite long expired'],
  END_BY_VALIDITY: ['ACCEPTED', 'ACCEPTED, invite long expired'],
};

const cases = (Object.keys(TRANSITIONS) as TransitionName[]).flatMap((name) =>
  Object.entries(STATES).map(([label, state]) => ({
    name,
    label,
    state,
    allowed: ALLOWED_FROM[name].includes(label),
  })),
);

describe('grant state machine', () => {
  it.each(cases)('$name from $label: allowed=$allowed', ({ name, state, allowed }) => {
    expect(can(name, state)).toBe(allowed);
  });

  it('leads where the lifecycle says, with an end reason for every ending', () => {
    expect(
      Object.fromEntries(
        Object.entries(TRANSITIONS).map(([n, r]) => [n, `${r.from}→${r.to} ${r.endReason ?? '-'}`]),
      ),
    ).toEqual({
      ACCEPT: 'INVITED→ACCEPTED -',
      DECLINE: 'INVITED→DECLINED DECLINED_BY_INVITEE',
      CANCEL: 'INVITED→CANCELLED CANCELLED_BY_TITULAR',
      EXPIRE: 'INVITED→EXPIRED INVITE_EXPIRED',
      REVOKE: 'ACCEPTED→REVOKED REVOKED_BY_TITULAR',
      REVOKE_LAST_INSTALLATIONS: 'ACCEPTED→REVOKED ALL_INSTALLATIONS_REVOKED',
      RENOUNCE: 'ACCEPTED→REVOKED RENOUNCED_BY_INVITEE',
      END_INVITE_BY_AUTHORITY: 'INVITED→CANCELLED TITULARITY_CHANGED',
      END_BY_AUTHORITY: 'ACCEPTED→REVOKED TITULARITY_CHANGED',
      END_BY_VALIDITY: 'ACCEPTED→REVOKED VALIDITY_ENDED',
    });
    // Only the endings of an accepted grant take its installations away.
    expect(
      Object.entries(TRANSITIONS)
        .filter(([, r]) => r.revokesInstallations)
        .map(([n]) => n),
    ).toEqual(['REVOKE', 'REVOKE_LAST_INSTALLATIONS', 'RENOUNCE', 'END_BY_AUTHORITY', 'END_BY_VALIDITY']);
  });

  it('closed states have no way out', () => {
    for (const status of [DECLINED, EXPIRED, CANCELLED, REVOKED]) {
      for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
        expect(can(name, { status, expired: false })).toBe(false);
        expect(can(name, { status, expired: true })).toBe(false);
      }
    }
  });

  it('reads an INVITED grant past its expiry as EXPIRED', () => {
    expect(effectiveStatus({ status: INVITED, expired: true })).toBe(EXPIRED);
    expect(effectiveStatus({ status: INVITED, expired: false })).toBe(INVITED);
    expect(effectiveStatus({ status: ACCEPTED, expired: true })).toBe(ACCEPTED);
  });

  it('tells the titular what they may do next (from the effective status)', () => {
    expect([INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED].filter(canRevoke)).toEqual([
      INVITED,
      ACCEPTED,
    ]);
    expect(
      [INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED].filter((s) => canResend(s, false)),
    ).toEqual([INVITED, DECLINED, EXPIRED]);
    // A closed invite is re-sent once: after that, the newer invite is the one to act on.
    expect([DECLINED, EXPIRED].filter((s) => canResend(s, true))).toEqual([]);
  });
});
