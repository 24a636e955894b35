import { cnpjCharValue, isSeparator, type Rng } from './chars.ts';

export const CNPJ_LENGTH = 14;

// IN RFB 2.229/2024 weights; index = position of the character.
const W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Strips `.`, `/`, `-` and white space and upper-cases. Returns null when anything else is present
 * (other punctuation, accented or full-width characters). Length is not checked.
 */
export function normalizeCnpj(value: string): string | null {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (cnpjCharValue(c) >= 0) out += c >= 0x61 ? String.fromCharCode(c - 32) : value[i];
    else if (!isSeparator(c)) return null;
  }
  return out;
}

/**
 * Validates a numeric or alphanumeric CNPJ (formatted or not, any case). Single pass, no allocation.
 * Base characters are 0-9/A-Z valued ASCII − 48; the two check digits must be digits.
 */
export function isValidCnpj(value: string): boolean {
  if (typeof value !== 'string') return false;
  let n = 0;
  let sum1 = 0;
  let sum2 = 0;
  let first = -1;
  let allSame = true;
  let dv1 = 0;
  let dv2 = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const v = cnpjCharValue(c);
    if (v < 0) {
      if (isSeparator(c)) continue;
      return false;
    }
    if (n === 0) first = v;
    else if (v !== first) allSame = false;
    if (n < 12) {
      sum1 += v * W1[n]!;
      sum2 += v * W2[n]!;
    } else if (v > 9) {
      return false; // check digits are always numeric
    } else if (n === 12) {
      dv1 = v;
      sum2 += v * 2;
    } else if (n === 13) {
      dv2 = v;
    } else {
      return false;
    }
    n++;
  }
  if (n !== 14 || allSame) return false;
  let r = sum1 % 11;
  if ((r < 2 ? 0 : 11 - r) !== dv1) return false;
  r = sum2 % 11;
  return (r < 2 ? 0 : 11 - r) === dv2;
}

function shape(value: string): string | null {
  const s = normalizeCnpj(value);
  if (s === null || s.length !== CNPJ_LENGTH) return null;
  const a = s.charCodeAt(12);
  const b = s.charCodeAt(13);
  return a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39 ? s : null;
}

/** `12ABC34501DE35` → `12.ABC.345/01DE-35`. Null unless the shape is right (check digits not verified). */
export function formatCnpj(value: string): string | null {
  const s = shape(value);
  if (s === null) return null;
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;
}

/**
 * LGPD display mask: keeps the first 5 characters of the root and the check digits,
 * hides positions 6–12 (end of the root and the branch): `12.ABC.***\/****-35`.
 */
export function maskCnpj(value: string): string | null {
  const s = shape(value);
  if (s === null) return null;
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.***/****-${s.slice(12)}`;
}

/** Check digits for the 12 base character values (ASCII − 48). */
export function cnpjCheckDigits(base: ArrayLike<number>): [number, number] {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < 12; i++) {
    s1 += base[i]! * W1[i]!;
    s2 += base[i]! * W2[i]!;
  }
  let r = s1 % 11;
  const dv1 = r < 2 ? 0 : 11 - r;
  s2 += dv1 * 2;
  r = s2 % 11;
  return [dv1, r < 2 ? 0 : 11 - r];
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A random valid CNPJ (unformatted). `alphanumeric: true` draws the 12 base characters from 0-9A-Z
 * (post-July-2026 format). Pass a deterministic `rng` (values in [0, 1)) for reproducible seeds.
 */
export function generateCnpj(options: { alphanumeric?: boolean } = {}, rng: Rng = Math.random): string {
  const alphabet = options.alphanumeric ? ALNUM : ALNUM.slice(0, 10);
  for (;;) {
    let base = '';
    for (let i = 0; i < 12; i++) {
      base += alphabet[Math.min(alphabet.length - 1, Math.floor(rng() * alphabet.length))];
    }
    const values = Array.from(base, (ch) => ch.charCodeAt(0) - 48);
    if (values.every((v) => v === values[0])) continue;
    const [dv1, dv2] = cnpjCheckDigits(values);
    return base + String(dv1) + String(dv2);
  }
}
