import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum DocumentKind {
  CPF = 'CPF',
  CNPJ = 'CNPJ',
}

/** Parceiro de negócio: the customer record (SAP IS-U) tied to a CPF or CNPJ; owns installations. */
@Entity()
export class BusinessPartner {
  [OptionalProps]?: 'id' | 'createdAt' | 'endedAt' | 'contactEmail' | 'customerCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The partner number shown to customers (e.g. `0012345678`). */
  @Property({ length: 20, unique: true })
  number!: string;

  @Property({ length: 200 })
  name!: string;

  /** Normalised CPF (11 digits) or CNPJ (14 characters, may be alphanumeric). */
  @Index()
  @Property({ length: 14 })
  document!: string;

  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind' })
  documentKind!: DocumentKind;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /**
   * The contact e-mail the distributor holds for this partner (a person's own; for a company, see the
   * representatives'). Titularity codes are sent here, never to an address the account typed.
   */
  @Property({ length: 254, nullable: true })
  contactEmail?: string | null;

  /** "Código do cliente": printed on the partner's bills; proves titularity like an e-mailed code. */
  @Property({ length: 16, nullable: true })
  customerCode?: string | null;

  /** The partner ended in the customer records: nobody is titular of it any more. */
  @Property({ columnType: 'timestamptz', nullable: true })
  endedAt?: Date | null;
}
