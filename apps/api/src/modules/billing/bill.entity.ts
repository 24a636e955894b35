import { randomUUID } from 'node:crypto';
import type { BillStatus } from '@delega/shared/billing';
import { OptionalProps } from '@mikro-orm/core';
import {
  Check,
  Entity,
  Formula,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Installation } from '../customers/installation.entity.ts';
import { TODAY_IN_BRAZIL_SQL } from './bill-status.sql.ts';

/**
 * Conta: what one installation is charged for one month's reading. Dates are calendar dates
 * (`YYYY-MM-DD` strings, no time zone). The unique (installation, reference month) index also serves
 * "bills of an installation, newest first" keyset paging (scanned backwards).
 */
@Entity()
@Unique({ properties: ['installation', 'referenceMonth'] })
@Check({ name: 'bill_reading_period_check', expression: 'reading_end > reading_start' })
@Check({ name: 'bill_figures_check', expression: 'consumption_kwh >= 0 and amount_centavos >= 0' })
@Check({ name: 'bill_barcode_check', expression: "barcode ~ '^8[0-9]{43}$'" })
export class Bill {
  [OptionalProps]?: 'id' | 'paidAt' | 'issuedAt' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Installation, { deleteRule: 'cascade' })
  installation!: Installation;

  /** Mês de referência: the first day of the month, `YYYY-MM-01`. */
  @Property({ type: 'date' })
  referenceMonth!: string;

  /** Reading period: from the previous reading (exclusive) to this month's reading. */
  @Property({ type: 'date' })
  readingStart!: string;

  @Property({ type: 'date' })
  readingEnd!: string;

  /** Measured consumption in the period. */
  @Property({ type: 'integer' })
  consumptionKwh!: number;

  /** Total to pay, taxes and public-lighting contribution included, in centavos. */
  @Property({ type: 'integer' })
  amountCentavos!: number;

  @Property({ type: 'date' })
  dueDate!: string;

  /** When payment was recorded; null while unpaid. */
  @Property({ columnType: 'timestamptz', nullable: true })
  paidAt?: Date | null;

  /** The 44-digit FEBRABAN barcode (the linha digitável is derived from it). */
  @Property({ columnType: 'char(44)' })
  barcode!: string;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  issuedAt: Date = new Date();

  /** Paga / em aberto / vencida, by the database clock in Brazil (see bill-status.sql.ts). */
  @Formula<Bill>(
    (c) =>
      `case when ${c.paidAt} is not null then 'PAID' when ${c.dueDate} < ${TODAY_IN_BRAZIL_SQL} then 'OVERDUE' else 'OPEN' end`,
    { type: 'string' },
  )
  status!: BillStatus;
}
