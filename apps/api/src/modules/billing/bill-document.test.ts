// The bill PDF: built from the seed's own figures, rendered by the same render thread as the protocol,
// read back with pdfjs-dist; and its barcode bars decoded back to the bill's 44 digits.
import {
  barcodeToDigitableLine,
  billStatus,
  formatCentavos,
  formatDigitableLine,
  validateUtilityBarcode,
} from '@delega/shared/billing';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { billHistory } from '../../seeds/factories.ts';
import { CustomerClass } from '../customers/installation.entity.ts';
import { PdfRenderPool } from '../protocol/pdf-pool.ts';
import { barcodeCanvas, buildBillDocument, type BillDocumentData } from './bill-document.ts';

const TODAY = '2026-12-01';
const history = billHistory(
  { number: '3000000001', customerClass: CustomerClass.RESIDENTIAL },
  { today: TODAY },
);
const latest = history.at(-1)!;

function data(bill = latest, overrides: Partial<BillDocumentData['bill']> = {}): BillDocumentData {
  return {
    titular: { fullName: 'Mariana Conceição Alves', customerCode: '4821936075' },
    installation: {
      number: '3000000001',
      street: 'Rua Conceição',
      streetNumber: '233',
      complement: 'Apto 82',
      district: 'Cambuí',
      city: 'Campinas',
      state: 'SP',
      postalCode: '13010050',
      customerClass: CustomerClass.RESIDENTIAL,
    },
    bill: { ...bill, status: billStatus(bill, TODAY), ...overrides },
    history: history
      .slice(-12)
      .map((h) => ({ referenceMonth: h.referenceMonth, consumptionKwh: h.consumptionKwh })),
  };
}

const pool = new PdfRenderPool({ size: 1 });
afterAll(() => pool.close());

async function pdfText(doc: Record<string, unknown>, footerText: string): Promise<string> {
  const pdf = await pool.render(doc, footerText);
  const task = getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const loaded = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= loaded.numPages; n++) {
    const content = await (await loaded.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await task.destroy();
  return parts.join('\n').replace(/\s+/g, ' ');
}

/** Reads the drawn rectangles back as I2of5: bar widths, the gaps between them, then 2-of-5 digits. */
function decodeBars(canvas: Array<{ x: number; w: number }>): string {
  const widths: number[] = [];
  canvas.forEach((r, i) => {
    widths.push(r.w);
    const next = canvas[i + 1];
    if (next) widths.push(next.x - (r.x + r.w));
  });
  const narrow = Math.min(...widths);
  const wide = widths.map((w) => w > 1.5 * narrow);
  expect(wide.slice(0, 4)).toEqual([false, false, false, false]);
  expect(wide.slice(-3)).toEqual([true, false, false]);
  const body = wide.slice(4, -3);
  const digit = (flags: boolean[]) => {
    const v = [1, 2, 4, 7, 0].reduce((s, weight, k) => s + (flags[k] ? weight : 0), 0);
    return v === 11 ? 0 : v;
  };
  let out = '';
  for (let i = 0; i < body.length; i += 10) {
    const pair = body.slice(i, i + 10);
    out += digit(pair.filter((_, k) => k % 2 === 0));
    out += digit(pair.filter((_, k) => k % 2 === 1));
  }
  return out;
}

describe('bill PDF document', () => {
  it('has what the customer needs to read and to pay, with the linha digitável', async () => {
    const d = data();
    expect(d.bill.status).toBe('OPEN');
    const { doc, footerText } = buildBillDocument(d, { generatedAt: new Date('2026-12-01T13:00:00Z') });
    const text = await pdfText(doc, footerText);
    const digitable = formatDigitableLine(barcodeToDigitableLine(latest.barcode));
    expect(digitable).toMatch(/^83\d{9}-\d( \d{11}-\d){3}$/);
    for (const expected of [
      'CPFL Paulista',
      'Segunda via de conta de energia elétrica',
      'Mariana Conceição Alves',
      'Código do cliente: 4821936075',
      'Instalação 3000000001',
      'Rua Conceição, 233 – Apto 82',
      'Cambuí – Campinas/SP – CEP 13010-050',
      'Referência 11/2026',
      'Em aberto',
      `${latest.consumptionKwh} kWh`,
      formatCentavos(latest.amountCentavos).replace(/\s/g, ' '),
      digitable,
      'Página 1 de 1',
    ])
      expect(text).toContain(expected);
    expect(text).toContain(`Leitura anterior Leitura atual Dias Consumo`);
  });

  it('tells a paid bill and an overdue one apart', async () => {
    const paid = history.at(-3)!;
    expect(paid.paidAt).not.toBeNull();
    const paidDoc = buildBillDocument(data(paid), { generatedAt: new Date() });
    expect(await pdfText(paidDoc.doc, paidDoc.footerText)).toMatch(
      /Paga .*Esta conta já foi paga em \d{2}\/\d{2}\/\d{4}/,
    );

    const overdue = buildBillDocument(data(history.at(-2), { paidAt: null, status: 'OVERDUE' }), {
      generatedAt: new Date(),
    });
    expect(await pdfText(overdue.doc, overdue.footerText)).toContain(
      `Conta vencida em ${history.at(-2)!.dueDate.split('-').reverse().join('/')}`,
    );
  });

  it('draws the bill’s own barcode as Interleaved 2 of 5, 103 mm wide, 13 mm high, with quiet zones', () => {
    expect(validateUtilityBarcode(latest.barcode, { segment: 3 }).ok).toBe(true);
    const c = barcodeCanvas(latest.barcode) as {
      canvas: Array<{ x: number; w: number; h: number }>;
      width: number;
      margin: number[];
    };
    expect(decodeBars(c.canvas)).toBe(latest.barcode);
    const mm = (pt: number) => (pt * 25.4) / 72;
    expect(mm(c.width)).toBeCloseTo(102.87, 1);
    expect(mm(c.canvas[0]!.h)).toBeCloseTo(13, 1);
    expect(mm(c.margin[0]!)).toBeGreaterThanOrEqual(5);
    expect(mm(c.margin[2]!)).toBeGreaterThanOrEqual(5);
  });

  it('draws with the PDF standard fonts: a small file, no font embedded, a name the font lacks still shown', async () => {
    const d = data();
    d.titular.fullName = 'Łukasz Conceição Đorđević';
    const { doc, footerText } = buildBillDocument(d, { generatedAt: new Date() });
    const pdf = await pool.render(doc, footerText);
    // A font file embedded in the PDF (FontFile2) is ~20 KB of the download and most of its render.
    expect(pdf.includes('/FontFile')).toBe(false);
    expect(pdf.length).toBeLessThan(12 * 1024);
    expect(await pdfText(doc, footerText)).toContain('Lukasz Conceição Dordevic');
  });

  it('is plain JSON, so it can cross to the render thread', () => {
    const { doc } = buildBillDocument(data(), { generatedAt: new Date() });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
