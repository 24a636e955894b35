// The bill PDF ("segunda via de conta") as a pdfmake document definition: plain JSON (no functions),
// so it crosses to the PDF render thread (protocol/pdf-pool.ts) like the protocol does. The barcode is
// drawn as Interleaved 2 of 5 bars with `canvas` rectangles at the size banks' scanners expect.
import {
  BILL_STATUS_LABELS,
  barcodeToDigitableLine,
  formatCentavos,
  formatDigitableLine,
  formatIsoDate,
  formatKwh,
  formatReferenceMonth,
  formatShortMonth,
  interleaved2of5Rects,
  type BillStatus,
} from '@delega/shared/billing';
import { DEFAULT_BRAND, type Brand } from '@delega/shared/brand';
import { formatDateTime } from '../mail/templates/format.ts';
import { toWinAnsi } from '../protocol/protocol-annex.ts';
import { CustomerClass } from '../customers/installation.entity.ts';
import { daysBetween } from './bill-calendar.ts';
import { BILL_ISSUER } from './bill-issuer.ts';
import { TARIFF_FLAG_LABELS, tariffFlag } from './tariff.ts';

export interface BillDocumentData {
  /** `customerCode`: the "código do cliente" printed under the name (proves titularity in the portal). */
  titular: { fullName: string; customerCode?: string | null };
  installation: {
    number: string;
    street: string;
    streetNumber: string;
    complement: string | null;
    district: string;
    city: string;
    state: string;
    postalCode: string;
    customerClass: CustomerClass;
  };
  bill: {
    referenceMonth: string;
    readingStart: string;
    readingEnd: string;
    consumptionKwh: number;
    amountCentavos: number;
    dueDate: string;
    status: BillStatus;
    paidAt: Date | null;
    barcode: string;
  };
  /** Up to 12 months ending with this bill's, oldest first (the mini consumption table). */
  history?: Array<{ referenceMonth: string; consumptionKwh: number }>;
}

export const CUSTOMER_CLASS_LABELS: Record<CustomerClass, string> = {
  [CustomerClass.RESIDENTIAL]: 'Residencial',
  [CustomerClass.COMMERCIAL]: 'Comercial',
  [CustomerClass.INDUSTRIAL]: 'Industrial',
  [CustomerClass.RURAL]: 'Rural',
};

const COLORS = {
  text: '#1f1f1f',
  muted: '#555555',
  rule: '#bbbbbb',
  accent: '#0b5394',
  overdue: '#9a1b1b',
  paid: '#1e6b34',
};
const STATUS_COLORS: Record<BillStatus, string> = {
  PAID: COLORS.paid,
  OPEN: COLORS.accent,
  OVERDUE: COLORS.overdue,
};

/** 0.254 mm, the narrow element of a 103 mm × 13 mm 44-digit I2of5 symbol (1 mm = 72 / 25.4 pt). */
const NARROW_PT = (0.254 * 72) / 25.4;
const BAR_HEIGHT_PT = (13 * 72) / 25.4;
/** FEBRABAN asks for at least 5 mm of white before the start and after the stop. */
const QUIET_ZONE_PT = (5 * 72) / 25.4;

function formatCep(cep: string): string {
  return /^\d{8}$/.test(cep) ? `${cep.slice(0, 5)}-${cep.slice(5)}` : cep;
}

function addressLines(i: BillDocumentData['installation']): string[] {
  return [
    `${i.street}, ${i.streetNumber}${i.complement ? ` – ${i.complement}` : ''}`,
    `${i.district} – ${i.city}/${i.state} – CEP ${formatCep(i.postalCode)}`,
  ].map(toWinAnsi);
}

/** Label above, value below: the boxes of the bill's summary row. */
function figure(label: string, value: string, opts: { color?: string; big?: boolean } = {}) {
  return {
    stack: [
      { text: label, color: COLORS.muted, fontSize: 8 },
      { text: value, bold: true, fontSize: opts.big ? 14 : 10, color: opts.color ?? COLORS.text },
    ],
  };
}

