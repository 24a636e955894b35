import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Installation } from '../customers/installation.entity.ts';

/**
 * Leitura: the meter's register read once a month; the bill of that reference month charges the
 * difference from the previous reading. The unique index serves "last 12 months" consumption.
 */
@Entity()
@Unique({ properties: ['installation', 'referenceMonth'] })
@Check({ name: 'meter_reading_values_check', expression: 'meter_value >= 0 and consumption_kwh >= 0' })
export class MeterReading {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Installation, { deleteRule: 'cascade' })
  installation!: Installation;

  /** The month this reading closes, `YYYY-MM-01`. */
  @Property({ type: 'date' })
  referenceMonth!: string;

  @Property({ type: 'date' })
  readingDate!: string;

  /** The register value read (kWh, cumulative). */
  @Property({ type: 'integer' })
  meterValue!: number;

  /** kWh since the previous reading. */
  @Property({ type: 'integer' })
  consumptionKwh!: number;
}
