// The FEBRABAN barcode of utility bills (arrecadação): 44 digits printed as Interleaved 2 of 5, and
// the 48-digit "linha digitável" typed when the barcode cannot be read.
//
// Barcode, per the "Layout Padrão de Arrecadação/Recebimento com Utilização do Código de Barras"
// (FEBRABAN, versão 07, 01.03.2023), section 04:
//   pos  1      product: always 8 (arrecadação)
//   pos  2      segment: 1 prefeituras, 2 saneamento, 3 energia elétrica e gás, 4 telecomunicações,
//               5 órgãos governamentais, 6 carnês/demais (CNPJ), 7 multas de trânsito, 9 uso do banco
//   pos  3      effective-value identifier: 6 value in reais, DAC módulo 10; 7 reference value
//               (currency quantity, index or zeros), módulo 10; 8 value in reais, módulo 11;
//               9 reference value, módulo 11
//   pos  4      general check digit over the other 43 digits, with that modulus
//   pos  5–15   value, 11 digits (centavos)
//   pos 16–19   company/agency identification assigned by FEBRABAN (segment 6: 16–23 is the CNPJ root)
//   pos 20–44   free field of the company; a due date, when present, comes first as AAAAMMDD
// Linha digitável (section 03 E): the barcode cut into four blocks of 11 digits, each followed by its
// own check digit with the same modulus. The block check digits are not in the bars.
import { checkDigit, type Modulus } from './check-digits.ts';
import { isSeparator } from '../documents/chars.ts';

export const BARCODE_LENGTH = 44;
export const DIGITABLE_LINE_LENGTH = 48;
/** Product 8: arrecadação (utility bills, taxes); bank boletos start with the bank code instead. */
export const ARRECADACAO_PRODUCT = '8';
export const SEGMENT_ENERGY = 3;
export const MAX_AMOUNT_CENTAVOS = 99_999_999_999;

export type Segment = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 9;
export type ValueType = 6 | 7 | 8 | 9;

export const SEGMENT_NAMES: Record<Segment, string> = {
  1: 'prefeituras',
  2: 'saneamento',
  3: 'energia elétrica e gás',
  4: 'telecomunicações',
  5: 'órgãos governamentais',
  6: 'carnês e demais empresas',
  7: 'multas de trânsito',
  9: 'uso exclusivo do banco',
};

const isSegment = (d: number): d is Segment => d >= 1 && d <= 9 && d !== 8;
const isValueType = (d: number): d is ValueType => d >= 6 && d <= 9;

/** 6 and 7 use módulo 10; 8 and 9 módulo 11. */
export function modulusOf(valueType: ValueType): Modulus {
  return valueType <= 7 ? 10 : 11;
}

/** 6 and 8 carry the amount to pay in centavos; 7 and 9 a reference value (quantity, index, zeros). */
export function isEffectiveValue(valueType: ValueType): boolean {
  return valueType === 6 || valueType === 8;
}

export interface UtilityBarcodeInput {
  /** Amount in centavos (integer, 0 to 99,999,999,999). With a reference value type, the raw value. */
  amountCentavos: number;
  /** The 4-digit identification FEBRABAN assigns to the company. */
  companyCode: string;
  /** The company's 25 digits, e.g. from `billFreeField`. */
  freeField: string;
  /** Default 3 (energia elétrica e gás). */
  segment?: Segment;
  /** Default 6 (value in reais, módulo 10). */
  valueType?: ValueType;
}

export interface UtilityBarcode {
  /** The 44 digits the bars encode. */
  barcode: string;
  /** The 48 digits: four blocks of 11 digits, each followed by its check digit. */
  digitableLine: string;
  segment: Segment;
  valueType: ValueType;
  modulus: Modulus;
  /** The value field (positions 5–15) as a number; the amount in centavos when the type is 6 or 8. */
  value: number;
  /** The amount in centavos when the value type carries one (6, 8); null for reference values. */
  amountCentavos: number | null;
  companyCode: string;
  freeField: string;
}