function statusNote(b: BillDocumentData['bill']): Record<string, unknown> {
  if (b.status === 'PAID')
    return {
      text: `Esta conta já foi paga${b.paidAt ? ` em ${formatDateTime(b.paidAt)}` : ''}. Não é necessário pagá-la novamente.`,
      color: COLORS.paid,
      bold: true,
    };
  if (b.status === 'OVERDUE')
    return {
      text: `Conta vencida em ${formatIsoDate(b.dueDate)}. Você ainda pode pagá-la com o código abaixo; multa de 2% e juros de 1% ao mês pelo atraso virão na próxima conta.`,
      color: COLORS.overdue,
      bold: true,
    };
  return {
    text: `Pague até ${formatIsoDate(b.dueDate)} em bancos, lotéricas, aplicativos ou internet banking.`,
  };
}

/** The consumption of the last months as a one-row table (month over kWh): cheap to lay out. */
function historyTable(history: NonNullable<BillDocumentData['history']>): Record<string, unknown> {
  const months = history.slice(-12);
  return {
    table: {
      widths: months.map(() => '*'),
      body: [
        months.map((h) => ({ text: formatShortMonth(h.referenceMonth), style: 'th', alignment: 'center' })),
        months.map((h) => ({ text: String(h.consumptionKwh), alignment: 'center' })),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 7,
    margin: [0, 0, 0, 10],
  };
}

/** The barcode as bar rectangles (black on the page's white; spaces are left undrawn). */
export function barcodeCanvas(barcode: string): Record<string, unknown> {
  const { bars, width } = interleaved2of5Rects(barcode, { narrow: NARROW_PT });
  return {
    canvas: bars.map((b) => ({ type: 'rect', x: b.x, y: 0, w: b.w, h: BAR_HEIGHT_PT, color: '#000000' })),
    width,
    margin: [QUIET_ZONE_PT, 4, QUIET_ZONE_PT, 4],
  };
}

const heading = (text: string) => ({ text, style: 'h2' });
type Block = Record<string, unknown>;

function header(reference: string, generatedAt: Date): Block {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: BILL_ISSUER.name, style: 'h1' },
          { text: BILL_ISSUER.legalName, color: COLORS.muted, fontSize: 8 },
          { text: 'Segunda via de conta de energia elétrica', bold: true, margin: [0, 6, 0, 0] },
        ],
      },
      {
        width: 'auto',
        stack: [
          { text: `Referência ${reference}`, bold: true, fontSize: 12, alignment: 'right' },
          {
            text: `Documento gerado em ${formatDateTime(generatedAt)}`,
            color: COLORS.muted,
            fontSize: 8,
            alignment: 'right',
          },
        ],
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

function parties(d: BillDocumentData): Block {
  return {
    columns: [
      {
        width: '*',
        stack: [
          heading('Titular'),
          { text: toWinAnsi(d.titular.fullName), bold: true },
          ...(d.titular.customerCode ? [{ text: `Código do cliente: ${d.titular.customerCode}` }] : []),
        ],
      },
      {
        width: '*',
        stack: [
          heading(`Instalação ${d.installation.number}`),
          ...addressLines(d.installation),
          {
            text: `${CUSTOMER_CLASS_LABELS[d.installation.customerClass]} · Grupo B (baixa tensão)`,
            color: COLORS.muted,
          },
        ],
      },
    ],
    columnGap: 16,
    margin: [0, 0, 0, 10],
  };
}

/** Reference, due date, status and total in one row, then what the status means for paying. */
function summary(b: BillDocumentData['bill'], reference: string): Block[] {
  return [
    {
      columns: [
        figure('Mês de referência', reference),
        figure('Vencimento', formatIsoDate(b.dueDate)),
        figure('Situação', BILL_STATUS_LABELS[b.status], { color: STATUS_COLORS[b.status] }),
        figure('Total a pagar', formatCentavos(b.amountCentavos), { big: true }),
      ],
      columnGap: 12,
      margin: [0, 0, 0, 6],
    },
    { ...statusNote(b), margin: [0, 0, 0, 10] },
  ];
}

function reading(b: BillDocumentData['bill'], reference: string): Block[] {
  return [
    heading('Leitura e consumo'),
    {
      table: {
        widths: ['*', '*', 'auto', 'auto'],
        body: [
          ['Leitura anterior', 'Leitura atual', 'Dias', 'Consumo'].map((text) => ({ text, style: 'th' })),
          [
            formatIsoDate(b.readingStart),
            formatIsoDate(b.readingEnd),
            String(daysBetween(b.readingStart, b.readingEnd)),
            { text: formatKwh(b.consumptionKwh), bold: true },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 4],
    },
    {
      text: `${TARIFF_FLAG_LABELS[tariffFlag(b.referenceMonth)]} em ${reference}. Valores com tributos (ICMS, PIS e COFINS) e contribuição de iluminação pública.`,
      color: COLORS.muted,
      fontSize: 8,
      margin: [0, 0, 0, 10],
    },
  ];
}

/** The tear-off part banks read: due date, amount, linha digitável and the bars. */
function paymentSlip(d: BillDocumentData, reference: string): Block[] {
  const b = d.bill;
  return [
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, dash: { length: 4 }, lineColor: COLORS.rule }],
      margin: [0, 6, 0, 8],
    },
    {
      columns: [
        {
          width: '*',
          stack: [heading('Pagamento'), { text: `Instalação ${d.installation.number} · ${reference}` }],
        },
        {
          width: 'auto',
          stack: [
            figure('Vencimento', formatIsoDate(b.dueDate)),
            figure('Valor', formatCentavos(b.amountCentavos)),
          ],
        },
      ],
      margin: [0, 0, 0, 6],
    },
    { text: 'Linha digitável', color: COLORS.muted, fontSize: 8 },
    {
      text: formatDigitableLine(barcodeToDigitableLine(b.barcode)),
      bold: true,
      fontSize: 11,
      margin: [0, 0, 0, 4],
    },
    barcodeCanvas(b.barcode),
  ];
}

