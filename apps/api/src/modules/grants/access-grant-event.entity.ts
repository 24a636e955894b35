import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../accounts/user.entity.ts';
import { AccessGrant } from './access-grant.entity.ts';

export enum AccessGrantEventType {
  CREATED = 'CREATED',
  LINK_REISSUED = 'LINK_REISSUED',
  VIEWED = 'VIEWED',
  ACCEPTED = 'ACCEPTED',
  ACCEPT_REFUSED = 'ACCEPT_REFUSED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
  INSTALLATIONS_REVOKED = 'INSTALLATIONS_REVOKED',
  RENOUNCED = 'RENOUNCED',
  REPLACED = 'REPLACED',
  PROTOCOL_DOWNLOADED = 'PROTOCOL_DOWNLOADED',
  /** The titular's authority over the grant (or some of its installations) ended in the customer records. */
  AUTHORITY_ENDED = 'AUTHORITY_ENDED',
  VALIDITY_ENDED = 'VALIDITY_ENDED',
  VALIDITY_CHANGED = 'VALIDITY_CHANGED',
  VALIDITY_REMINDER_SENT = 'VALIDITY_REMINDER_SENT',
  /** The titular took scopes away from the grant (`data.scopes`: what remains). */
  SCOPES_NARROWED = 'SCOPES_NARROWED',
  /** Acts under the grant (its activity, shown to both parties), each with `data.installationNumber`. */
  BILL_VIEWED = 'BILL_VIEWED',
  BILL_DOWNLOADED = 'BILL_DOWNLOADED',
  CONSUMPTION_VIEWED = 'CONSUMPTION_VIEWED',
  SERVICE_REQUESTED = 'SERVICE_REQUESTED',
}

export enum ActorRole {
  TITULAR = 'TITULAR',
  INVITEE = 'INVITEE',
  ANONYMOUS = 'ANONYMOUS',
  SYSTEM = 'SYSTEM',
  /** The distributor's customer-records team (a service key or an operator's CLI). */
  CUSTOMER_RECORDS = 'CUSTOMER_RECORDS',
}

/** Audit trail: append-only, one row per step of a grant. */
@Entity()
@Index({ properties: ['grant', 'at'] })
export class AccessGrantEvent {
  [OptionalProps]?: 'at' | 'actor' | 'ip' | 'port' | 'userAgent' | 'data';

  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  @ManyToOne(() => AccessGrant, { deleteRule: 'cascade' })
  grant!: AccessGrant;

  @Enum({ items: () => AccessGrantEventType, nativeEnumName: 'access_grant_event_type' })
  type!: AccessGrantEventType;

  @Enum({ items: () => ActorRole, nativeEnumName: 'actor_role' })
  actorRole!: ActorRole;

  @ManyToOne(() => User, { nullable: true })
  actor?: User | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  /** The client's source port (Marco Civil art. 15: behind carrier-grade NAT the address alone names nobody). */
  @Property({ nullable: true })
  port?: number | null;

  @Property({ length: 400, nullable: true })
  userAgent?: string | null;

  /** Event details, e.g. `{ installationNumbers: [...] }` or `{ mismatchedFields: ['cpf'] }`. No personal data. */
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}
