// The domain events of a grant: what the world hears when a grant changes. Each change writes its
// audit step and emits one of these inside its transaction; e-mails and live notifications follow
// from the event through one table (grant-effects.ts), never by hand in a command.
import type { AuthorityEndReasonCode } from '../customers/customer-records.types.ts';
import type { AccessGrantScope } from './access-grant-scope.ts';
import type { AccessGrantStatus } from './access-grant.entity.ts';
import type { InviteeData } from './invitee-match.ts';

/**
 * What happened to a grant (`AccessGrantChangedEvent.change`). Each change is recorded as the audit
 * step of the same name (`AccessGrantEventType`; the compiler checks it in `recordChange`).
 */
export enum AccessGrantChange {
  CREATED = 'CREATED',
  LINK_REISSUED = 'LINK_REISSUED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
  INSTALLATIONS_REVOKED = 'INSTALLATIONS_REVOKED',
  RENOUNCED = 'RENOUNCED',
  REPLACED = 'REPLACED',
  /** The titular's authority ended in the customer records: the grant, or some installations, ended. */
  AUTHORITY_ENDED = 'AUTHORITY_ENDED',
  /** The validity the titular chose came to its end. */
  VALIDITY_ENDED = 'VALIDITY_ENDED',
  /** The titular extended or shortened the validity. */
  VALIDITY_CHANGED = 'VALIDITY_CHANGED',
  /** Seven days before the end of the validity: both people are reminded (once). */
  VALIDITY_REMINDER_SENT = 'VALIDITY_REMINDER_SENT',
  /** The titular took scopes away from what the grant lets the invitee do. */
  SCOPES_NARROWED = 'SCOPES_NARROWED',
}

/** Why the customer records ended a titular's authority (an AUTHORITY_ENDED's reason). */
export type AuthorityEndReason = AuthorityEndReasonCode;

/** A grant as a change (and its e-mails) needs it; in an event, as it is right after the change. */
export interface GrantSnapshot {
  id: string;
  /** Stored status (an INVITED grant may be past its expiry: see `expired`). */
  status: AccessGrantStatus;
  /** The invite's time is up (`invite_expires_at <= now()`). */
  expired: boolean;
  protocolNumber: string;
  businessPartnerId: string;
  businessPartnerName: string;
  titular: { id: string; fullName: string; email: string; cpf: string };
  /** The invitee as the titular typed them. */
  invitee: InviteeData;
  /** The account that accepted; null until then. */
  inviteeAccount: { id: string; fullName: string; email: string } | null;
  activeInstallationCount: number;
  /** Prazo da permissão; null: until revoked. */
  validUntil: Date | null;
  /** What the invitee may do (absent in older snapshots: everything). */
  scopes?: AccessGrantScope[];
}

/** A link e-mailed to the invitee. */
export interface IssuedInvite {
  mailToken: string;
  expiresAt: Date;
  installationCount: number;
}

type Event<T extends AccessGrantChange, Detail = unknown> = {
  type: T;
  grant: GrantSnapshot;
  /** When (the database clock of the transaction). */
  at: Date;
} & Detail;

export type GrantEvent =
  | Event<AccessGrantChange.CREATED, { invite: IssuedInvite }>
  /** `invite` null: only the titular's copy link was re-issued (an idempotent replay). */
  | Event<AccessGrantChange.LINK_REISSUED, { invite: IssuedInvite | null }>
  | Event<AccessGrantChange.ACCEPTED>
  | Event<AccessGrantChange.DECLINED>
  /** `swept`: by the expiry sweep; otherwise found past its expiry by a resend (the titular is there). */
  | Event<AccessGrantChange.EXPIRED, { swept: boolean }>
  | Event<AccessGrantChange.CANCELLED>
  /** `removedNumbers`: the installations whose removal ended the grant; empty when revoked whole. */
  | Event<AccessGrantChange.REVOKED, { removedNumbers: string[] }>
  /** `remaining` 0: the grant ends in the same transaction (a REVOKED or CANCELLED follows). */
  | Event<AccessGrantChange.INSTALLATIONS_REVOKED, { removedNumbers: string[]; remaining: number }>
  | Event<AccessGrantChange.RENOUNCED>
  | Event<AccessGrantChange.REPLACED, { newGrantId: string }>
  /**
   * `remaining` 0: the whole grant ended (an open invite is cancelled, an accepted grant revoked);
   * otherwise only `removedNumbers` left it.
   */
  | Event<
      AccessGrantChange.AUTHORITY_ENDED,
      { reason: AuthorityEndReason; removedNumbers: string[]; remaining: number; wasInvite: boolean }
    >
  | Event<AccessGrantChange.VALIDITY_ENDED>
  | Event<AccessGrantChange.VALIDITY_CHANGED, { previous: Date | null }>
  | Event<AccessGrantChange.VALIDITY_REMINDER_SENT>
  /** `removed`: the scopes taken away; the grant's `scopes` are what remains. */
  | Event<AccessGrantChange.SCOPES_NARROWED, { removed: AccessGrantScope[] }>;

export type GrantEventOf<T extends AccessGrantChange> = Extract<GrantEvent, { type: T }>;

/** What an event of type T carries besides its type, grant and instant. */
export type EventDetail<T extends AccessGrantChange> = Omit<GrantEventOf<T>, 'type' | 'grant' | 'at'>;
