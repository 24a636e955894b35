import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Another team's HTTPS endpoint for grant events, owned by its service key's name (the team: a
 * rotated key keeps it). The signing secret is kept, sealed (`webhook-secrets.ts`), to sign deliveries
 * (never a GraphQL field); during a rotation the previous one signs too until `previousSecretUntil`.
 */
@Entity()
@Index({ properties: ['owner'] })
export class WebhookEndpoint {
  [OptionalProps]?:
    | 'id'
    | 'createdAt'
    | 'updatedAt'
    | 'previousSecretSealed'
    | 'previousSecretUntil'
    | 'disabledAt'
    | 'disabledReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The owning service key's name (its team). */
  @Property({ length: 100 })
  owner!: string;

  @Property({ length: 2000 })
  url!: string;

  /** Event types (`WEBHOOK_EVENT_TYPES`). */
  @Property({ type: 'json' })
  events!: string[];

  /** The current signing secret, sealed (AES-256-GCM, `iv.tag.ciphertext`). */
  @Property({ length: 200, hidden: true })
  secretSealed!: string;

  /** The previous secret during a rotation's overlap, sealed with the same key. */
  @Property({ length: 200, nullable: true, hidden: true })
  previousSecretSealed?: string | null;

  /** Id of the data-at-rest key both secrets are sealed with. */
  @Property({ length: 20, hidden: true })
  secretKeyId!: string;

  @Property({ columnType: 'timestamptz', nullable: true })
  previousSecretUntil?: Date | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  @Property({ length: 200, nullable: true })
  disabledReason?: string | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
