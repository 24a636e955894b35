import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { User } from '../accounts/user.entity.ts';
import { BusinessPartner } from './business-partner.entity.ts';

export enum TitularityProofMethod {
  /** A one-time code sent to the contact e-mail on record for the partner (or its representative). */
  EMAIL_CODE = 'EMAIL_CODE',
  /** The "código do cliente" printed on one of the partner's bills. */
  CUSTOMER_CODE = 'CUSTOMER_CODE',
  /** Demo and test data: proven by whoever loaded it. */
  SEED = 'SEED',
}

/**
 * An account proved, once, that it is titular of a business partner (audited: when, how, from where).
 * The titularity rule (titularity.sql.ts) requires this row besides the CPF on record.
 */
@Entity()
@Unique({ properties: ['user', 'businessPartner'] })
export class TitularityProof {
  [OptionalProps]?: 'id' | 'at' | 'ip' | 'port' | 'userAgent';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Index()
  @ManyToOne(() => BusinessPartner, { deleteRule: 'cascade' })
  businessPartner!: BusinessPartner;

  @Enum({ items: () => TitularityProofMethod, nativeEnumName: 'titularity_proof_method' })
  method!: TitularityProofMethod;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Property({ nullable: true })
  port?: number | null;

  @Property({ length: 400, nullable: true })
  userAgent?: string | null;
}

/** A one-time titularity code e-mailed to the partner's contact (hashed; short-lived; single use). */
@Entity()
@Index({ properties: ['user', 'businessPartner'] })
export class TitularityCode {
  [OptionalProps]?: 'id' | 'createdAt' | 'attempts' | 'usedAt' | 'user';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The account that asked (null for a CPF reclaim, asked before the account exists). */
  @ManyToOne(() => User, { deleteRule: 'cascade', nullable: true })
  user?: User | null;

  @ManyToOne(() => BusinessPartner, { deleteRule: 'cascade' })
  businessPartner!: BusinessPartner;

  /** For a reclaim: the CPF the code was asked for (the account is created when it is used). */
  @Property({ length: 11, nullable: true })
  cpf?: string | null;

  @Property({ length: 64 })
  codeHash!: string;

  @Property({ columnType: 'timestamptz' })
  expiresAt!: Date;

  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ columnType: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A CPF moved from one account to another that proved titularity for it (audit; no CPF stored). */
@Entity()
export class CpfReclaim {
  [OptionalProps]?: 'id' | 'at' | 'ip' | 'port';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The account that held the CPF; it keeps its e-mail and sessions but no longer any CPF. */
  @Index()
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  previousUser!: User;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  newUser!: User;

  @ManyToOne(() => BusinessPartner, { deleteRule: 'cascade' })
  businessPartner!: BusinessPartner;

  @Enum({ items: () => TitularityProofMethod, nativeEnumName: 'titularity_proof_method' })
  method!: TitularityProofMethod;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ length: 64, nullable: true })
  ip?: string | null;

  @Property({ nullable: true })
  port?: number | null;
}
