import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Service API key for other teams (header `x-api-key`). Only the SHA-256 of the key is stored. */
@Entity()
export class ApiKey {
  [OptionalProps]?:
    | 'id'
    | 'scopes'
    | 'createdAt'
    | 'lastUsedAt'
    | 'revokedAt'
    | 'team'
    | 'contactEmail'
    | 'rateLimitPerMinute'
    | 'expiresAt'
    | 'replacedById';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Who holds the key, e.g. `atendimento-ura`. */
  @Property({ length: 100 })
  name!: string;

  /** First characters of the key, to recognise it in listings. */
  @Property({ length: 16 })
  prefix!: string;

  @Property({ length: 64, unique: true, hidden: true })
  keyHash!: string;

  /** The team that owns the key (operators' listing); null for keys made before teams were recorded. */
  @Property({ length: 100, nullable: true })
  team?: string | null;

  /** Whom to tell about the key (rotation, disabled webhooks). Personal data: never logged. */
  @Property({ length: 254, nullable: true })
  contactEmail?: string | null;

  /** Requests per minute the key may make; null: no limit of its own. */
  @Property({ columnType: 'int', nullable: true })
  rateLimitPerMinute?: number | null;

  /** End of a rotation's overlap: the key stops working then (database clock). */
  @Property({ columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  /** The key that replaced this one in a rotation. */
  @Property({ type: 'uuid', nullable: true })
  replacedById?: string | null;

  /** Scopes (`API_KEY_SCOPES`): `installation-access:read`, `webhooks:manage`, `customers:write`. */
  @Property({ type: 'json' })
  scopes: string[] = [];

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}

/** An operator (the `admin` role: service keys), granted by `pnpm admin:grant <email>`; ADMIN_EMAILS also admits. */
@Entity()
export class AdminAccount {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  grantedAt: Date = new Date();
}
