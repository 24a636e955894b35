// The two check-digit ("DAC", dígito de autoconferência) rules of FEBRABAN's "Layout Padrão de
// Arrecadação/Recebimento com Utilização do Código de Barras" (versão 07, vigente desde 01.03.2023),
// sections 07 to 10. Both read the digits from the right.

/** The modulus a utility barcode uses, chosen by its effective-value identifier (3rd digit). */
export type Modulus = 10 | 11;

function digitAt(digits: string, i: number): number {
  const d = digits.charCodeAt(i) - 48;
  if (d < 0 || d > 9) throw new TypeError(`not a digit at position ${i + 1}`);
  return d;
}

/**
 * Módulo 10: weights 2, 1, 2, 1 … from the right; the digits of each product are added one by one
 * (12 counts as 1 + 2); DAC = 10 − (sum mod 10), and 0 when the remainder is 0.
 * FEBRABAN's own example: 01230067896 → sum 37 → DAC 3.
 */
export function mod10(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    const p = digitAt(digits, i) * weight;
    sum += p > 9 ? p - 9 : p; // digit sum of a two-digit product (at most 18)
    weight = weight === 2 ? 1 : 2;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Módulo 11 as used for arrecadação: weights 2, 3, … 9, 2, 3 … from the right; DAC = 11 − (sum mod 11),
 * except that a remainder of 0 or 1 gives 0 and a remainder of 10 gives 1 (section 09, "Observação").
 * FEBRABAN's own example: 01230067896 → sum 176 → remainder 0 → DAC 0.
 */
export function mod11(digits: string): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += digitAt(digits, i) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const r = sum % 11;
  if (r === 0 || r === 1) return 0;
  if (r === 10) return 1;
  return 11 - r;
}

export function checkDigit(digits: string, modulus: Modulus): number {
  return modulus === 10 ? mod10(digits) : mod11(digits);
}
