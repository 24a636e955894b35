// Who may do what with a grant: one table, consulted by the grants commands and queries, the
// protocol download and the resolvers. Not being allowed to see a grant reads as NOT_FOUND, so a
// grant's existence is never revealed to someone who is not a party to it.
import { AppError } from '../../common/errors.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import { AccessGrantScope } from './access-grant-scope.ts';
import { grantNotFound } from './grant-errors.ts';

/** Who asks: a person (signed in, or not: `userId` null) or another team's system with a service key. */
export type Caller =
  | {
      kind: 'PERSON';
      userId: string | null;
      cpf?: string | null;
      /**
       * The business partners the person is titular of now (the customers domain's rule). A current
       * representative of a company partner manages every grant of it, whoever created it; acting on a
       * grant needs it (absent: read as the grant's creator, for reads only).
       */
      partnerIds?: readonly string[];
    }
  | { kind: 'SERVICE_KEY' };

/** What the policy reads of a grant. */
export interface GrantParties {
  titularId: string;
  /** The account that accepted; null until then. */
  inviteeId: string | null;
  /** The CPF the titular invited. */
  inviteeCpf: string;
  /** The grant's business partner. */
  businessPartnerId?: string;
}

/** How a caller relates to a grant. */
export type ViewerKind = 'TITULAR' | 'INVITEE' | 'SERVICE_KEY' | 'STRANGER';

export type GrantAction =
  | 'VIEW'
  | 'VIEW_EVENTS'
  /** The invite page may tell why an invite is no longer valid (otherwise it reads UNAVAILABLE). */
  | 'SEE_INVITE_OUTCOME'
  | 'ACCEPT'
  | 'DECLINE'
  | 'REVOKE'
  | 'RESEND'
  | 'RENOUNCE'
  /** Extend or shorten the validity (`validUntil`). */
  | 'CHANGE_VALIDITY'
  | 'DOWNLOAD_PROTOCOL'
  /** `grantActivity`: what was done under the grant (bills viewed, requests made). */
  | 'VIEW_ACTIVITY'
  /** Take scopes away from an accepted (or open) grant. */
  | 'NARROW_SCOPES';

export type Decision = 'ALLOWED' | 'NOT_FOUND' | 'FORBIDDEN';

type Rule = Decision | ((caller: Caller, grant: GrantParties) => Decision);

/** The invitee once they accepted: the grant names their account. */
const ONCE_ACCEPTED: Rule = (caller, grant) =>
  caller.kind === 'PERSON' && caller.userId !== null && caller.userId === grant.inviteeId
    ? 'ALLOWED'
    : 'NOT_FOUND';

const ALLOWED = 'ALLOWED';
const NOT_FOUND = 'NOT_FOUND';
const FORBIDDEN = 'FORBIDDEN';

/** Acting as titular needs titularity now: a former representative (or owner) may only look. */
const CURRENT_TITULAR: Rule = (caller, grant) => {
  if (caller.kind !== 'PERSON') return FORBIDDEN;
  if (caller.partnerIds === undefined) return ALLOWED; // a read-only caller (see Caller.partnerIds)
  return grant.businessPartnerId !== undefined && caller.partnerIds.includes(grant.businessPartnerId)
    ? ALLOWED
    : FORBIDDEN;
};

/**
 * Service keys only read `installationAccess`: every grant action is FORBIDDEN to them. ACCEPT is
 * open to any signed-in person but the titular: whether they are the invited person is the invitee
 * match's to say (INVITEE_MISMATCH, naming the fields that differ).
 */
