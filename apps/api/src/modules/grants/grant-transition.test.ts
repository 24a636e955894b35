// The transition step against a recording stand-in for the transaction: which statements it sends,
// what it records and emits, and that a refused transition touches nothing. (The real statements run
// against PostgreSQL in test/grants*.test.ts.)
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.ts';
import { sqlFragment } from '../../db/sql.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';
import type { GrantEvent, GrantSnapshot } from './grant-events.ts';
import { TRANSITIONS, type GrantState, type TransitionName } from './grant-state-machine.ts';
import { recordChange, transition } from './grant-transition.ts';

const { INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED } = AccessGrantStatus;
const AT = new Date('2026-12-01T12:00:00.000Z');

interface Statement {
  sql: string;
  params: unknown[];
}

/** Answers like PostgreSQL would: the UPDATE matches (unless `lostRace`), the audit insert returns `at`. */
function fakeTx(opts: { lostRace?: boolean } = {}) {
  const statements: Statement[] = [];
  const tx = {
    execute(sql: string, params: unknown[] = []): Promise<object[]> {
      statements.push({ sql: sql.replace(/\s+/g, ' ').trim(), params });
      if (sql.includes('update access_grant g')) return Promise.resolve(opts.lostRace ? [] : [{ id: 'g1' }]);
      if (sql.includes('insert into access_grant_event')) return Promise.resolve([{ at: AT }]);
      return Promise.resolve([]);
    },
  };
  return { tx: tx as unknown as EntityManager, statements };
}

function emitter() {
  const events: GrantEvent[] = [];
  const emit = (_tx: EntityManager, e: GrantEvent) => {
    events.push(e);
    return Promise.resolve();
  };
  return { emit, events };
}

function grant(state: GrantState): GrantSnapshot {
  return {
    id: 'g1',
    ...state,
    protocolNumber: '2026-000001',
    businessPartnerId: 'p1',
    businessPartnerName: 'Parceiro',
    titular: { id: 't1', fullName: 'Ana Souza', email: 'ana@exemplo.com.br', cpf: '11144477735' },
    invitee: { fullName: 'José Silva', cpf: '52998224725', email: 'jose@exemplo.com.br' },
    inviteeAccount: null,
    activeInstallationCount: 2,
    validUntil: null,
  };
}

const refusal = () => new AppError('CONFLICT', 'refused');
const actor = { userId: 'u1', meta: null };

const STATES: Record<string, GrantState> = {
  'INVITED, open': { status: INVITED, expired: false },
  'INVITED, past its expiry': { status: INVITED, expired: true },
  ACCEPTED: { status: ACCEPTED, expired: false },
  DECLINED: { status: DECLINED, expired: true },
  EXPIRED: { status: EXPIRED, expired: true },
  CANCELLED: { status: CANCELLED, expired: false },
  REVOKED: { status: REVOKED, expired: false },
};

const ALLOWED_FROM: Record<TransitionName, string> = {
  ACCEPT: 'INVITED, open',
  DECLINE: 'INVITED, open',
  CANCEL: 'INVITED, open',
  EXPIRE: 'INVITED, past its expiry',
  REVOKE: 'ACCEPTED',
  REVOKE_LAST_INSTALLATIONS: 'ACCEPTED',
  RENOUNCE: 'ACCEPTED',
  END_INVITE_BY_AUTHORITY: 'INVITED, open',
  END_BY_AUTHORITY: 'ACCEPTED',
  END_BY_VALIDITY: 'ACCEPTED',
};

const detailOf = (name: TransitionName) =>
  name === 'EXPIRE'
    ? { swept: false }
    : name.startsWith('REVOKE')
      ? { removedNumbers: [] }
      : name.includes('AUTHORITY')
        ? { reason: 'TITULARITY_CHANGED', removedNumbers: [], remaining: 0, wasInvite: false }
        : {};

function run(name: TransitionName, state: GrantState, tx: EntityManager, emit: ReturnType<typeof emitter>) {
  return transition(tx, emit, {
    name,
    grant: grant(state),
    actor,
    role: ActorRole.TITULAR,
    refusal,
    detail: detailOf(name) as never,
  });
}

const cases = (Object.keys(TRANSITIONS) as TransitionName[]).flatMap((name) =>
  Object.entries(STATES).map(([label, state]) => ({ name, label, state })),
);

