// The invitee gives up an accepted grant ("retirar a permissão" from their side).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActorRole } from './access-grant-event.entity.ts';
import { partiesOf } from './access-grant.sql.ts';
import { authorize, person } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { lockGrant, transition, type GrantDeps } from './grant-transition.ts';

/** With immediate effect, on the locked grant row: every installation ends at the same instant. */
export async function renounceGrant(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  id: string,
): Promise<string> {
  return em.transactional(async (tx) => {
    const g = await lockGrant(tx, id);
    authorize(person(actor.userId), 'RENOUNCE', partiesOf(g));
    await transition(tx, deps, {
      name: 'RENOUNCE',
      grant: g,
      actor,
      role: ActorRole.INVITEE,
      refusal: grantAlreadyEnded,
      detail: {},
    });
    return g.id;
  });
}
