// O que a pessoa poderá fazer, narrowed later (titular, from Acessos concedidos): only ever taking
// scopes away, never adding (a wider grant needs a new invite the invitee accepts). On the locked row,
// like a revoke: a request under the grant either committed before or is refused after.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { canonicalScopes, SCOPE_LABELS, type AccessGrantScope } from './access-grant-scope.ts';
import { partiesOf } from './access-grant.sql.ts';
import { authorize } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { AccessGrantChange } from './grant-events.ts';
import { can, isOpenInvite } from './grant-state-machine.ts';
import { actingCaller, lockGrant, recordChange, type GrantDeps } from './grant-transition.ts';

export async function narrowScopes(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  id: string,
  requested: readonly AccessGrantScope[],
): Promise<string> {
  const scopes = canonicalScopes(requested);
  if (scopes.length === 0) {
    throw AppError.validation({
      scopes:
        'Mantenha ao menos uma permissão. Para a pessoa não poder fazer mais nada, retire a permissão de acesso.',
    });
  }
  return em.transactional(async (tx) => {
    const g = await lockGrant(tx, id);
    authorize(await actingCaller(tx, deps, actor), 'NARROW_SCOPES', partiesOf(g));
    if (!(isOpenInvite(g) || can('REVOKE', g))) throw grantAlreadyEnded();
    const rows = await tx.execute<{ scopes: string[] }[]>(`select scopes from access_grant where id = ?`, [
      g.id,
    ]);
    const current = canonicalScopes(rows[0]?.scopes);
    const widened = scopes.filter((s) => !current.includes(s));
    if (widened.length > 0) {
      throw AppError.validation({
        scopes: `A permissão só pode ser reduzida. Para incluir “${SCOPE_LABELS[widened[0]!]}”, envie um novo convite.`,
      });
    }
    const removed = current.filter((s) => !scopes.includes(s));
    if (removed.length === 0) return g.id; // nothing taken away: nothing changes
    await tx.execute(`update access_grant set scopes = ?::text[], version = version + 1 where id = ?`, [
      `{${scopes.join(',')}}`,
      g.id,
    ]);
    await recordChange(tx, deps, {
      change: AccessGrantChange.SCOPES_NARROWED,
      grant: { ...g, scopes },
      actor,
      role: ActorRole.TITULAR,
      audit: { scopes, removed },
      detail: { removed },
    });
    return g.id;
  });
}
