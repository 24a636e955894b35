// Retirar a permissão (titular): the whole grant, or some of its installations.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { pgArray } from '../../db/sql.ts';
import { uniqueNumbers } from '../customers/installation-number.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { partiesOf } from './access-grant.sql.ts';
import { authorize } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { AccessGrantChange, type GrantSnapshot } from './grant-events.ts';
import { can, TRANSITIONS } from './grant-state-machine.ts';
import { actingCaller, lockGrant, recordChange, transition, type GrantDeps } from './grant-transition.ts';

/** Ends the grant: cancels an open invite, or revokes an accepted grant (every installation at once). */
async function endGrant(
  tx: EntityManager,
  deps: GrantDeps,
  g: GrantSnapshot,
  actor: Actor,
  removedNumbers: string[] | null,
): Promise<void> {
  const common = { grant: g, actor, role: ActorRole.TITULAR, refusal: grantAlreadyEnded };
  if (can('CANCEL', g)) {
    await transition(tx, deps, { ...common, name: 'CANCEL', detail: {} });
    return;
  }
  const name = removedNumbers ? 'REVOKE_LAST_INSTALLATIONS' : 'REVOKE';
  await transition(tx, deps, {
    ...common,
    name,
    audit: { reason: TRANSITIONS[name].endReason },
    detail: { removedNumbers: removedNumbers ?? [] },
  });
}

/**
 * Removes `requested` installations from the grant (refusing, by number, any that is not in it).
 * Returns the numbers actually removed (not those already revoked) and how many remain.
 */
async function removeInstallations(
  tx: EntityManager,
  g: GrantSnapshot,
  actor: Actor,
  requested: readonly string[],
): Promise<{ removed: string[]; remaining: number }> {
  const numbers = uniqueNumbers(requested);
  const inGrant = await tx.execute<{ number: string }[]>(
    `select i.number from access_grant_installation agi join installation i on i.id = agi.installation_id
      where agi.grant_id = ? and i.number = any(?::text[])`,
    [g.id, pgArray(numbers)],
  );
  const known = new Set(inGrant.map((r) => r.number));
  const refused = numbers.filter((n) => !known.has(n)).map((number) => ({ number, reason: 'NOT_FOUND' }));
  if (refused.length > 0) {
    throw new AppError('INSTALLATIONS_REFUSED', 'Algumas instalações não fazem parte desta permissão.', {
      installations: refused,
    });
  }
  const removed = await tx.execute<{ number: string }[]>(
    `update access_grant_installation agi set revoked_at = now(), revoked_by_id = ?
       from installation i
      where i.id = agi.installation_id and agi.grant_id = ? and agi.revoked_at is null
        and i.number = any(?::text[])
      returning i.number`,
    [actor.userId, g.id, pgArray(numbers)],
  );
  const left = await tx.execute<{ n: number }[]>(
    `select count(*)::int as n from access_grant_installation where grant_id = ? and revoked_at is null`,
    [g.id],
  );
  return { removed: removed.map((r) => r.number).sort(), remaining: left[0]?.n ?? 0 };
}

/**
 * With immediate effect, on the locked grant row: a concurrent accept either committed before (and
 * is revoked now) or fails after. On an open invite it cancels it (or removes those installations
 * from it). Removing the last installations ends the grant.
 */
export async function revokeGrant(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  id: string,
  installationNumbers?: string[] | null,
): Promise<string> {
  return em.transactional(async (tx) => {
    const g = await lockGrant(tx, id);
    authorize(await actingCaller(tx, deps, actor), 'REVOKE', partiesOf(g));
    if (!can('CANCEL', g) && !can('REVOKE', g)) throw grantAlreadyEnded();
    if (!installationNumbers || installationNumbers.length === 0) {
      await endGrant(tx, deps, g, actor, null);
      return g.id;
    }
    const { removed, remaining } = await removeInstallations(tx, g, actor, installationNumbers);
    if (removed.length === 0) return g.id; // all already revoked: nothing changes
    await recordChange(tx, deps, {
      change: AccessGrantChange.INSTALLATIONS_REVOKED,
      grant: g,
      actor,
      role: ActorRole.TITULAR,
      audit: { installationNumbers: removed, remaining },
      detail: { removedNumbers: removed, remaining },
    });
    if (remaining === 0) await endGrant(tx, deps, g, actor, removed);
    else await tx.execute(`update access_grant set version = version + 1 where id = ?`, [g.id]);
    return g.id;
  });
}