const DIGITS = /^\d+$/;

/** The fields of a barcode whose shape is already known to be right (no check digit verified). */
export function describeUtilityBarcode(barcode: string): UtilityBarcode {
  const segment = Number(barcode[1]) as Segment;
  const valueType = Number(barcode[2]) as ValueType;
  const value = Number(barcode.slice(4, 15));
  return {
    barcode,
    digitableLine: barcodeToDigitableLine(barcode),
    segment,
    valueType,
    modulus: modulusOf(valueType),
    value,
    amountCentavos: isEffectiveValue(valueType) ? value : null,
    companyCode: barcode.slice(15, 19),
    freeField: barcode.slice(19),
  };
}

/** The general check digit (position 4) for a barcode, computed over the other 43 digits. */
export function generalCheckDigit(barcode: string): number {
  return checkDigit(barcode.slice(0, 3) + barcode.slice(4), modulusOf(Number(barcode[2]) as ValueType));
}

/**
 * Builds the 44-digit barcode and its linha digitável. Throws (English, a programming error) on
 * out-of-range input; customer input goes through `validateUtilityBarcode`/`validateDigitableLine`.
 */
export function buildUtilityBarcode(input: UtilityBarcodeInput): UtilityBarcode {
  const segment = input.segment ?? SEGMENT_ENERGY;
  const valueType = input.valueType ?? 6;
  if (!isSegment(segment)) throw new RangeError(`unknown segment ${String(segment)}`);
  if (!isValueType(valueType)) throw new RangeError(`unknown value type ${String(valueType)}`);
  const amount = input.amountCentavos;
  if (!Number.isSafeInteger(amount) || amount < 0 || amount > MAX_AMOUNT_CENTAVOS)
    throw new RangeError(`amountCentavos must be an integer from 0 to ${MAX_AMOUNT_CENTAVOS}`);
  if (input.companyCode.length !== 4 || !DIGITS.test(input.companyCode))
    throw new RangeError('companyCode must be 4 digits');
  if (input.freeField.length !== 25 || !DIGITS.test(input.freeField))
    throw new RangeError('freeField must be 25 digits');
  const body = `${String(amount).padStart(11, '0')}${input.companyCode}${input.freeField}`;
  const head = `${ARRECADACAO_PRODUCT}${segment}${valueType}`;
  const dv = checkDigit(head + body, modulusOf(valueType));
  return describeUtilityBarcode(`${head}${dv}${body}`);
}

/** The four 11-digit blocks of a 44-digit barcode, each with its check digit appended (48 digits). */
export function barcodeToDigitableLine(barcode: string): string {
  const modulus = modulusOf(Number(barcode[2]) as ValueType);
  let out = '';
  for (let b = 0; b < 4; b++) {
    const block = barcode.slice(b * 11, b * 11 + 11);
    out += block + checkDigit(block, modulus);
  }
  return out;
}

/** The 44 barcode digits inside a 48-digit linha digitável (block check digits dropped, not checked). */
export function digitableLineToBarcode(linha: string): string {
  let out = '';
  for (let b = 0; b < 4; b++) out += linha.slice(b * 12, b * 12 + 11);
  return out;
}

/**
 * `836200000011234500010002…` → `83620000001-1 23450001000-2 … …` (digits only; other input is
 * returned unchanged, so a half-typed value can still be shown).
 */
export function formatDigitableLine(linha: string): string {
  const d = stripSeparators(linha);
  if (d === null || d.length !== DIGITABLE_LINE_LENGTH) return linha;
  const blocks: string[] = [];
  for (let b = 0; b < 4; b++) blocks.push(`${d.slice(b * 12, b * 12 + 11)}-${d[b * 12 + 11]}`);
  return blocks.join(' ');
}

/** Drops spaces, `.`, `-` and `/`; null when anything else (letters, other symbols) is present. */
export function stripSeparators(value: string): string | null {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += value[i];
    else if (!isSeparator(c)) return null;
  }
  return out;
}
