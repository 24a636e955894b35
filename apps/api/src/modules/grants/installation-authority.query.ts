// Who may act on an installation, judged at the moment of the call: one statement reads whether the
// person is titular of it (customers' titularity rule) and their active grants on it (ACCEPTED, that
// installation not revoked from the grant, the grant's titular still titular of it); the policy
// (grant-access.policy.ts) decides. Every installation action (home, bills, consumption, requests)
// asks here, so a revoke, a removed installation or narrowed scopes are refused the instant they commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import { isInstallationNumber } from '../customers/installation-number.ts';
import { accountIsTitularOf } from '../customers/titularity.sql.ts';
import { canonicalScopes, type AccessGrantScope } from './access-grant-scope.ts';
import { EFFECTIVE_STATUS } from './access-grant.sql.ts';
import {
  decideInstallationAction,
  MISSING_SCOPE_MESSAGES,
  type Caller,
  type InstallationAction,
  type InstallationFacts,
} from './grant-access.policy.ts';

/** The installation as an action on it needs it. */
export interface AuthorizedInstallation {
  id: string;
  number: string;
  businessPartnerId: string;
  businessPartnerName: string;
}

/** The grant an invitee acts through. */
export interface ActingGrant {
  id: string;
  protocolNumber: string;
  scopes: AccessGrantScope[];
  acceptedAt: Date | null;
  titular: { id: string; fullName: string; email: string; cpf: string };
  invitee: { id: string; fullName: string; email: string };
}

/** How the caller may act on the installation: their own, or through `grant`. */
export type InstallationAuthority =
  | { kind: 'OWN'; installation: AuthorizedInstallation; grant: null }
  | { kind: 'GRANTED'; installation: AuthorizedInstallation; grant: ActingGrant };

interface FactRow {
  id: string | null;
  number: string | null;
  business_partner_id: string | null;
  business_partner_name: string | null;
  viewer_is_titular: boolean | null;
  grant_id: string | null;
  protocol_number: string | null;
  scopes: string[] | null;
  accepted_at: Date | null;
  titular_id: string | null;
  titular_full_name: string | null;
  titular_email: string | null;
  titular_cpf: string | null;
  invitee_full_name: string | null;
  invitee_email: string | null;
}

/**
 * The active grants of the person `v` on the installation `i` (its row `ix`), those with `p.scope`
 * first, then the oldest. The grant's titular must still be titular of the installation's partner
 * (customers' `accountIsTitularOf`, asked at every use).
 */
const ACTIVE_GRANTS = `
  select g.id as grant_id, g.protocol_number, g.scopes, g.accepted_at, g.titular_id,
         t.full_name as titular_full_name, t.email as titular_email, t.cpf as titular_cpf
    from access_grant_installation agi
    join access_grant g on g.id = agi.grant_id
    join app_user t on t.id = g.titular_id
   where agi.installation_id = i.id and agi.revoked_at is null
     and g.invitee_id = v.id and ${EFFECTIVE_STATUS} = 'ACCEPTED'
     and ${accountIsTitularOf('ix.business_partner_id', 'g.titular_id')}
   order by (p.scope = any(g.scopes)) desc nulls last, g.accepted_at, g.id`;

async function readFacts(
  em: EntityManager,
  userId: string,
  number: string,
  scope: AccessGrantScope | null,
): Promise<FactRow[]> {
  return em.execute<FactRow[]>(
    `select i.id, i.number, ix.business_partner_id, bp.name as business_partner_name,
            ${accountIsTitularOf('ix.business_partner_id', 'v.id')} as viewer_is_titular,
            ga.*, v.full_name as invitee_full_name, v.email as invitee_email
       from (select ?::text as number, ?::text as scope) p
       join app_user v on v.id = ?::uuid
       left join installation i on i.number = p.number
       left join installation ix on ix.id = i.id
       left join business_partner bp on bp.id = ix.business_partner_id
       left join lateral (${ACTIVE_GRANTS}) ga on i.id is not null`,
    [number, scope, userId],
  );
}

function factsOf(rows: FactRow[]): InstallationFacts {
  const first = rows[0];
  return {
    installationId: first?.id ?? null,
    viewerIsTitular: first?.viewer_is_titular === true,
    grants: rows
      .filter((r) => r.grant_id)
      .map((r) => ({ id: r.grant_id!, scopes: canonicalScopes(r.scopes) })),
  };
}

export const installationNotFound = () => new AppError('NOT_FOUND', 'Instalação não encontrada.');

/**
 * May `caller` do `action` on installation `number` right now? Returns how (OWN or through which
 * grant); otherwise NOT_FOUND (unknown number, someone else's, grant ended or not covering it) or
 * FORBIDDEN (the grant does not include the action's scope).
 */
export async function authorizeInstallationAction(
  em: EntityManager,
  caller: Caller,
  action: InstallationAction,
  numberInput: string,
  scope: AccessGrantScope | null = null,
): Promise<InstallationAuthority> {
  const number = String(numberInput ?? '').trim();
  if (caller.kind === 'SERVICE_KEY') {
    throw new AppError('FORBIDDEN', 'Esta chave de API não tem permissão para esta operação.');
  }
  if (!caller.userId || !isInstallationNumber(number)) throw installationNotFound();
  const rows = await readFacts(em, caller.userId, number, scope);
  const decision = decideInstallationAction(caller, action, factsOf(rows));
  if (decision.kind === 'NOT_FOUND') throw installationNotFound();
  if (decision.kind === 'FORBIDDEN') throw new AppError('FORBIDDEN', MISSING_SCOPE_MESSAGES[decision.scope]);
  const r = rows[0]!;
  const installation: AuthorizedInstallation = {
    id: r.id!,
    number: r.number!,
    businessPartnerId: r.business_partner_id!,
    businessPartnerName: r.business_partner_name!,
  };
  if (decision.kind === 'OWN') return { kind: 'OWN', installation, grant: null };
  const g = rows.find((x) => x.grant_id === decision.grantId)!;
  return {
    kind: 'GRANTED',
    installation,
    grant: {
      id: g.grant_id!,
      protocolNumber: g.protocol_number!,
      scopes: canonicalScopes(g.scopes),
      acceptedAt: g.accepted_at,
      titular: {
        id: g.titular_id!,
        fullName: g.titular_full_name!,
        email: g.titular_email!,
        cpf: g.titular_cpf!,
      },
      invitee: { id: caller.userId, fullName: g.invitee_full_name!, email: g.invitee_email! },
    },
  };
}

/**
 * Inside the caller's transaction: holds the acting grant's row FOR SHARE (the revoke, the removal of
 * installations and the narrowing of scopes take it FOR UPDATE) and judges again. So an act either
 * commits before a racing revoke takes effect or is refused after it: never recorded after the
 * revoke commits.
 */
export async function authorizeUnderLock(
  tx: EntityManager,
  caller: Caller,
  action: InstallationAction,
  number: string,
): Promise<InstallationAuthority> {
  let current = await authorizeInstallationAction(tx, caller, action, number);
  const locked = new Set<string>();
  while (current.kind === 'GRANTED' && !locked.has(current.grant.id)) {
    await tx.execute(`select id from access_grant where id = ? for share`, [current.grant.id]);
    locked.add(current.grant.id);
    current = await authorizeInstallationAction(tx, caller, action, number);
  }
  return current;
}
