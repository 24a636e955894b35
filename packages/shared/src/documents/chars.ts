// Character classes shared by the CPF/CNPJ scanners. charCode based: the hot path must not allocate.

/** `.`, `/`, `-` or any Unicode white space (incl. NBSP): stripped by normalisation. */
export function isSeparator(c: number): boolean {
  if (c === 0x2e || c === 0x2f || c === 0x2d || c === 0x20) return true;
  if (c < 0x09) return false;
  if (c <= 0x0d) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Value of a CNPJ character per IN RFB 2.229/2024: ASCII code − 48 (digits 0–9, A=17 … Z=42).
 * Lower-case letters are upper-cased first. Returns -1 for anything else.
 */
export function cnpjCharValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 48;
  if (c >= 0x41 && c <= 0x5a) return c - 48;
  if (c >= 0x61 && c <= 0x7a) return c - 80;
  return -1;
}

export type Rng = () => number;
