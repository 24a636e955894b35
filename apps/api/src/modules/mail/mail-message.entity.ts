import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/**
 * Transactional outbox of e-mails: rendered and inserted in the same transaction as the change that
 * caused them; a worker delivers them (SendGrid, or the local mailbox in development).
 */
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class MailMessage {
  [OptionalProps]?:
    | 'id'
    | 'links'
    | 'status'
    | 'attempts'
    | 'nextAttemptAt'
    | 'createdAt'
    | 'toName'
    | 'lastError'
    | 'providerMessageId'
    | 'sentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Template name, e.g. `access-invite`. */
  @Property({ length: 60 })
  template!: string;

  @Property({ length: 254 })
  toEmail!: string;

  @Property({ length: 200, nullable: true })
  toName?: string | null;

  @Property({ length: 300 })
  subject!: string;

  @Property({ columnType: 'text' })
  html!: string;

  @Property({ columnType: 'text' })
  text!: string;

  /** Links in the message (for the development mailbox and tests). */
  @Property({ type: 'json' })
  links: string[] = [];

  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status' })
  status: MailStatus = MailStatus.QUEUED;

  @Property({ columnType: 'int' })
  attempts: number = 0;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ columnType: 'text', nullable: true })
  lastError?: string | null;

  @Property({ length: 100, nullable: true })
  providerMessageId?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
