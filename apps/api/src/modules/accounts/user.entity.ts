import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A person with a portal account. Holds the password hash: never expose this entity as a GraphQL type. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'emailVerifiedAt' | 'passwordChangedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  fullName!: string;

  /** Normalised, digits only. */
  @Property({ length: 11, unique: true })
  cpf!: string;

  /** Trimmed and lower-cased. */
  @Property({ length: 254, unique: true })
  email!: string;

  @Property({ hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ columnType: 'timestamptz', nullable: true })
  emailVerifiedAt?: Date | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Index()
  @Property({ columnType: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;
}
