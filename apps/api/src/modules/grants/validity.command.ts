// Prazo da permissão: the end of a grant's validity (database clock), the reminder seven days before
// it (once, whatever the number of API processes), and the titular extending or shortening it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { asDate } from '../../db/sql.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { partiesOf, SNAPSHOT_COLUMNS, toSnapshot, type SnapshotRow } from './access-grant.sql.ts';
import { authorize } from './grant-access.policy.ts';
import { SYSTEM_ACTOR, type Actor } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { AccessGrantChange } from './grant-events.ts';
import { can, isOpenInvite } from './grant-state-machine.ts';
import { validUntilProblem } from './grant-validity.ts';
import { actingCaller, lockGrant, recordChange, transition, type GrantDeps } from './grant-transition.ts';

/** How long before the end both people are reminded. */
export const VALIDITY_REMINDER_DAYS = 7;

/**
 * Ends accepted grants whose `valid_until` came, at most `batchSize`, in the caller's transaction:
 * rows are claimed FOR UPDATE SKIP LOCKED and the transition repeats its condition, so several
 * processes may sweep at once and each grant ends once. Returns how many ended.
 */
export async function endDueValidity(tx: EntityManager, deps: GrantDeps, batchSize: number): Promise<number> {
  const due = await tx.execute<{ id: string }[]>(
    `select g.id from access_grant g where g.status = 'ACCEPTED' and g.valid_until <= now()
      order by g.valid_until limit ? for update skip locked`,
    [batchSize],
  );
  for (const { id } of due) {
    const g = await lockGrant(tx, id);
    await transition(tx, deps, {
      name: 'END_BY_VALIDITY',
      grant: g,
      actor: SYSTEM_ACTOR,
      role: ActorRole.SYSTEM,
      refusal: grantAlreadyEnded,
      audit: { reason: 'VALIDITY_ENDED', validUntil: g.validUntil?.toISOString() ?? null },
      // Only if its end is still due (the titular may have just extended it).
      where: { text: 'g.valid_until <= now()', params: [] },
      detail: {},
    });
  }
  return due.length;
}

/**
 * Claims, in one UPDATE, the accepted grants whose end is within seven days and that were not
 * reminded yet (`validity_reminder_sent_at`): a row claimed by one process is not claimed by another.
 * One audit step and one event (two e-mails) per grant. Returns how many were reminded.
 */
export async function remindDueValidity(
  tx: EntityManager,
  deps: GrantDeps,
  batchSize: number,
): Promise<number> {
  const rows = await tx.execute<SnapshotRow[]>(
    `with due as (
       select g.id from access_grant g
        where g.status = 'ACCEPTED' and g.validity_reminder_sent_at is null
          and g.valid_until > now() and g.valid_until <= now() + make_interval(days => ?)
        order by g.valid_until limit ? for update skip locked)
     update access_grant g set validity_reminder_sent_at = now()
       from due, app_user t, business_partner bp
      where g.id = due.id and g.validity_reminder_sent_at is null
        and t.id = g.titular_id and bp.id = g.business_partner_id
     returning ${SNAPSHOT_COLUMNS}`,
    [VALIDITY_REMINDER_DAYS, batchSize],
  );
  for (const r of rows) {
    const g = toSnapshot(r);
    await recordChange(tx, deps, {
      change: AccessGrantChange.VALIDITY_REMINDER_SENT,
      grant: g,
      actor: SYSTEM_ACTOR,
      role: ActorRole.SYSTEM,
      audit: { validUntil: g.validUntil?.toISOString() ?? null },
      detail: {},
    });
  }
  return rows.length;
}

/** Both sweeps, batch by batch, each batch in its own transaction. */
export async function sweepValidity(em: EntityManager, deps: GrantDeps, batchSize = 200) {
  const run = async (step: typeof endDueValidity) => {
    let total = 0;
    for (;;) {
      const n = await em.fork().transactional((tx) => step(tx, deps, batchSize));
      total += n;
      if (n < batchSize) return total;
    }
  };
  return { ended: await run(endDueValidity), reminded: await run(remindDueValidity) };
}

/**
 * Extend or shorten (titular, from Acessos concedidos): a new end, or null for "Até eu retirar". The
 * reminder is owed again for the new end. On the locked row: a concurrent end or revoke wins or loses
 * whole. Any current titular of the partner may do it (company grants).
 */
export async function changeValidity(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  id: string,
  validUntil: Date | null,
): Promise<string> {
  return em.transactional(async (tx) => {
    const g = await lockGrant(tx, id);
    authorize(await actingCaller(tx, deps, actor), 'CHANGE_VALIDITY', partiesOf(g));
    const clock = await tx.execute<{ now: Date; over: boolean }[]>(
      `select now() as now, coalesce(valid_until <= now(), false) as over from access_grant where id = ?`,
      [g.id],
    );
    const now = asDate(clock[0]!.now);
    if (!(isOpenInvite(g) || can('REVOKE', g)) || clock[0]!.over) throw grantAlreadyEnded();
    if (validUntil) {
      const earliest = isOpenInvite(g)
        ? new Date(now.getTime() + deps.config.INVITE_TTL_HOURS * 3600_000)
        : now;
      const problem = validUntilProblem(validUntil, now, earliest);
      if (problem) throw AppError.validation({ validUntil: problem });
    }
    await tx.execute(
      `update access_grant set valid_until = ?, validity_reminder_sent_at = null, version = version + 1
        where id = ?`,
      [validUntil, g.id],
    );
    await recordChange(tx, deps, {
      change: AccessGrantChange.VALIDITY_CHANGED,
      grant: { ...g, validUntil },
      actor,
      role: ActorRole.TITULAR,
      audit: { validUntil: validUntil?.toISOString() ?? null, previous: g.validUntil?.toISOString() ?? null },
      detail: { previous: g.validUntil },
    });
    return g.id;
  });
}
