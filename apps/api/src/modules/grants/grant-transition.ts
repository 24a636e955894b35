// The one step that changes a grant: the state machine says whether the change may happen, one
// conditional UPDATE applies it, the audit step is written and ONE domain event is emitted, all in
// the caller's transaction (effects follow from the event, grant-effects.ts).
//
// Concurrency: the UPDATE repeats the state machine's condition (`where g.status = 'INVITED' and
// g.invite_expires_at > now()` …). Either the caller holds the grant row locked (`lockGrant`, FOR
// UPDATE) or PostgreSQL re-checks the condition after a concurrent commit; so of two racing changes
// exactly one applies, and the loser gets the request's `refusal` (never ACCEPTED after a revoke).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppError } from '../../common/errors.ts';
import type { Config } from '../../config/config.ts';
import { asDate, isUuid, pgArray, type SqlFragment } from '../../db/sql.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import type { AccessGrantEndReason } from './access-grant.entity.ts';
import { SNAPSHOT_COLUMNS, SNAPSHOT_FROM, toSnapshot, type SnapshotRow } from './access-grant.sql.ts';
import { person } from './grant-access.policy.ts';
import { grantNotFound } from './grant-errors.ts';
import { recordStep, SYSTEM_ACTOR, type Actor } from './grant-audit.ts';
import type { EmitGrantEvent, PortalLinks } from './grant-effects.ts';
import { AccessGrantChange, type EventDetail, type GrantEvent, type GrantSnapshot } from './grant-events.ts';
import {
  can,
  TRANSITIONS,
  type ChangeOf,
  type TransitionName,
  type TransitionRule,
} from './grant-state-machine.ts';

/** What every grant command works with. */
export interface GrantDeps {
  config: Config;
  customers: CustomersService;
  emit: EmitGrantEvent;
  links: PortalLinks;
}

export interface TransitionRequest<K extends TransitionName> {
  name: K;
  /** As read by the caller: locked (`lockGrant`) or found by its token. */
  grant: GrantSnapshot;
  actor: Actor;
  role: ActorRole;
  /** The error when the grant is not, or no longer, in a state this transition leaves. */
  refusal: () => AppError;
  /** More assignments for the UPDATE (the accept's invitee and terms versions). */
  set?: SqlFragment;
  /** More conditions for the UPDATE (the invite link's token). */
  where?: SqlFragment;
  /** Details of the audit step. */
  audit?: Record<string, unknown>;
  /** What the grant becomes besides its status (the accepting account). */
  becomes?: Partial<GrantSnapshot>;
  /** What the domain event carries besides the grant. */
  detail: EventDetail<ChangeOf<K>>;
  /** One of the rule's `reasons` instead of its `endReason`. */
  endReason?: AccessGrantEndReason;
}

/** The status condition of a rule, as SQL on `g` (its values are constants of the state machine). */
function conditionOf(rule: TransitionRule): string {
  const clock =
    rule.clock === 'OPEN'
      ? ' and g.invite_expires_at > now()'
      : rule.clock === 'DUE'
        ? ' and g.invite_expires_at <= now()'
        : '';
  return `g.status = '${rule.from}'${clock}`;
}

function assignmentsOf(
  rule: TransitionRule,
  actor: Actor,
  more?: SqlFragment,
  reason?: AccessGrantEndReason,
): SqlFragment {
  const sets = ['status = ?', 'version = version + 1'];
  const params: unknown[] = [rule.to];
  if (reason && !rule.reasons?.includes(reason)) throw new Error(`${reason} is not a reason of this rule`);
  if (rule.endReason) {
    sets.push('end_reason = ?', 'ended_at = now()', 'ended_by_id = ?');
    params.push(reason ?? rule.endReason, actor.userId);
  }
  if (more) {
    sets.push(more.text);
    params.push(...more.params);
  }
  return { text: sets.join(', '), params };
}

