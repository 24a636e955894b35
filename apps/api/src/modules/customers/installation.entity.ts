import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BusinessPartner } from './business-partner.entity.ts';

export enum InstallationStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}

export enum CustomerClass {
  RESIDENTIAL = 'RESIDENTIAL',
  COMMERCIAL = 'COMMERCIAL',
  INDUSTRIAL = 'INDUSTRIAL',
  RURAL = 'RURAL',
}

export enum VoltageGroup {
  /** Grupo B: baixa tensão. */
  LOW_VOLTAGE = 'LOW_VOLTAGE',
}

/** Instalação: an electricity connection point of a business partner. */
@Entity()
@Index({ properties: ['businessPartner', 'number'] })
export class Installation {
  [OptionalProps]?: 'id' | 'status' | 'voltageGroup' | 'complement';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Nº Instalação: digits, leading zeros significant. */
  @Property({ length: 12, unique: true })
  number!: string;

  @ManyToOne(() => BusinessPartner)
  businessPartner!: BusinessPartner;

  @Property({ length: 200 })
  street!: string;

  @Property({ length: 20 })
  streetNumber!: string;

  @Property({ length: 100, nullable: true })
  complement?: string | null;

  @Property({ length: 100 })
  district!: string;

  @Property({ length: 100 })
  city!: string;

  /** UF, e.g. `SP`. */
  @Property({ length: 2 })
  state!: string;

  @Property({ length: 8 })
  postalCode!: string;

  @Enum({ items: () => InstallationStatus, nativeEnumName: 'installation_status' })
  status: InstallationStatus = InstallationStatus.ACTIVE;

  @Enum({ items: () => CustomerClass, nativeEnumName: 'customer_class' })
  customerClass!: CustomerClass;

  @Enum({ items: () => VoltageGroup, nativeEnumName: 'voltage_group' })
  voltageGroup: VoltageGroup = VoltageGroup.LOW_VOLTAGE;

  /**
   * Lower-cased, accent-free "number street streetNumber district city UF" for search; kept by the
   * service that writes installations (a trigram index in the migration makes ILIKE fast).
   */
  @Property({ columnType: 'text', hidden: true })
  searchText!: string;
}