const RULES: Record<GrantAction, Record<ViewerKind, Rule>> = {
  VIEW: { TITULAR: ALLOWED, INVITEE: ONCE_ACCEPTED, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  VIEW_EVENTS: { TITULAR: ALLOWED, INVITEE: ONCE_ACCEPTED, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  SEE_INVITE_OUTCOME: { TITULAR: NOT_FOUND, INVITEE: ALLOWED, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  ACCEPT: { TITULAR: FORBIDDEN, INVITEE: ALLOWED, SERVICE_KEY: FORBIDDEN, STRANGER: ALLOWED },
  DECLINE: { TITULAR: ALLOWED, INVITEE: ALLOWED, SERVICE_KEY: FORBIDDEN, STRANGER: ALLOWED },
  REVOKE: { TITULAR: CURRENT_TITULAR, INVITEE: NOT_FOUND, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  RESEND: { TITULAR: CURRENT_TITULAR, INVITEE: NOT_FOUND, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  CHANGE_VALIDITY: {
    TITULAR: CURRENT_TITULAR,
    INVITEE: NOT_FOUND,
    SERVICE_KEY: FORBIDDEN,
    STRANGER: NOT_FOUND,
  },
  RENOUNCE: { TITULAR: NOT_FOUND, INVITEE: ONCE_ACCEPTED, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  DOWNLOAD_PROTOCOL: {
    TITULAR: ALLOWED,
    INVITEE: ONCE_ACCEPTED,
    SERVICE_KEY: FORBIDDEN,
    STRANGER: NOT_FOUND,
  },
  VIEW_ACTIVITY: { TITULAR: ALLOWED, INVITEE: ONCE_ACCEPTED, SERVICE_KEY: FORBIDDEN, STRANGER: NOT_FOUND },
  NARROW_SCOPES: {
    TITULAR: CURRENT_TITULAR,
    INVITEE: NOT_FOUND,
    SERVICE_KEY: FORBIDDEN,
    STRANGER: NOT_FOUND,
  },
};

/** The titular first; the invitee by the account that accepted or, before that, by the invited CPF. */
export function viewerKind(caller: Caller, grant: GrantParties): ViewerKind {
  if (caller.kind === 'SERVICE_KEY') return 'SERVICE_KEY';
  if (caller.userId !== null && caller.userId === grant.titularId) return 'TITULAR';
  if (grant.businessPartnerId !== undefined && caller.partnerIds?.includes(grant.businessPartnerId)) {
    return 'TITULAR';
  }
  if (caller.userId !== null && caller.userId === grant.inviteeId) return 'INVITEE';
  if (caller.cpf && caller.cpf === grant.inviteeCpf) return 'INVITEE';
  return 'STRANGER';
}

export function decide(caller: Caller, action: GrantAction, grant: GrantParties): Decision {
  const rule = RULES[action][viewerKind(caller, grant)];
  return typeof rule === 'function' ? rule(caller, grant) : rule;
}

/** The decision as an error (NOT_FOUND, FORBIDDEN) or, when allowed, how the caller relates to the grant. */
export function authorize(caller: Caller, action: GrantAction, grant: GrantParties): ViewerKind {
  const decision = decide(caller, action, grant);
  if (decision === 'ALLOWED') return viewerKind(caller, grant);
  if (decision === 'NOT_FOUND') {
    throw action === 'DOWNLOAD_PROTOCOL'
      ? new AppError('NOT_FOUND', 'Protocolo não encontrado.')
      : grantNotFound();
  }
  throw new AppError(
    'FORBIDDEN',
    caller.kind === 'SERVICE_KEY'
      ? 'Esta chave de API não tem permissão para esta operação.'
      : FORBIDDEN_TO_PEOPLE[action],
  );
}

const NO_LONGER_TITULAR =
  'Você não é mais titular deste parceiro de negócio: não pode alterar as permissões de acesso dele.';

/** Why a person is refused (by the table above); other refusals read the default FORBIDDEN text. */
const FORBIDDEN_TO_PEOPLE: Partial<Record<GrantAction, string>> = {
  ACCEPT: 'Quem concede o acesso não pode aceitar o próprio convite.',
  REVOKE: NO_LONGER_TITULAR,
  RESEND: NO_LONGER_TITULAR,
  CHANGE_VALIDITY: NO_LONGER_TITULAR,
  NARROW_SCOPES: NO_LONGER_TITULAR,
};

/** How a step by this caller is recorded in the audit trail. */
export function actorRoleOf(kind: ViewerKind): ActorRole {
  if (kind === 'TITULAR') return ActorRole.TITULAR;
  if (kind === 'INVITEE') return ActorRole.INVITEE;
  return ActorRole.ANONYMOUS;
}

/** A signed-in (or anonymous) person. */
export function person(userId: string | null, cpf?: string | null, partnerIds?: readonly string[]): Caller {
  return { kind: 'PERSON', userId, cpf: cpf ?? null, ...(partnerIds ? { partnerIds } : {}) };
}

// ───────────────────────── acting on an installation ─────────────────────────

/**
 * What a person does on an installation: its home page, its bills and consumption, its service
 * requests. The titular may do all of it; an invitee only through an active grant covering that
 * installation (not revoked from it, its titular still titular of it) whose scopes include the
 * action's scope.
 */
export type InstallationAction =
  | 'VIEW_INSTALLATION'
  | 'VIEW_BILLS'
  | 'DOWNLOAD_BILL'
  | 'VIEW_CONSUMPTION'
  | 'VIEW_SERVICE_REQUESTS'
  | 'REQUEST_SERVICE';

/** The scope an action needs under a grant (null: any active grant on the installation will do). */
export const ACTION_SCOPES: Record<InstallationAction, AccessGrantScope | null> = {
  VIEW_INSTALLATION: null,
  VIEW_BILLS: AccessGrantScope.VIEW_BILLS,
  DOWNLOAD_BILL: AccessGrantScope.VIEW_BILLS,
  VIEW_CONSUMPTION: AccessGrantScope.VIEW_BILLS,
  VIEW_SERVICE_REQUESTS: AccessGrantScope.REQUEST_SERVICES,
  REQUEST_SERVICE: AccessGrantScope.REQUEST_SERVICES,
};

/** What the database says, at the moment of the call, about a person and an installation. */
export interface InstallationFacts {
  /** Null: no installation has this number. */
  installationId: string | null;
  /** The person is titular of the installation's business partner (customers' titularity). */
  viewerIsTitular: boolean;
  /** The person's active grants on it (ACCEPTED, installation not revoked, titularity holding). */
  grants: Array<{ id: string; scopes: readonly AccessGrantScope[] }>;
}

/** OWN, through a grant, or refused: NOT_FOUND (like an unknown number) or FORBIDDEN (scope). */
export type InstallationDecision =
  | { kind: 'OWN' }
  | { kind: 'GRANTED'; grantId: string }
  | { kind: 'NOT_FOUND' }
  | { kind: 'FORBIDDEN'; scope: AccessGrantScope };

/**
 * Service keys act on no installation. Someone with no standing on the installation reads the same
 * NOT_FOUND as an unknown number; an invitee whose grant lacks the action's scope is FORBIDDEN (the
 * grant itself is theirs to know).
 */
export function decideInstallationAction(
  caller: Caller,
  action: InstallationAction,
  facts: InstallationFacts,
): InstallationDecision {
  if (caller.kind === 'SERVICE_KEY' || caller.userId === null || !facts.installationId) {
    return { kind: 'NOT_FOUND' };
  }
  if (facts.viewerIsTitular) return { kind: 'OWN' };
  if (facts.grants.length === 0) return { kind: 'NOT_FOUND' };
  const scope = ACTION_SCOPES[action];
  const grant = scope ? facts.grants.find((g) => g.scopes.includes(scope)) : facts.grants[0];
  return grant ? { kind: 'GRANTED', grantId: grant.id } : { kind: 'FORBIDDEN', scope: scope! };
}

/** Why an invitee is refused an action their grant does not cover (pt-BR). */
export const MISSING_SCOPE_MESSAGES: Record<AccessGrantScope, string> = {
  [AccessGrantScope.VIEW_BILLS]:
    'A permissão que você recebeu não inclui consultar contas e consumo desta instalação.',
  [AccessGrantScope.REQUEST_SERVICES]:
    'A permissão que você recebeu não inclui fazer solicitações para esta instalação.',
};