describe('transition', () => {
  it.each(cases.filter((c) => ALLOWED_FROM[c.name] === c.label))(
    '$name from $label: one conditional UPDATE, one audit step, one event',
    async ({ name, state }) => {
      const rule = TRANSITIONS[name];
      const { tx, statements } = fakeTx();
      const emit = emitter();
      const after = await run(name, state, tx, emit);
      expect(after.status).toBe(rule.to);
      const updates = statements.filter((s) => s.sql.startsWith('update access_grant g'));
      expect(updates).toHaveLength(1);
      const update = updates[0]!;
      // The UPDATE repeats the state machine's condition: a concurrent change makes it match nothing.
      expect(update.sql).toContain(`g.status = '${rule.from}'`);
      if (rule.clock === 'OPEN') expect(update.sql).toContain('g.invite_expires_at > now()');
      if (rule.clock === 'DUE') expect(update.sql).toContain('g.invite_expires_at <= now()');
      expect(update.params[0]).toBe(rule.to);
      if (rule.endReason) expect(update.params.slice(1, 3)).toEqual([rule.endReason, actor.userId]);
      const revokesFirst = statements[0]!.sql.startsWith('update access_grant_installation');
      expect(revokesFirst).toBe(rule.revokesInstallations);
      const audits = statements.filter((s) => s.sql.startsWith('insert into access_grant_event'));
      expect(audits.map((a) => a.params[1])).toEqual([rule.change]);
      expect(emit.events).toHaveLength(1);
      expect(emit.events[0]).toMatchObject({ type: rule.change, at: AT, grant: { status: rule.to } });
    },
  );

  it.each(cases.filter((c) => ALLOWED_FROM[c.name] !== c.label))(
    '$name from $label: refused before any statement',
    async ({ name, state }) => {
      const { tx, statements } = fakeTx();
      const emit = emitter();
      await expect(run(name, state, tx, emit)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(statements).toEqual([]);
      expect(emit.events).toEqual([]);
    },
  );

  it('refuses when a concurrent change got there first, and records nothing', async () => {
    const { tx, statements } = fakeTx({ lostRace: true });
    const emit = emitter();
    await expect(run('ACCEPT', STATES['INVITED, open']!, tx, emit)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(statements.some((s) => s.sql.startsWith('insert'))).toBe(false);
    expect(emit.events).toEqual([]);
  });

  it('adds the request’s assignments and conditions, parameters in statement order', async () => {
    const { tx, statements } = fakeTx();
    const emit = emitter();
    const account = { id: 'u9', fullName: 'José Silva', email: 'jose@exemplo.com.br' };
    const after = await transition(tx, emit, {
      name: 'ACCEPT',
      grant: grant(STATES['INVITED, open']!),
      actor,
      role: ActorRole.INVITEE,
      refusal,
      set: sqlFragment('invitee_id = ?', 'u9'),
      where: sqlFragment('g.invite_token_hash = ?', 'hash'),
      audit: { via: 'EMAILED_LINK' },
      becomes: { inviteeAccount: account },
      detail: {},
    });
    const update = statements.find((s) => s.sql.startsWith('update access_grant g'))!;
    expect(update.sql).toMatch(/set status = \?, version = version \+ 1, invitee_id = \? where/);
    expect(update.sql).toMatch(/and g\.invite_token_hash = \? returning/);
    expect(update.params).toEqual([ACCEPTED, 'u9', 'g1', 'hash']);
    const audit = statements.find((s) => s.sql.startsWith('insert into access_grant_event'))!;
    expect(audit.params.slice(0, 4)).toEqual(['g1', 'ACCEPTED', ActorRole.INVITEE, 'u1']);
    expect(JSON.parse(audit.params[7] as string)).toEqual({ via: 'EMAILED_LINK' });
    expect(after.inviteeAccount).toEqual(account);
    expect(emit.events[0]!.grant.inviteeAccount).toEqual(account);
  });
});

describe('recordChange', () => {
  it('writes the audit step named like the change and emits its event, status untouched', async () => {
    const { tx, statements } = fakeTx();
    const emit = emitter();
    await recordChange(tx, emit, {
      change: 'INSTALLATIONS_REVOKED' as never,
      grant: grant(STATES.ACCEPTED!),
      actor,
      role: ActorRole.TITULAR,
      audit: { installationNumbers: ['1'], remaining: 1 },
      detail: { removedNumbers: ['1'], remaining: 1 } as never,
    });
    expect(statements.map((s) => s.sql.split(' (')[0])).toEqual(['insert into access_grant_event']);
    expect(emit.events).toMatchObject([
      { type: 'INSTALLATIONS_REVOKED', removedNumbers: ['1'], remaining: 1, grant: { status: ACCEPTED } },
    ]);
  });
});
