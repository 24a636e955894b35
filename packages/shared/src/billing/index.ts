export { checkDigit, mod10, mod11, type Modulus } from './check-digits.ts';
export {
  ARRECADACAO_PRODUCT,
  BARCODE_LENGTH,
  DIGITABLE_LINE_LENGTH,
  MAX_AMOUNT_CENTAVOS,
  SEGMENT_ENERGY,
  SEGMENT_NAMES,
  barcodeToDigitableLine,
  buildUtilityBarcode,
  describeUtilityBarcode,
  formatDigitableLine,
  generalCheckDigit,
  isEffectiveValue,
  digitableLineToBarcode,
  modulusOf,
  stripSeparators,
  type Segment,
  type UtilityBarcode,
  type UtilityBarcodeInput,
  type ValueType,
} from './utility-barcode.ts';
export {
  validateDigitableLine,
  validateUtilityBarcode,
  type BarcodeErrorCode,
  type BarcodeValidation,
  type BarcodeValidationOptions,
} from './utility-barcode-validate.ts';
export {
  FREE_FIELD_INSTALLATION_DIGITS,
  FREE_FIELD_LENGTH,
  billFreeField,
  parseBillFreeField,
  type BillFreeField,
} from './bill-free-field.ts';
export {
  interleaved2of5Bars,
  interleaved2of5Pattern,
  interleaved2of5Rects,
  type BarRect,
} from './interleaved-2of5.ts';
export {
  BILL_STATUS_LABELS,
  BRAZIL_TIME_ZONE,
  billStatus,
  formatCentavos,
  formatIsoDate,
  formatKwh,
  formatReferenceMonth,
  formatShortMonth,
  todayInBrazil,
  type BillStatus,
} from './bill-format.ts';
