// Recusa: the invitee (or anyone holding the link) declines an invite.
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireUser, grantByToken } from './access-grant.queries.ts';
import { byInviteLink, partiesOf } from './access-grant.sql.ts';
import { actorRoleOf, authorize, person } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { inviteInvalid } from './grant-errors.ts';
import { can } from './grant-state-machine.ts';
import { transition, type GrantDeps } from './grant-transition.ts';

/** Possession of the link suffices; a signed-in decliner is recorded as the actor. */
export async function declineInvite(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  token: string,
): Promise<void> {
  const g = await grantByToken(em, token);
  if (!g || !can('DECLINE', g)) throw inviteInvalid();
  const viewer = actor.userId ? await requireUser(em, actor.userId) : null;
  const kind = authorize(person(viewer?.id ?? null, viewer?.cpf), 'DECLINE', partiesOf(g));
  await em.transactional((tx) =>
    transition(tx, deps, {
      name: 'DECLINE',
      grant: g,
      actor,
      role: actorRoleOf(kind),
      refusal: inviteInvalid,
      where: byInviteLink(token),
      detail: {},
    }),
  );
}
