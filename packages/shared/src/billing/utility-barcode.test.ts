import { describe, expect, it } from 'vitest';
import {
  barcodeToDigitableLine,
  billFreeField,
  buildUtilityBarcode,
  formatDigitableLine,
  digitableLineToBarcode,
  parseBillFreeField,
  validateDigitableLine,
  validateUtilityBarcode,
} from './index.ts';

// Example 1, worked by hand: a published electricity bill (segment 3, identifier 6, módulo 10),
//   83640000001-1 33120138000-2 81288462711-6 08013618155-1
// Block 1, 83640000001, weights 2 1 2 1 … from the right:
//   8×2=16→1+6=7, 3×1=3, 6×2=12→3, 4×1=4, six zeros, 1×2=2; sum 19 → 10 − 9 = 1 ✓
// Block 2, 33120138000:
//   3×2=6, 3×1=3, 1×2=2, 2×1=2, 0, 1×1=1, 3×2=6, 8×1=8, 0, 0, 0; sum 28 → 10 − 8 = 2 ✓
// General check digit (4th digit, 4): the 43 other digits 836 0000001331201380008128846271108013618155,
// non-zero products from the left: 8×2→7, 3, 6×2→3, 1, 3×2=6, 3, 1×2=2, 2, 1, 3×2=6, 8, 8, 1×2=2, 2,
//   8×2→7, 8, 4×2=8, 6, 2×2=4, 7, 1×2=2, 1, 8, 1, 3×2=6, 6, 1×2=2, 8, 1×2=2, 5, 5×2→1; sum 136 → 4 ✓
// Value, positions 5–15: 00000013312 → R$ 133,12.
const PUBLISHED_ENERGY = '83640000001-1 33120138000-2 81288462711-6 08013618155-1';
// Published government guides (segment 5, identifier 8, módulo 11): a GPS (INSS) of R$ 166,98, where
// block 1 is 8×4 + 5×3 + 8×2 + 2×9 + 1×2 = 83, 83 mod 11 = 6 → 11 − 6 = 5 ✓, and block 4 is
// 67222025113, sum 133, remainder 1 → 0 ✓ (the "0 or 1 → 0" rule); and another mod-11 example.
const PUBLISHED_GPS = '85820000001-5 66980270116-2 30001280018-9 67222025113-0';
const PUBLISHED_MOD11 = '85890000460-9 52460179160-5 60759305086-5 83148300001-0';

// Example 2, worked by hand: our own bill, R$ 187,34 due 10/12/2026 for installation 3000000001,
// reference 11/2026, company 0071.
//   free field 20261210 003000000001 2611 0 (due date, installation, AAMM, issue)
//   barcode    8 3 6 D 00000018734 0071 2026121000300000000126110
// Block 1, 83660000001 (with D = 6): 8×2→7, 3, 6×2→3, 6, 1×2=2; sum 21 → 9.
const OUR_BILL = {
  amountCentavos: 18734,
  companyCode: '0071',
  freeField: billFreeField({
    dueDate: '2026-12-10',
    installationNumber: '3000000001',
    referenceMonth: '2026-11',
  }),
};

