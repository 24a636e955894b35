import { describe, expect, it } from 'vitest';
import { mod10, mod11 } from './check-digits.ts';

// The worked examples of FEBRABAN's "Layout Padrão de Arrecadação/Recebimento com Utilização do
// Código de Barras", versão 07 (01.03.2023), sections 07–10.
const SPEC_43 = '822' + '0000215048200974123220154098290108605940';

describe('mod10 (FEBRABAN section 07/08)', () => {
  it('01230067896 → 3: products 0 1 4 3 0 0 12 7 16 9 12, digit sum 37, 10 − 7', () => {
    expect(mod10('01230067896')).toBe(3);
  });

  it('the 43 digits of the general check digit example → 1 (sum 139)', () => {
    expect(mod10(SPEC_43)).toBe(1);
  });

  it('a remainder of 0 gives 0, not 10', () => {
    // 0000000000 + 0: sum 0.
    expect(mod10('00000000000')).toBe(0);
    // 5 × 2 = 10 → digit sum 1 → 10 − 1 = 9; and 91: 1×2 + 9×1 = 11 → 9; 55: 5×2→1 + 5 = 6 → 4.
    expect(mod10('5')).toBe(9);
    expect(mod10('55')).toBe(4);
  });

  it('refuses anything but digits', () => {
    expect(() => mod10('12a')).toThrow(TypeError);
  });
});

describe('mod11 as used for arrecadação (FEBRABAN section 09/10)', () => {
  it('01230067896 → 0: weights 4 3 2 9 8 7 6 5 4 3 2, sum 176, remainder 0 → 0', () => {
    expect(mod11('01230067896')).toBe(0);
  });

  it('the 43 digits of the general check digit example → 0 (sum 705, remainder 1 → 0)', () => {
    expect(mod11(SPEC_43)).toBe(0);
  });

  it('remainder 10 gives 1', () => {
    // 5 × 2 = 10, 10 mod 11 = 10 → 1.
    expect(mod11('00000000005')).toBe(1);
  });

  it('remainder 1 gives 0 (block 4 of a published GPS guide, 67222025113-0)', () => {
    // 6×4 + 7×3 + 2×2 + 2×9 + 2×8 + 0×7 + 2×6 + 5×5 + 1×4 + 1×3 + 3×2 = 133 = 12 × 11 + 1.
    expect(mod11('67222025113')).toBe(0);
  });

  it('otherwise 11 − remainder (85820000001 → 5)', () => {
    // 8×4 + 5×3 + 8×2 + 2×9 + 1×2 = 83 = 7 × 11 + 6 → 11 − 6 = 5.
    expect(mod11('85820000001')).toBe(5);
  });
});
