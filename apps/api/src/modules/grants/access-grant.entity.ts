import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../accounts/user.entity.ts';
import { BusinessPartner } from '../customers/business-partner.entity.ts';
import { ALL_SCOPES, ALL_SCOPES_SQL, type AccessGrantScope } from './access-grant-scope.ts';

/** INVITED → ACCEPTED | DECLINED | EXPIRED | CANCELLED; ACCEPTED → REVOKED. */
export enum AccessGrantStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

/** Why a grant (or invite) ended. */
export enum AccessGrantEndReason {
  DECLINED_BY_INVITEE = 'DECLINED_BY_INVITEE',
  REVOKED_BY_TITULAR = 'REVOKED_BY_TITULAR',
  CANCELLED_BY_TITULAR = 'CANCELLED_BY_TITULAR',
  RENOUNCED_BY_INVITEE = 'RENOUNCED_BY_INVITEE',
  INVITE_EXPIRED = 'INVITE_EXPIRED',
  REPLACED_BY_NEW_INVITE = 'REPLACED_BY_NEW_INVITE',
  ALL_INSTALLATIONS_REVOKED = 'ALL_INSTALLATIONS_REVOKED',
  /** Troca de titularidade: the installation moved to another business partner. */
  TITULARITY_CHANGED = 'TITULARITY_CHANGED',
  INSTALLATION_DEACTIVATED = 'INSTALLATION_DEACTIVATED',
  /** The titular stopped representing the company partner. */
  REPRESENTATIVE_REMOVED = 'REPRESENTATIVE_REMOVED',
  PARTNER_ENDED = 'PARTNER_ENDED',
  /** The validity the titular chose (`validUntil`) came to its end. */
  VALIDITY_ENDED = 'VALIDITY_ENDED',
}

/**
 * Permissão de acesso: from the invite to its end. Holds the invite token hash: never expose this
 * entity as a GraphQL type (the resolver maps it to a DTO).
 */
@Entity()
@Unique({ properties: ['titular', 'idempotencyKey'] })
@Index({ properties: ['titular', 'status'] })
@Index({ properties: ['invitee', 'status'] })
export class AccessGrant {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'createdAt'
    | 'version'
    | 'invitee'
    | 'inviteTokenHash'
    | 'inviteMailTokenHash'
    | 'idempotencyKey'
    | 'inviteePermissionTermsVersion'
    | 'inviteePlatformTermsVersion'
    | 'acceptedAt'
    | 'endedAt'
    | 'endReason'
    | 'endedBy'
    | 'replaces'
    | 'validUntil'
    | 'validityReminderSentAt'
    | 'scopes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Human-readable protocol number, `2026-000123` (year + database sequence). */
  @Property({ length: 20, unique: true })
  protocolNumber!: string;

  /** Unguessable code printed on the protocol PDF and in its QR code for public verification. */
  @Property({ length: 32, unique: true })
  verificationCode!: string;

  @ManyToOne(() => User)
  titular!: User;

  @ManyToOne(() => BusinessPartner)
  @Index()
  businessPartner!: BusinessPartner;

  /** The invitee exactly as the titular typed them (name trimmed, CPF normalised, e-mail lower-cased). */
  @Property({ length: 200 })
  inviteeFullName!: string;

  @Index()
  @Property({ length: 11 })
  inviteeCpf!: string;

  @Property({ length: 254 })
  inviteeEmail!: string;

  /** The account that accepted. */
  @ManyToOne(() => User, { nullable: true })
  invitee?: User | null;

  @Enum({ items: () => AccessGrantStatus, nativeEnumName: 'access_grant_status' })
  status: AccessGrantStatus = AccessGrantStatus.INVITED;

  /**
   * SHA-256 of the link shown to the titular once (to copy into WhatsApp etc.). Kept after use so the
   * invitee's preview can tell "already accepted"; single use is enforced by `status`.
   */
  @Property({ length: 64, nullable: true, unique: true, hidden: true })
  inviteTokenHash?: string | null;

  /**
   * SHA-256 of the link e-mailed to the invitee. A different token from the titular's copy: only
   * this one reaches nobody but the owner of `inviteeEmail`, so accepting through it proves control
   * of that address (see AccessGrantService.accept).
   */
  @Property({ length: 64, nullable: true, unique: true, hidden: true })
  inviteMailTokenHash?: string | null;

  @Property({ columnType: 'timestamptz' })
  inviteExpiresAt!: Date;

  @Property({ length: 100, nullable: true, hidden: true })
  idempotencyKey?: string | null;

  @Property({ columnType: 'int' })
  installationCount!: number;

  /** Versions of the terms each party agreed to. */
  @Property({ length: 20 })
  titularTermsVersion!: string;

  @Property({ length: 20, nullable: true })
  inviteePermissionTermsVersion?: string | null;

  @Property({ length: 20, nullable: true })
  inviteePlatformTermsVersion?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  acceptedAt?: Date | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  endedAt?: Date | null;

  @Enum({ items: () => AccessGrantEndReason, nativeEnumName: 'access_grant_end_reason', nullable: true })
  endReason?: AccessGrantEndReason | null;

  @ManyToOne(() => User, { nullable: true })
  endedBy?: User | null;

  /**
   * The grant this one re-invites (an expired invite re-sent with the same invitee data). Indexed:
   * every grant read asks whether it was replaced (`canResend`), which was a full scan of the table.
   */
  @ManyToOne(() => AccessGrant, { nullable: true })
  @Index()
  replaces?: AccessGrant | null;

  /** What the invitee may do (AccessGrantScope values); the titular may only narrow it later. */
  @Property({ type: 'text[]', columnType: 'text[]', defaultRaw: ALL_SCOPES_SQL })
  scopes: AccessGrantScope[] = [...ALL_SCOPES];

  /** Prazo da permissão: the grant ends at this instant (database clock); null: until revoked. */
  @Index()
  @Property({ columnType: 'timestamptz', nullable: true })
  validUntil?: Date | null;

  /** The 7-day reminder of `validUntil` went out (claimed once, whatever the number of processes). */
  @Property({ columnType: 'timestamptz', nullable: true })
  validityReminderSentAt?: Date | null;

  @Property({ version: true })
  version: number = 1;
}