describe('buildUtilityBarcode', () => {
  it('builds the 44-digit barcode and the 48-digit linha digitável (módulo 10 by default)', () => {
    const b = buildUtilityBarcode(OUR_BILL);
    expect(OUR_BILL.freeField).toBe('2026121000300000000126110');
    expect(b.barcode).toBe('83660000001873400712026121000300000000126110');
    expect(b.barcode).toHaveLength(44);
    expect(formatDigitableLine(b.digitableLine)).toBe(
      '83660000001-9 87340071202-2 61210003000-8 00000126110-6',
    );
    expect(b).toMatchObject({
      segment: 3,
      valueType: 6,
      modulus: 10,
      amountCentavos: 18734,
      companyCode: '0071',
    });
  });

  it('with identifier 8 uses módulo 11 for the general and block check digits', () => {
    const b = buildUtilityBarcode({ ...OUR_BILL, valueType: 8 });
    expect(b.barcode.slice(0, 3)).toBe('838');
    expect(b.modulus).toBe(11);
    expect(validateDigitableLine(b.digitableLine)).toMatchObject({ ok: true });
  });

  it('reference-value identifiers (7, 9) carry no amount', () => {
    expect(buildUtilityBarcode({ ...OUR_BILL, valueType: 7 }).amountCentavos).toBeNull();
    expect(buildUtilityBarcode({ ...OUR_BILL, valueType: 9 }).value).toBe(18734);
  });

  it('refuses out-of-range input', () => {
    expect(() => buildUtilityBarcode({ ...OUR_BILL, amountCentavos: 1.5 })).toThrow(RangeError);
    expect(() => buildUtilityBarcode({ ...OUR_BILL, amountCentavos: -1 })).toThrow(RangeError);
    expect(() => buildUtilityBarcode({ ...OUR_BILL, amountCentavos: 1e11 })).toThrow(RangeError);
    expect(() => buildUtilityBarcode({ ...OUR_BILL, companyCode: '71' })).toThrow(RangeError);
    expect(() => buildUtilityBarcode({ ...OUR_BILL, freeField: '123' })).toThrow(RangeError);
    // @ts-expect-error segment 8 does not exist
    expect(() => buildUtilityBarcode({ ...OUR_BILL, segment: 8 })).toThrow(RangeError);
  });
});

describe('published examples', () => {
  it.each([PUBLISHED_ENERGY, PUBLISHED_GPS, PUBLISHED_MOD11])('%s validates', (linha) => {
    const r = validateDigitableLine(linha);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(formatDigitableLine(r.value.digitableLine)).toBe(linha);
    expect(validateUtilityBarcode(r.value.barcode)).toMatchObject({ ok: true });
  });

  it('reads the fields of the electricity bill', () => {
    const r = validateDigitableLine(PUBLISHED_ENERGY, { segment: 3 });
    expect(r).toMatchObject({
      ok: true,
      value: { segment: 3, valueType: 6, modulus: 10, amountCentavos: 13312, companyCode: '0138' },
    });
  });

  it('reads the GPS amount, R$ 166,98', () => {
    expect(validateDigitableLine(PUBLISHED_GPS)).toMatchObject({
      ok: true,
      value: { segment: 5, valueType: 8, modulus: 11, amountCentavos: 16698 },
    });
  });
});

describe('conversions and display', () => {
  it('barcode ↔ linha digitável', () => {
    const barcode = '83640000001331201380008128846271108013618155';
    const linha = barcodeToDigitableLine(barcode);
    expect(formatDigitableLine(linha)).toBe(PUBLISHED_ENERGY);
    expect(digitableLineToBarcode(linha)).toBe(barcode);
  });

  it('formats only a complete linha digitável; anything else is shown as typed', () => {
    expect(formatDigitableLine('836400000011331201380002812884627116080136181551')).toBe(PUBLISHED_ENERGY);
    expect(formatDigitableLine('8364 000')).toBe('8364 000');
  });
});

