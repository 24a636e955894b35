import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildUtilityBarcode,
  digitableLineToBarcode,
  validateDigitableLine,
  validateUtilityBarcode,
  type Segment,
  type ValueType,
} from './index.ts';

const RUNS = 3000;
const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));

const input = fc.record({
  amountCentavos: fc.integer({ min: 0, max: 99_999_999_999 }),
  companyCode: digits(4),
  freeField: digits(25),
  segment: fc.constantFrom<Segment>(1, 2, 3, 4, 5, 6, 7, 9),
  valueType: fc.constantFrom<ValueType>(6, 7, 8, 9),
});

/** A position and a different digit to put there. */
const change = (length: number) =>
  fc.record({ pos: fc.integer({ min: 0, max: length - 1 }), delta: fc.integer({ min: 1, max: 9 }) });

function withChange(s: string, pos: number, delta: number): string {
  return s.slice(0, pos) + String((Number(s[pos]) + delta) % 10) + s.slice(pos + 1);
}

/** Independent reference: the raw módulo 11 remainder (weights 2..9 from the right). */
function remainder11(s: string): number {
  let sum = 0;
  for (let i = s.length - 1, w = 2; i >= 0; i--, w = w === 9 ? 2 : w + 1) sum += Number(s[i]) * w;
  return sum % 11;
}

const modulusOfDigit = (d: string) => (Number(d) <= 7 ? 10 : 11);
const generalPart = (b: string) => b.slice(0, 3) + b.slice(4);

/**
 * The two ways FEBRABAN's scheme itself lets a single wrong digit through: the 3rd digit switched to an
 * identifier of the other modulus (the check digits are then read with a different rule), or módulo 11
 * maps remainders 0 and 1 to the same digit 0, so a change moving a remainder between 0 and 1 is
 * invisible to that check digit.
 */
function febrabanBlindSpot(before: string, after: string, checked: string[][]): boolean {
  if (modulusOfDigit(before[2]!) !== modulusOfDigit(after[2]!)) return true;
  if (modulusOfDigit(after[2]!) === 10) return false;
  return checked.every(([a, b]) => remainder11(a!) <= 1 && remainder11(b!) <= 1);
}

describe('utility barcode properties', () => {
  it('every generated barcode and linha digitável validates and reads back its fields', () => {
    fc.assert(
      fc.property(input, (i) => {
        const b = buildUtilityBarcode(i);
        const fromBarcode = validateUtilityBarcode(b.barcode);
        const fromLinha = validateDigitableLine(b.digitableLine);
        expect(fromBarcode).toEqual({ ok: true, value: b });
        expect(fromLinha).toEqual({ ok: true, value: b });
        expect(digitableLineToBarcode(b.digitableLine)).toBe(b.barcode);
        expect(b.value).toBe(i.amountCentavos);
        expect(b.freeField).toBe(i.freeField);
      }),
      { numRuns: RUNS },
    );
  });

  it('módulo 10 barcodes: any single-digit change outside the identifier fails', () => {
    const mod10Input = input.filter((i) => i.valueType <= 7);
    fc.assert(
      fc.property(mod10Input, change(44), (i, { pos, delta }) => {
        fc.pre(pos !== 2);
        const b = buildUtilityBarcode(i);
        expect(validateUtilityBarcode(withChange(b.barcode, pos, delta)).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('any single-digit change of a barcode fails, but for FEBRABAN’s own blind spots', () => {
    fc.assert(
      fc.property(input, change(44), (i, { pos, delta }) => {
        const b = buildUtilityBarcode(i).barcode;
        const changed = withChange(b, pos, delta);
        if (validateUtilityBarcode(changed).ok) {
          expect(pos).not.toBe(3);
          expect(febrabanBlindSpot(b, changed, [[generalPart(b), generalPart(changed)]])).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('any single-digit change of a linha digitável fails, but for FEBRABAN’s own blind spots', () => {
    fc.assert(
      fc.property(input, change(48), (i, { pos, delta }) => {
        const linha = buildUtilityBarcode(i).digitableLine;
        const changed = withChange(linha, pos, delta);
        const r = validateDigitableLine(changed);
        if (r.ok) {
          // Only a barcode digit (not a block check digit) can slip through; both the check digit of
          // its block and the general one must have been blind to it.
          expect(pos % 12).not.toBe(11);
          expect(pos).not.toBe(3);
          const block = Math.floor(pos / 12);
          const before = digitableLineToBarcode(linha);
          const after = digitableLineToBarcode(changed);
          const slice = (s: string) => s.slice(block * 11, block * 11 + 11);
          const checked = [
            [slice(before), slice(after)],
            [generalPart(before), generalPart(after)],
          ];
          expect(febrabanBlindSpot(before, after, checked)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a changed digit that slips past módulo 11 is rare but real (documents the blind spot)', () => {
    // 8 3 8 … with the general remainder 0: raising a digit whose weight w has w·δ ≡ 1 (mod 11)
    // moves the remainder to 1, and both map to check digit 0.
    const found = fc
      .sample(
        input.filter((i) => i.valueType === 8),
        300,
      )
      .some((i) => {
        const b = buildUtilityBarcode(i).barcode;
        for (let pos = 4; pos < 44; pos++)
          for (let delta = 1; delta <= 9; delta++)
            if (validateUtilityBarcode(withChange(b, pos, delta)).ok) return true;
        return false;
      });
    expect(found).toBe(true);
  });
});
