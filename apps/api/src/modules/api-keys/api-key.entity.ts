import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Service API key for other teams (header `x-api-key`). Only the SHA-256 of the key is stored. */
@Entity()
export class ApiKey {
  [OptionalProps]?: 'id' | 'scopes' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

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

  /** Scopes (`API_KEY_SCOPES`): `installation-access:read`, `customers:write`. */
  @Property({ type: 'json' })
  scopes: string[] = [];

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
