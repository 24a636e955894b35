import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A change the distributor's customer-records team told us about (troca de titularidade etc.). */
export enum CustomerRecordChangeType {
  INSTALLATION_TRANSFERRED = 'INSTALLATION_TRANSFERRED',
  INSTALLATION_DEACTIVATED = 'INSTALLATION_DEACTIVATED',
  REPRESENTATIVE_REMOVED = 'REPRESENTATIVE_REMOVED',
  PARTNER_ENDED = 'PARTNER_ENDED',
}

/**
 * Audit trail of the customer-records operations: one row per call that changed something (a
 * repeated call that finds the change already made writes none). No CPF is stored in `data`.
 */
@Entity()
@Index({ properties: ['at'] })
export class CustomerRecordChange {
  [OptionalProps]?: 'at' | 'data';

  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  @Enum({ items: () => CustomerRecordChangeType, nativeEnumName: 'customer_record_change_type' })
  type!: CustomerRecordChangeType;

  /** Who told us: `api-key:<name>` or `cli:<operator>`. */
  @Property({ length: 120 })
  source!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  /** What changed: numbers, and the grants ended (ids and counts). */
  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}
