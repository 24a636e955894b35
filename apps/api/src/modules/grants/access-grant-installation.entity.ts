import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../accounts/user.entity.ts';
import { Installation } from '../customers/installation.entity.ts';
import { AccessGrant } from './access-grant.entity.ts';

/** One installation granted by an AccessGrant; each can be revoked on its own. */
@Entity()
@Unique({ properties: ['grant', 'installation'] })
export class AccessGrantInstallation {
  [OptionalProps]?: 'revokedAt' | 'revokedBy';

  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  @ManyToOne(() => AccessGrant, { deleteRule: 'cascade' })
  grant!: AccessGrant;

  @ManyToOne(() => Installation)
  @Index()
  installation!: Installation;

  @Property({ columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  revokedBy?: User | null;
}
