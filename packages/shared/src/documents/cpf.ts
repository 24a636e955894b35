import { isSeparator, type Rng } from './chars.ts';

export const CPF_LENGTH = 11;

/**
 * Strips `.`, `-`, `/` and white space. Returns the digits, or null when anything else is present
 * (letters, other punctuation, full-width digits): never silently dropped. Length is not checked.
 */
export function normalizeCpf(value: string): string | null {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += value[i];
    else if (!isSeparator(c)) return null;
  }
  return out;
}

/** Validates a CPF (formatted or not). Single pass, no allocation: this is the hot path. */
export function isValidCpf(value: string): boolean {
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
    const d = c - 48;
    if (d < 0 || d > 9) {
      if (isSeparator(c)) continue;
      return false;
    }
    if (n === 0) first = d;
    else if (d !== first) allSame = false;
    if (n < 9) {
      sum1 += d * (10 - n);
      sum2 += d * (11 - n);
    } else if (n === 9) {
      dv1 = d;
      sum2 += d * 2;
    } else if (n === 10) {
      dv2 = d;
    } else {
      return false;
    }
    n++;
  }
  if (n !== 11 || allSame) return false;
  let r = (sum1 * 10) % 11;
  if (r === 10) r = 0;
  if (r !== dv1) return false;
  r = (sum2 * 10) % 11;
  if (r === 10) r = 0;
  return r === dv2;
}

function shape(value: string): string | null {
  const digits = normalizeCpf(value);
  return digits !== null && digits.length === CPF_LENGTH ? digits : null;
}

/** `52998224725` → `529.982.247-25`. Null unless the input has exactly 11 digits (check digits not verified). */
export function formatCpf(value: string): string | null {
  const d = shape(value);
  if (d === null) return null;
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** LGPD display mask: hides the first 3 and the 2 check digits, `***.982.247-**`. */
export function maskCpf(value: string): string | null {
  const d = shape(value);
  if (d === null) return null;
  return `***.${d.slice(3, 6)}.${d.slice(6, 9)}-**`;
}

/** Check digits for 9 base digits (values 0–9). */
export function cpfCheckDigits(base: ArrayLike<number>): [number, number] {
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < 9; i++) {
    s1 += base[i]! * (10 - i);
    s2 += base[i]! * (11 - i);
  }
  const dv1 = ((s1 * 10) % 11) % 10;
  s2 += dv1 * 2;
  const dv2 = ((s2 * 10) % 11) % 10;
  return [dv1, dv2];
}

/** A random valid CPF (digits only). Pass a deterministic `rng` (values in [0, 1)) for reproducible seeds. */
export function generateCpf(rng: Rng = Math.random): string {
  const base: number[] = [];
  for (;;) {
    base.length = 0;
    for (let i = 0; i < 9; i++) base.push(Math.min(9, Math.floor(rng() * 10)));
    if (base.some((d) => d !== base[0])) break;
  }
  const [dv1, dv2] = cpfCheckDigits(base);
  return base.join('') + String(dv1) + String(dv2);
}
