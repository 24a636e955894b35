// "Link aberto": the invite page tells us, from the browser after it loaded, that a person opened the
// link. Reading the invite (`accessInvite`) never writes, so a mail scanner or link preview that only
// fetches the page records nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { findUser, grantByToken } from './access-grant.queries.ts';
import { partiesOf } from './access-grant.sql.ts';
import { actorRoleOf, person, viewerKind } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { effectiveStatus } from './grant-state-machine.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';

/**
 * Records VIEWED for an open invite, at most once per grant and hour (enough to tell the titular the
 * link was opened), with who (when signed in) and from where. False for an unknown link.
 */
export async function markInviteViewed(em: EntityManager, actor: Actor, token: string): Promise<boolean> {
  const g = await grantByToken(em, token);
  if (!g) return false;
  if (effectiveStatus(g) !== AccessGrantStatus.INVITED) return true;
  const viewer = actor.userId ? await findUser(em, actor.userId) : null;
  const caller = person(viewer?.id ?? null, viewer?.cpf);
  await em.execute(
    `insert into access_grant_event (grant_id, type, actor_role, actor_id, at, ip, port, user_agent)
     select ?, 'VIEWED', ?, ?, now(), ?, ?, ?
      where not exists (select 1 from access_grant_event
                         where grant_id = ? and type = 'VIEWED' and at > now() - interval '1 hour')`,
    [
      g.id,
      actorRoleOf(viewerKind(caller, partiesOf(g))),
      viewer?.id ?? null,
      actor.meta?.ip ?? null,
      actor.meta?.port ?? null,
      actor.meta?.userAgent?.slice(0, 400) ?? null,
      g.id,
    ],
  );
  return true;
}