/** pdfmake document definition (JSON) and the footer text the render thread adds page numbers to. */
export function buildBillDocument(
  d: BillDocumentData,
  opts: { generatedAt: Date; brand?: Brand },
): { doc: Record<string, unknown>; footerText: string } {
  const brand = opts.brand ?? DEFAULT_BRAND;
  const reference = formatReferenceMonth(d.bill.referenceMonth);
  const content: Block[] = [
    header(reference, opts.generatedAt),
    parties(d),
    ...summary(d.bill, reference),
    ...reading(d.bill, reference),
    ...(d.history?.length ? [heading('Consumo dos últimos meses (kWh)'), historyTable(d.history)] : []),
    ...paymentSlip(d, reference),
  ];
  return {
    doc: {
      pageSize: 'A4',
      pageMargins: [40, 36, 40, 44],
      info: {
        title: `Conta ${reference} – instalação ${d.installation.number}`,
        subject: 'Segunda via de conta de energia elétrica',
        creator: `${brand.product} – Portal do Cliente ${brand.distributor}`,
        producer: brand.product,
      },
      language: 'pt-BR',
      // Helvetica, a PDF standard font: nothing to parse, subset or embed (a fifth of the render time
      // and size with Roboto); it draws Windows-1252, so customer data goes through toWinAnsi.
      defaultStyle: { font: 'Helvetica', fontSize: 9, color: COLORS.text, lineHeight: 1.1 },
      styles: {
        h1: { fontSize: 18, bold: true, color: COLORS.accent },
        h2: { fontSize: 10, bold: true, color: COLORS.accent, margin: [0, 4, 0, 3] },
        th: { bold: true, fillColor: '#e8e8e8' },
      },
      content,
    },
    footerText: `${BILL_ISSUER.name} · Conta ${reference} · Instalação ${d.installation.number}`,
  };
}
