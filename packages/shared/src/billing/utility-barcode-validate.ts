// Validation of a typed or scanned utility barcode / linha digitável, with a specific pt-BR message for
// each way it can be wrong (shown as is to the customer).
import { checkDigit } from './check-digits.ts';
import {
  ARRECADACAO_PRODUCT,
  BARCODE_LENGTH,
  DIGITABLE_LINE_LENGTH,
  SEGMENT_NAMES,
  describeUtilityBarcode,
  generalCheckDigit,
  digitableLineToBarcode,
  modulusOf,
  stripSeparators,
  type Segment,
  type UtilityBarcode,
  type ValueType,
} from './utility-barcode.ts';

export type BarcodeErrorCode =
  | 'EMPTY'
  | 'INVALID_CHARACTERS'
  | 'WRONG_LENGTH'
  | 'NOT_ARRECADACAO'
  | 'UNKNOWN_SEGMENT'
  | 'WRONG_SEGMENT'
  | 'UNKNOWN_VALUE_TYPE'
  | 'BLOCK_CHECK_DIGIT'
  | 'GENERAL_CHECK_DIGIT';

export type BarcodeValidation =
  | { ok: true; value: UtilityBarcode }
  | {
      ok: false;
      code: BarcodeErrorCode;
      /** pt-BR, fit to show the customer. */
      message: string;
      /** For BLOCK_CHECK_DIGIT: the block (1–4) whose check digit does not match. */
      block?: number;
    };

export interface BarcodeValidationOptions {
  /** Refuse other segments, e.g. 3 where only electricity bills make sense. */
  segment?: Segment;
}

type Kind = 'barcode' | 'linha';

const NOUN: Record<Kind, string> = { barcode: 'o código de barras', linha: 'a linha digitável' };

function fail(code: BarcodeErrorCode, message: string, block?: number): BarcodeValidation {
  return block === undefined ? { ok: false, code, message } : { ok: false, code, message, block };
}

function lengthError(kind: Kind, n: number): BarcodeValidation {
  if (kind === 'linha' && n === 47)
    return fail(
      'NOT_ARRECADACAO',
      'Esta linha digitável tem 47 números: é de um boleto bancário, não de uma conta de consumo. A linha digitável de uma conta tem 48 números e começa com 8.',
    );
  if (kind === 'linha' && n === BARCODE_LENGTH)
    return fail(
      'WRONG_LENGTH',
      'Você informou 44 números: esse é o código de barras. A linha digitável tem 48 números, em quatro blocos de 12.',
    );
  const expected = kind === 'barcode' ? BARCODE_LENGTH : DIGITABLE_LINE_LENGTH;
  const noun = kind === 'barcode' ? 'O código de barras' : 'A linha digitável';
  const got = n < expected ? `faltam ${expected - n}` : `sobram ${n - expected}`;
  return fail('WRONG_LENGTH', `${noun} tem ${expected} números; ${got} no que foi informado.`);
}

/** Checks the fixed part shared by both forms: product, segment and effective-value identifier. */
function checkHeader(barcode: string, kind: Kind, opts: BarcodeValidationOptions): BarcodeValidation | null {
  if (barcode[0] !== ARRECADACAO_PRODUCT)
    return fail(
      'NOT_ARRECADACAO',
      `Este número não é de uma conta de consumo: ${NOUN[kind]} de uma conta começa com 8. Se for um boleto bancário, pague-o como boleto.`,
    );
  const segment = Number(barcode[1]);
  if (segment === 0 || segment === 8)
    return fail(
      'UNKNOWN_SEGMENT',
      `O 2º número (segmento) não pode ser ${segment}: ele vai de 1 a 7 ou é 9. Confira o que foi digitado.`,
    );
  if (opts.segment !== undefined && segment !== opts.segment)
    return fail(
      'WRONG_SEGMENT',
      `Este código é de ${SEGMENT_NAMES[segment as Segment]} (segmento ${segment}), não de ${SEGMENT_NAMES[opts.segment]} (segmento ${opts.segment}).`,
    );
  const valueType = Number(barcode[2]);
  if (valueType < 6)
    return fail(
      'UNKNOWN_VALUE_TYPE',
      `O 3º número (identificador de valor) deve ser 6, 7, 8 ou 9; o informado é ${valueType}. Confira o que foi digitado.`,
    );
  return null;
}

function normalize(input: string, kind: Kind): string | BarcodeValidation {
  const digits = typeof input === 'string' ? stripSeparators(input) : null;
  if (digits === null)
    return fail(
      'INVALID_CHARACTERS',
      `${kind === 'barcode' ? 'O código de barras' : 'A linha digitável'} deve ter apenas números (espaços, pontos e traços são ignorados).`,
    );
  if (digits.length === 0)
    return fail('EMPTY', `Informe ${kind === 'barcode' ? 'o código de barras' : 'a linha digitável'}.`);
  return digits;
}

const GENERAL_MESSAGE: Record<Kind, string> = {
  barcode:
    'O dígito verificador do código de barras (4º número) não confere: algum número foi lido ou digitado errado.',
  linha:
    'Os números não conferem com o dígito verificador geral (4º número do 1º bloco). Confira a linha digitável inteira.',
};

/** Validates a 44-digit utility barcode (separators allowed). */
export function validateUtilityBarcode(
  input: string,
  opts: BarcodeValidationOptions = {},
): BarcodeValidation {
  const digits = normalize(input, 'barcode');
  if (typeof digits !== 'string') return digits;
  if (digits.length !== BARCODE_LENGTH) {
    if (digits.length === DIGITABLE_LINE_LENGTH && digits[0] === ARRECADACAO_PRODUCT)
      return fail(
        'WRONG_LENGTH',
        'Você informou 48 números: essa é a linha digitável. O código de barras tem 44 números.',
      );
    return lengthError('barcode', digits.length);
  }
  const header = checkHeader(digits, 'barcode', opts);
  if (header) return header;
  if (generalCheckDigit(digits) !== Number(digits[3]))
    return fail('GENERAL_CHECK_DIGIT', GENERAL_MESSAGE.barcode);
  return { ok: true, value: describeUtilityBarcode(digits) };
}

/** Validates a 48-digit linha digitável (as printed, `83620000001-1 23450001000-2 …`, or digits only). */
export function validateDigitableLine(input: string, opts: BarcodeValidationOptions = {}): BarcodeValidation {
  const digits = normalize(input, 'linha');
  if (typeof digits !== 'string') return digits;
  if (digits.length !== DIGITABLE_LINE_LENGTH) return lengthError('linha', digits.length);
  const barcode = digitableLineToBarcode(digits);
  const header = checkHeader(barcode, 'linha', opts);
  if (header) return header;
  const modulus = modulusOf(Number(barcode[2]) as ValueType);
  for (let b = 0; b < 4; b++) {
    const block = digits.slice(b * 12, b * 12 + 11);
    if (checkDigit(block, modulus) !== Number(digits[b * 12 + 11]))
      return fail(
        'BLOCK_CHECK_DIGIT',
        `O ${b + 1}º bloco não confere com o seu dígito verificador (o número depois do traço). Confira os 12 números desse bloco.`,
        b + 1,
      );
  }
  if (generalCheckDigit(barcode) !== Number(barcode[3]))
    return fail('GENERAL_CHECK_DIGIT', GENERAL_MESSAGE.linha);
  return { ok: true, value: describeUtilityBarcode(barcode) };
}
