import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One webhook message to one endpoint and its attempts (the delivery log). `id` is the Standard
 * Webhooks `webhook-id` (a redelivery is a new message with the same payload). Thin payload: ids,
 * type and time only.
 */
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['endpointId', 'createdAt'] })
export class WebhookDelivery {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'attempts'
    | 'nextAttemptAt'
    | 'lastStatus'
    | 'lastError'
    | 'createdAt'
    | 'deliveredAt'
    | 'eventId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  endpointId!: string;

  /** The live_event it came from (null for a redelivery's copy… kept for the log). */
  @Property({ columnType: 'bigint', type: 'string', nullable: true })
  eventId?: string | null;

  @Property({ length: 60 })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** PENDING, DELIVERED or FAILED. */
  @Property({ length: 20 })
  status: string = 'PENDING';

  @Property({ columnType: 'int' })
  attempts: number = 0;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ columnType: 'int', nullable: true })
  lastStatus?: number | null;

  @Property({ length: 300, nullable: true })
  lastError?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}

/** Where the webhook consumer stands in the durable event stream (one row; a visibility-safe watermark). */
@Entity()
export class WebhookCursor {
  [OptionalProps]?: 'pending' | 'updatedAt';

  @PrimaryKey({ length: 40 })
  name!: string;

  /** Highest event id consumed. */
  @Property({ columnType: 'bigint', type: 'string' })
  high!: string;

  /** Transactions in progress at the last read: their rows (ids ≤ high) may still appear. */
  @Property({ type: 'json' })
  pending: string[] = [];

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