describe('validation messages (pt-BR, specific)', () => {
  const linha = (s: string) => validateDigitableLine(s);

  it('empty, letters, wrong length', () => {
    expect(linha('  ')).toMatchObject({ ok: false, code: 'EMPTY', message: 'Informe a linha digitável.' });
    expect(validateUtilityBarcode('')).toMatchObject({
      code: 'EMPTY',
      message: 'Informe o código de barras.',
    });
    expect(linha('8364000000l-1')).toMatchObject({ code: 'INVALID_CHARACTERS' });
    expect(linha('83640000001-1 33120138000-2')).toMatchObject({
      code: 'WRONG_LENGTH',
      message: 'A linha digitável tem 48 números; faltam 24 no que foi informado.',
    });
    expect(validateUtilityBarcode('8364000000133120138000812884627110801361815512')).toMatchObject({
      code: 'WRONG_LENGTH',
      message: 'O código de barras tem 44 números; sobram 2 no que foi informado.',
    });
  });

  it('says which form was typed into the other one', () => {
    expect(linha('83640000001331201380008128846271108013618155')).toMatchObject({
      message: expect.stringMatching(/esse é o código de barras/) as unknown,
    });
    expect(validateUtilityBarcode(PUBLISHED_ENERGY)).toMatchObject({
      message: expect.stringMatching(/essa é a linha digitável/) as unknown,
    });
  });

  it('a bank boleto is not a utility bill', () => {
    // 47-digit linha of a bank boleto, and a 44-digit bank barcode (starts with the bank code).
    expect(linha('00190000090265697301936247061818166790000243479')).toMatchObject({
      code: 'NOT_ARRECADACAO',
      message: expect.stringContaining('boleto bancário') as unknown,
    });
    expect(validateUtilityBarcode('00191667900002434790000002656973019362470618')).toMatchObject({
      code: 'NOT_ARRECADACAO',
    });
  });

  it('segment and value identifier', () => {
    const withDigit = (pos: number, d: string) => {
      const b = '83640000001331201380008128846271108013618155';
      return b.slice(0, pos) + d + b.slice(pos + 1);
    };
    expect(validateUtilityBarcode(withDigit(1, '8'))).toMatchObject({ code: 'UNKNOWN_SEGMENT' });
    expect(validateUtilityBarcode(withDigit(2, '3'))).toMatchObject({
      code: 'UNKNOWN_VALUE_TYPE',
      message:
        'O 3º número (identificador de valor) deve ser 6, 7, 8 ou 9; o informado é 3. Confira o que foi digitado.',
    });
    expect(validateDigitableLine(PUBLISHED_GPS, { segment: 3 })).toMatchObject({
      code: 'WRONG_SEGMENT',
      message:
        'Este código é de órgãos governamentais (segmento 5), não de energia elétrica e gás (segmento 3).',
    });
  });

  it('names the block whose check digit fails', () => {
    // Block 3's 5th digit typed as 9 instead of 8.
    const typo = '83640000001-1 33120138000-2 81289462711-6 08013618155-1';
    expect(linha(typo)).toMatchObject({ ok: false, code: 'BLOCK_CHECK_DIGIT', block: 3 });
    expect(linha(typo)).toMatchObject({
      message:
        'O 3º bloco não confere com o seu dígito verificador (o número depois do traço). Confira os 12 números desse bloco.',
    });
  });

  it('the general check digit', () => {
    // The 4th digit changed from 4 to 5, block 1's check digit recomputed to match: only the general one fails.
    const barcode = '83650000001331201380008128846271108013618155';
    expect(validateUtilityBarcode(barcode)).toMatchObject({ code: 'GENERAL_CHECK_DIGIT' });
    expect(linha(barcodeToDigitableLine(barcode))).toMatchObject({ code: 'GENERAL_CHECK_DIGIT' });
  });
});

describe('bill free field', () => {
  it('round-trips', () => {
    const f = { dueDate: '2026-02-28', installationNumber: '000123', referenceMonth: '2026-01', issue: 2 };
    const digits = billFreeField(f);
    expect(digits).toBe('2026022800000000012326012');
    expect(parseBillFreeField(digits)).toEqual({ ...f, installationNumber: '000000000123' });
  });

  it('refuses impossible dates and long numbers', () => {
    const ok = { dueDate: '2026-02-28', installationNumber: '1', referenceMonth: '2026-01' };
    expect(() => billFreeField({ ...ok, dueDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => billFreeField({ ...ok, referenceMonth: '2026-13' })).toThrow(RangeError);
    expect(() => billFreeField({ ...ok, installationNumber: '1234567890123' })).toThrow(RangeError);
    expect(() => billFreeField({ ...ok, issue: 10 })).toThrow(RangeError);
    expect(parseBillFreeField('2026023000000000012326012')).toBeNull();
  });
});
