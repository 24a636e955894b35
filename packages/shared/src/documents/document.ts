import { cnpjCharValue, isSeparator } from './chars.ts';
import { formatCnpj, isValidCnpj, maskCnpj } from './cnpj.ts';
import { formatCpf, isValidCpf, maskCpf } from './cpf.ts';

export type DocumentKind = 'CPF' | 'CNPJ';

/**
 * Kind by shape after normalisation: 11 digits → CPF, 14 characters (0-9A-Z) → CNPJ, else null.
 * Check digits are not verified: use `isValidDocument` for that.
 */
export function detectDocumentKind(value: string): DocumentKind | null {
  if (typeof value !== 'string') return null;
  let n = 0;
  let letters = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const v = cnpjCharValue(c);
    if (v < 0) {
      if (isSeparator(c)) continue;
      return null;
    }
    if (v > 9) letters = true;
    n++;
  }
  if (n === 11 && !letters) return 'CPF';
  if (n === 14) return 'CNPJ';
  return null;
}

export function isValidDocument(value: string): boolean {
  const kind = detectDocumentKind(value);
  return kind === 'CPF' ? isValidCpf(value) : kind === 'CNPJ' ? isValidCnpj(value) : false;
}

/** Formats a CPF or CNPJ according to its detected kind; null when neither. */
export function formatDocument(value: string): string | null {
  const kind = detectDocumentKind(value);
  return kind === 'CPF' ? formatCpf(value) : kind === 'CNPJ' ? formatCnpj(value) : null;
}

/** LGPD mask for a CPF (`***.982.247-**`) or CNPJ (`12.ABC.***\/****-35`); null when neither. */
export function maskDocument(value: string): string | null {
  const kind = detectDocumentKind(value);
  return kind === 'CPF' ? maskCpf(value) : kind === 'CNPJ' ? maskCnpj(value) : null;
}
