import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { User } from '../accounts/user.entity.ts';
import { BusinessPartner } from '../customers/business-partner.entity.ts';
import { Installation } from '../customers/installation.entity.ts';
import { AccessGrant } from '../grants/access-grant.entity.ts';

/** The services a customer (or an invitee in their name) may ask for in the portal. */
export enum ServiceRequestType {
  /** Alteração da data de vencimento: one of the due days the distributor offers. */
  DUE_DATE_CHANGE = 'DUE_DATE_CHANGE',
  /** Informar falta de energia, with an optional description. */
  POWER_OUTAGE = 'POWER_OUTAGE',
}

/** Where a request stands; the portal only opens requests (the back office moves them on). */
export enum ServiceRequestStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
}

/**
 * Solicitação: who asked, on whose behalf (the installation's business partner), through which grant
 * (null: the titular themself), when and from where. Append-only from the portal's side.
 */
@Entity()
@Unique({ properties: ['requester', 'idempotencyKey'] })
@Index({ properties: ['installation', 'requestedAt'] })
@Index({ properties: ['grant', 'requestedAt'] })
@Check({
  name: 'service_request_due_day_check',
  expression: "(type = 'DUE_DATE_CHANGE') = (due_day is not null)",
})
export class ServiceRequest {
  [OptionalProps]?:
    'id' | 'status' | 'requestedAt' | 'grant' | 'dueDay' | 'description' | 'ip' | 'port' | 'userAgent';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** `SR-2026-000123` (year in Brazil + the `service_request_protocol_seq` sequence). */
  @Property({ length: 24, unique: true })
  protocolNumber!: string;

  @ManyToOne(() => Installation)
  installation!: Installation;

  /** On whose behalf: the installation's business partner when the request was made. */
  @ManyToOne(() => BusinessPartner)
  businessPartner!: BusinessPartner;

  @Enum({ items: () => ServiceRequestType, nativeEnumName: 'service_request_type' })
  type!: ServiceRequestType;

  @Enum({ items: () => ServiceRequestStatus, nativeEnumName: 'service_request_status' })
  status: ServiceRequestStatus = ServiceRequestStatus.RECEIVED;

  /** The new due day (DUE_DATE_CHANGE only). */
  @Property({ type: 'smallint', nullable: true })
  dueDay?: number | null;

  /** What the customer wrote (POWER_OUTAGE), trimmed. */
  @Property({ length: 1000, nullable: true })
  description?: string | null;

  /** Who asked: the titular, or the invitee acting in the titular's name. */
  @ManyToOne(() => User)
  requester!: User;

  /** The grant the invitee acted through; null when the titular asked. */
  @ManyToOne(() => AccessGrant, { nullable: true })
  grant?: AccessGrant | null;

  @Property({ length: 100 })
  idempotencyKey!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  /** The client's source port (behind carrier-grade NAT the address alone names nobody). */
  @Property({ type: 'integer', nullable: true })
  port?: number | null;

  @Property({ length: 400, nullable: true })
  userAgent?: string | null;
}
