import { barcodeToDigitableLine, formatDigitableLine } from '@delega/shared/billing';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../customers/installation.type.ts';
import type { BillRow, ConsumptionFigures, ConsumptionMonthRow } from './billing.queries.ts';

/** Paga / em aberto / vencida (derived by the database clock in Brazil). */
export enum BillStatusEnum {
  PAID = 'PAID',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
}

registerEnumType(BillStatusEnum, {
  name: 'BillStatus',
  description: 'Where a bill stands, by today’s date in Brazil (database clock).',
  valuesConfig: {
    PAID: { description: 'Paga.' },
    OPEN: { description: 'Em aberto: not paid, not yet due.' },
    OVERDUE: { description: 'Vencida: not paid and past its due date.' },
  },
});

@ObjectType('Bill', {
  description:
    'Conta de energia: what one installation is charged for one month’s reading. Dates are calendar dates `YYYY-MM-DD`.',
})
export class BillType {
  @Field(() => ID, { description: 'Stable identifier; the PDF is `GET /bills/<id>.pdf`.' })
  id!: string;

  @Field({ description: 'Nº Instalação the bill is for.' })
  installationNumber!: string;

  @Field({ description: 'Mês de referência: the first day of the month, `YYYY-MM-01`.' })
  referenceMonth!: string;

  @Field({ description: 'Reading period start (the previous reading), `YYYY-MM-DD`.' })
  readingStart!: string;

  @Field({ description: 'Reading period end (this month’s reading), `YYYY-MM-DD`.' })
  readingEnd!: string;

  @Field(() => Int, { description: 'Consumption in the reading period, kWh.' })
  consumptionKwh!: number;

  @Field(() => Int, { description: 'Total to pay in centavos (taxes included): 12345 = R$ 123,45.' })
  amountCentavos!: number;

  @Field({ description: 'Vencimento, `YYYY-MM-DD`.' })
  dueDate!: string;

  @Field(() => BillStatusEnum, { description: 'Paga, em aberto or vencida, right now.' })
  status!: BillStatusEnum;

  @Field(() => Date, { nullable: true, description: 'When payment was recorded (PAID only).' })
  paidAt!: Date | null;

  @Field({ description: 'The 44-digit FEBRABAN barcode (arrecadação, segment 3).' })
  barcode!: string;

  @Field({ description: 'Linha digitável: the 48 digits, without separators.' })
  digitableLine!: string;

  @Field({
    description: 'Linha digitável as printed, four blocks with their check digits (spaces and dashes).',
  })
  digitableLineFormatted!: string;

  @Field({ description: 'Path of the PDF (segunda via) on the API and the portal: `/bills/<id>.pdf`.' })
  pdfPath!: string;

  static fromRow(r: BillRow): BillType {
    const line = barcodeToDigitableLine(r.barcode);
    return Object.assign(new BillType(), {
      id: r.id,
      installationNumber: r.installation_number,
      referenceMonth: r.reference_month,
      readingStart: r.reading_start,
      readingEnd: r.reading_end,
      consumptionKwh: r.consumption_kwh,
      amountCentavos: r.amount_centavos,
      dueDate: r.due_date,
      status: r.status as BillStatusEnum,
      paidAt: r.paid_at,
      barcode: r.barcode,
      digitableLine: line,
      digitableLineFormatted: formatDigitableLine(line),
      pdfPath: `/bills/${r.id}.pdf`,
    });
  }
}

@ObjectType('BillEdge', { description: 'One bill in a page, with its cursor.' })
export class BillEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this bill.' })
  cursor!: string;

  @Field(() => BillType, { description: 'The bill.' })
  node!: BillType;
}

@ObjectType('BillConnection', { description: 'A page of an installation’s bills, newest first.' })
export class BillConnection {
  @Field(() => Int, { description: 'How many bills the installation has (all pages).' })
  totalCount!: number;

  @Field(() => [BillEdge], { description: 'The bills of this page.' })
  edges!: BillEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}

@ObjectType('ConsumptionMonth', { description: 'One month of the consumption history (its bill’s figures).' })
export class ConsumptionMonthType {
  @Field({ description: 'Mês de referência, `YYYY-MM-01`.' })
  referenceMonth!: string;

  @Field(() => Int, { description: 'kWh consumed.' })
  consumptionKwh!: number;

  @Field(() => Int, { description: 'Amount billed in centavos.' })
  amountCentavos!: number;

  @Field({ description: 'Reading period start, `YYYY-MM-DD`.' })
  readingStart!: string;

  @Field({ description: 'Reading period end, `YYYY-MM-DD`.' })
  readingEnd!: string;

  static fromRow(r: ConsumptionMonthRow): ConsumptionMonthType {
    return Object.assign(new ConsumptionMonthType(), {
      referenceMonth: r.reference_month,
      consumptionKwh: r.consumption_kwh,
      amountCentavos: r.amount_centavos,
      readingStart: r.reading_start,
      readingEnd: r.reading_end,
    });
  }
}

@ObjectType('Consumption', {
  description:
    'Histórico de consumo: the last months (oldest first, for a chart), their average, and the latest month against the same month a year earlier.',
})
export class ConsumptionType {
  @Field({ description: 'Nº Instalação.' })
  installationNumber!: string;

  @Field(() => [ConsumptionMonthType], {
    description: 'The months asked for that have a bill, oldest first.',
  })
  months!: ConsumptionMonthType[];

  @Field(() => Float, { nullable: true, description: 'Average kWh of `months` (null when there are none).' })
  averageKwh!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Average amount of `months` in centavos, rounded (null when there are none).',
  })
  averageAmountCentavos!: number | null;

  @Field(() => ConsumptionMonthType, {
    nullable: true,
    description: 'The newest month (the last of `months`).',
  })
  latest!: ConsumptionMonthType | null;

  @Field(() => ConsumptionMonthType, {
    nullable: true,
    description: 'The same month a year before `latest`, when it was billed (even beyond `months`).',
  })
  sameMonthLastYear!: ConsumptionMonthType | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Change of `latest` against `sameMonthLastYear` in percent (e.g. -12.5), one decimal; null without both.',
  })
  changeFromLastYearPercent!: number | null;

  static from(number: string, f: ConsumptionFigures): ConsumptionType {
    const m = f.months.map((r) => ConsumptionMonthType.fromRow(r));
    return Object.assign(new ConsumptionType(), {
      installationNumber: number,
      months: m,
      averageKwh: f.averageKwh,
      averageAmountCentavos: f.averageAmountCentavos,
      latest: m.at(-1) ?? null,
      sameMonthLastYear: f.sameMonthLastYear ? ConsumptionMonthType.fromRow(f.sameMonthLastYear) : null,
      changeFromLastYearPercent: f.changeFromLastYearPercent,
    });
  }
}

@ObjectType('DueDateOptions', {
  description: 'Alteração da data de vencimento: the due days the distributor offers, and the current one.',
})
export class DueDateOptionsType {
  @Field({ description: 'Nº Instalação.' })
  installationNumber!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Day of the month the latest bill was due on (null without bills).',
  })
  currentDueDay!: number | null;

  @Field(() => [Int], { description: 'The days that may be chosen (e.g. 5, 10, 15, 20, 25).' })
  days!: number[];
}