/** Applies a status change; returns the grant as it is after it. */
export async function transition<K extends TransitionName>(
  tx: EntityManager,
  deps: Pick<GrantDeps, 'emit'>,
  req: TransitionRequest<K>,
): Promise<GrantSnapshot> {
  const rule: TransitionRule = TRANSITIONS[req.name];
  if (!can(req.name, req.grant)) throw req.refusal();
  if (rule.revokesInstallations) {
    await tx.execute(
      `update access_grant_installation set revoked_at = now(), revoked_by_id = ?
        where grant_id = ? and revoked_at is null`,
      [req.actor.userId, req.grant.id],
    );
  }
  const set = assignmentsOf(rule, req.actor, req.set, req.endReason);
  const rows = await tx.execute<{ id: string }[]>(
    `update access_grant g set ${set.text}
      where g.id = ? and ${conditionOf(rule)}${req.where ? ` and ${req.where.text}` : ''}
      returning g.id`,
    [...set.params, req.grant.id, ...(req.where?.params ?? [])],
  );
  // Someone else (a concurrent accept, a decline, a revoke, the expiry) got there first.
  if (!rows[0]) throw req.refusal();
  const after: GrantSnapshot = { ...req.grant, ...req.becomes, status: rule.to };
  await recordChange(tx, deps, {
    change: rule.change,
    grant: after,
    actor: req.actor,
    role: req.role,
    audit: req.audit,
    detail: req.detail,
  });
  return after;
}

export interface ChangeRecord<T extends AccessGrantChange> {
  change: T;
  grant: GrantSnapshot;
  actor: Actor;
  role: ActorRole;
  audit?: Record<string, unknown>;
  detail: EventDetail<T>;
}

/**
 * Writes the audit step of a change (named like it) and emits its event. `transition` uses it for
 * status changes; commands call it directly for a change that keeps the status (CREATED,
 * LINK_REISSUED, INSTALLATIONS_REVOKED, REPLACED).
 */
export async function recordChange<T extends AccessGrantChange>(
  tx: EntityManager,
  deps: Pick<GrantDeps, 'emit'>,
  c: ChangeRecord<T>,
): Promise<void> {
  const at = await recordStep(tx, {
    grantId: c.grant.id,
    type: AccessGrantEventType[c.change satisfies keyof typeof AccessGrantEventType],
    role: c.role,
    actor: c.actor,
    data: c.audit,
  });
  await deps.emit(tx, { ...c.detail, type: c.change, grant: c.grant, at } as GrantEvent);
}

/**
 * EXPIRE for overdue invites, at most `batchSize`, in one statement: rows are claimed FOR UPDATE SKIP
 * LOCKED and the UPDATE repeats the condition, so several processes may sweep at once. One audit
 * step and one event per grant. Returns how many expired.
 */
export async function expireDue(
  tx: EntityManager,
  deps: Pick<GrantDeps, 'emit'>,
  batchSize: number,
): Promise<number> {
  const rule: TransitionRule = TRANSITIONS.EXPIRE;
  const set = assignmentsOf(rule, SYSTEM_ACTOR);
  const rows = await tx.execute<SnapshotRow[]>(
    `with due as (
       select g.id from access_grant g where ${conditionOf(rule)}
        order by g.invite_expires_at limit ? for update skip locked)
     update access_grant g set ${set.text}
       from due, app_user t, business_partner bp
      where g.id = due.id and ${conditionOf(rule)} and t.id = g.titular_id and bp.id = g.business_partner_id
     returning ${SNAPSHOT_COLUMNS}`,
    [batchSize, ...set.params],
  );
  if (rows.length === 0) return 0;
  const steps = await tx.execute<{ at: Date }[]>(
    `insert into access_grant_event (grant_id, type, actor_role, at)
     select unnest(?::uuid[]), ?, ?, now() returning at`,
    [pgArray(rows.map((r) => r.id)), AccessGrantEventType.EXPIRED, ActorRole.SYSTEM],
  );
  const at = asDate(steps[0]!.at); // one transaction, one clock
  for (const r of rows) {
    await deps.emit(tx, { type: AccessGrantChange.EXPIRED, grant: toSnapshot(r), at, swept: true });
  }
  return rows.length;
}

/**
 * The actor as the access policy sees them when acting as titular: with the partners they are
 * titular of at this moment (read in the caller's transaction, after the grant row is locked).
 */
export async function actingCaller(tx: EntityManager, deps: Pick<GrantDeps, 'customers'>, actor: Actor) {
  const partnerIds = actor.userId ? await deps.customers.partnerIdsForUser(tx, actor.userId) : [];
  return person(actor.userId, null, partnerIds);
}

/** Locks the grant row (FOR UPDATE) for a change; NOT_FOUND when there is none. */
export async function lockGrant(tx: EntityManager, id: string): Promise<GrantSnapshot> {
  if (!isUuid(id)) throw grantNotFound();
  const rows = await tx.execute<SnapshotRow[]>(
    `select ${SNAPSHOT_COLUMNS} from ${SNAPSHOT_FROM} where g.id = ? for update of g`,
    [id],
  );
  if (!rows[0]) throw grantNotFound();
  return toSnapshot(rows[0]);
}
