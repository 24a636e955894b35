// Ending when authority ends: the customer records say a titular no longer answers for an
// installation or a partner (troca de titularidade, desligamento, a representative removed, a partner
// ended). In the caller's transaction, exactly the grants (or grant installations) it affects end,
// with the reason; open invites for them are cancelled; both people are told (effects table).
//
// Concurrency: the caller changed the customer records first in the same transaction; each affected
// grant row is then locked (FOR UPDATE, in id order). An accept that committed before is revoked
// here; one that runs after finds the grant closed, or its titularity gone (see accept-invite).
import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  AuthorityChange,
  AuthorityEndResult,
  AuthorityScope,
} from '../customers/customer-records.types.ts';
import { titularityCondition } from '../customers/titularity.sql.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { AccessGrantEndReason } from './access-grant.entity.ts';
import { SYSTEM_ACTOR } from './grant-audit.ts';
import { grantAlreadyEnded } from './grant-errors.ts';
import { AccessGrantChange, type GrantSnapshot } from './grant-events.ts';
import { can } from './grant-state-machine.ts';
import { lockGrant, recordChange, transition, type GrantDeps } from './grant-transition.ts';

const OPEN = `g.status in ('INVITED', 'ACCEPTED')`;

/** The ids of the open grants the change affects, in lock order. */
async function affectedGrantIds(tx: EntityManager, scope: AuthorityScope): Promise<string[]> {
  let rows: { id: string }[];
  if (scope.kind === 'INSTALLATION') {
    rows = await tx.execute(
      `select distinct g.id from access_grant g
         join access_grant_installation agi on agi.grant_id = g.id
        where agi.installation_id = ? and agi.revoked_at is null and g.business_partner_id = ? and ${OPEN}
        order by g.id`,
      [scope.installationId, scope.partnerId],
    );
  } else if (scope.kind === 'REPRESENTATIVE') {
    rows = await tx.execute(
      `select g.id from access_grant g
         join app_user t on t.id = g.titular_id
         join business_partner bp on bp.id = g.business_partner_id
        where g.business_partner_id = ? and t.cpf = ? and ${OPEN} and not ${titularityCondition('bp', 't.cpf')}
        order by g.id`,
      [scope.partnerId, scope.cpf],
    );
  } else {
    rows = await tx.execute(
      `select g.id from access_grant g where g.business_partner_id = ? and ${OPEN} order by g.id`,
      [scope.partnerId],
    );
  }
  return rows.map((r) => r.id);
}

/** The installation's number, and whether other installations of the grant remain after it. */
async function installationInGrant(tx: EntityManager, grantId: string, installationId: string) {
  const rows = await tx.execute<{ number: string; others: number }[]>(
    `select i.number,
            (select count(*)::int from access_grant_installation o
              where o.grant_id = ? and o.revoked_at is null and o.installation_id <> i.id) as others
       from installation i where i.id = ?`,
    [grantId, installationId],
  );
  return rows[0]!;
}

type Outcome = 'ENDED' | 'REDUCED' | 'UNCHANGED';

async function endOne(
  tx: EntityManager,
  deps: GrantDeps,
  change: AuthorityChange,
  g: GrantSnapshot,
): Promise<Outcome> {
  const reason = AccessGrantEndReason[change.reason];
  const common = {
    grant: g,
    actor: SYSTEM_ACTOR,
    role: ActorRole.CUSTOMER_RECORDS,
    refusal: grantAlreadyEnded,
    endReason: reason,
  };
  let removedNumbers: string[] = [];
  if (change.scope.kind === 'INSTALLATION') {
    const { number, others } = await installationInGrant(tx, g.id, change.scope.installationId);
    removedNumbers = [number];
    if (others > 0 && can('END_BY_AUTHORITY', g)) {
      // Only this installation leaves an accepted grant that goes on.
      await tx.execute(
        `update access_grant_installation set revoked_at = now()
          where grant_id = ? and installation_id = ? and revoked_at is null`,
        [g.id, change.scope.installationId],
      );
      await tx.execute(`update access_grant set version = version + 1 where id = ?`, [g.id]);
      await recordChange(tx, deps, {
        change: AccessGrantChange.AUTHORITY_ENDED,
        grant: { ...g, activeInstallationCount: others },
        actor: SYSTEM_ACTOR,
        role: ActorRole.CUSTOMER_RECORDS,
        audit: { reason, source: change.source, installationNumbers: removedNumbers, remaining: others },
        detail: { reason: change.reason, removedNumbers, remaining: others, wasInvite: false },
      });
      return 'REDUCED';
    }
  }
  const audit = { reason, source: change.source, installationNumbers: removedNumbers };
  const detail = { reason: change.reason, removedNumbers, remaining: 0 };
  if (can('END_INVITE_BY_AUTHORITY', g)) {
    await transition(tx, deps, {
      ...common,
      name: 'END_INVITE_BY_AUTHORITY',
      audit,
      detail: { ...detail, wasInvite: true },
    });
    return 'ENDED';
  }
  if (can('END_BY_AUTHORITY', g)) {
    await transition(tx, deps, {
      ...common,
      name: 'END_BY_AUTHORITY',
      audit,
      detail: { ...detail, wasInvite: false },
    });
    return 'ENDED';
  }
  return 'UNCHANGED'; // an invite past its expiry: it can no longer be accepted and expires as such
}

export async function endByAuthority(
  tx: EntityManager,
  deps: GrantDeps,
  change: AuthorityChange,
): Promise<AuthorityEndResult> {
  const result: AuthorityEndResult = { grantsEnded: 0, grantsReduced: 0, grantIds: [] };
  for (const id of await affectedGrantIds(tx, change.scope)) {
    const outcome = await endOne(tx, deps, change, await lockGrant(tx, id));
    if (outcome === 'UNCHANGED') continue;
    result.grantIds.push(id);
    if (outcome === 'ENDED') result.grantsEnded++;
    else result.grantsReduced++;
  }
  return result;
}
