// Normalisation and validation of what people type when registering. Pure functions: each returns a
// Portuguese message for the field, or null when the value is acceptable.
import { isValidCpf, normalizeCpf } from '@delega/shared/documents';

export const FULL_NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;

/** Trims, collapses white space and composes accents (NFC), so "José" is stored one way. */
export function normalizeFullName(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// A word: letters (any script, with accents), parts joined by an apostrophe or hyphen ("D'Ávila",
// "Ana-Maria"), optionally ending in a dot ("Jr."). Digits and other symbols are refused.
const NAME_WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\.?$/u;

export function fullNameProblem(normalized: string): string | null {
  if (!normalized) return 'Informe seu nome completo.';
  if ([...normalized].length > FULL_NAME_MAX_LENGTH) {
    return `O nome pode ter no máximo ${FULL_NAME_MAX_LENGTH} caracteres.`;
  }
  const words = normalized.split(' ');
  if (!words.every((w) => NAME_WORD.test(w))) return 'Use apenas letras no nome.';
  if (words.length < 2) return 'Informe seu nome completo, com sobrenome.';
  return null;
}

/** Trims and lower-cases. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

// Deliberately plain: an ASCII local part (no quoted strings), a dotted domain with a letter TLD.
const EMAIL_LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function emailProblem(normalized: string): string | null {
  if (!normalized) return 'Informe seu e-mail.';
  if (normalized.length > EMAIL_MAX_LENGTH)
    return `O e-mail pode ter no máximo ${EMAIL_MAX_LENGTH} caracteres.`;
  const at = normalized.lastIndexOf('@');
  const local = normalized.slice(0, at);
  const domain = normalized.slice(at + 1);
  if (at < 1 || local.length > 64 || !EMAIL_LOCAL.test(local) || !EMAIL_DOMAIN.test(domain)) {
    return 'Informe um e-mail válido, como nome@exemplo.com.br.';
  }
  return null;
}

/** The CPF as 11 digits, or a message. Accepts it formatted (529.982.247-25) or not. */
export function parseCpf(value: string): { cpf: string; problem: null } | { cpf: null; problem: string } {
  const trimmed = value.trim();
  if (!trimmed) return { cpf: null, problem: 'Informe seu CPF.' };
  const digits = normalizeCpf(trimmed);
  if (digits === null || digits.length !== 11) return { cpf: null, problem: 'Informe os 11 números do CPF.' };
  if (!isValidCpf(digits)) return { cpf: null, problem: 'CPF inválido. Confira os números.' };
  return { cpf: digits, problem: null };
}
