import { Entity, ManyToOne, PrimaryKey, Property, Unique, Index } from '@mikro-orm/decorators/legacy';
import { BusinessPartner } from './business-partner.entity.ts';

/**
 * A person (by CPF) who represents a company partner. Keyed by CPF, not by user, because the
 * representation exists in the customer base before the person opens a portal account.
 */
@Entity()
@Unique({ properties: ['businessPartner', 'cpf'] })
export class PartnerRepresentative {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => BusinessPartner, { deleteRule: 'cascade' })
  businessPartner!: BusinessPartner;

  @Index()
  @Property({ length: 11 })
  cpf!: string;

  /** The representative's contact e-mail on record: where this person's titularity codes go. */
  @Property({ length: 254, nullable: true })
  contactEmail?: string | null;
}
