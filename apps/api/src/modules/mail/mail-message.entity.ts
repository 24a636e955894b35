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
 * caused them; a worker delivers them (SendGrid, or the local mailbox in development). The body
 * (subject, HTML, text, links: working invite, verification and reset links) is sealed with
 * AES-256-GCM (mail-sealing.ts) and dropped once delivered, unless the development mailbox is on;
 * what stays is metadata (template, masked recipient, status, times), deleted after retention.
 */
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class MailMessage {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'attempts'
    | 'nextAttemptAt'
    | 'createdAt'
    | 'toName'
    | 'lastError'
    | 'providerMessageId'
    | 'sentAt'
    | 'sealed'
    | 'keyId'
    | 'possibleDuplicate'
    | 'duplicateOfAttempt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Template name, e.g. `access-invite`. */
  @Property({ length: 60 })
  template!: string;

  /** The address until delivery; masked (`an***@exemplo.com.br`) once the body is dropped. */
  @Property({ length: 254 })
  toEmail!: string;

  @Property({ length: 200, nullable: true })
  toName?: string | null;

  /** The sealed body (`iv.tag.ciphertext`); null once delivered. */
  @Property({ columnType: 'text', nullable: true })
  sealed?: string | null;

  /** Id of the key in MAIL_ENCRYPTION_KEYS that sealed the body. */
  @Property({ length: 20, nullable: true })
  keyId?: string | null;

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

  /** The retention sweep deletes by it. */
  @Index()
  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  /**
   * A send's outcome is unknown (its worker was lost mid-send, or SendGrid did not answer before the
   * timeout) and the message was sent again: the recipient may have it twice, as SendGrid has no
   * idempotent send.
   */
  @Property({ default: false })
  possibleDuplicate: boolean = false;

  /** The attempt whose outcome was lost (the latest one, when it happened more than once). */
  @Property({ columnType: 'int', nullable: true })
  duplicateOfAttempt?: number | null;
}
