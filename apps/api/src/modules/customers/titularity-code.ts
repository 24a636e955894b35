// The one-time titularity code and what the caller is shown of where it went.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../../common/tokens.ts';

/** Six random digits (what a person types from an e-mail). */
export function newTitularityCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Stored hash of a code: bound to its partner so one hash table does not cover every partner. */
export function titularityCodeHash(partnerId: string, code: string): string {
  return hashToken(`titularity:${partnerId}:${code}`);
}

/** What a person types, as compared: digits and letters only, upper-cased. */
export function normalizeTypedCode(value: string | null | undefined): string {
  return String(value ?? '')
    .replace(/[\s.\-/]/g, '')
    .toUpperCase()
    .slice(0, 64);
}

/** Constant-time comparison of two codes (compared by hash, so lengths never leak). */
export function sameCode(a: string, b: string): boolean {
  const ha = Buffer.from(hashToken(a), 'hex');
  const hb = Buffer.from(hashToken(b), 'hex');
  return timingSafeEqual(ha, hb);
}

/** "titular@delega.com.br" → "t***@d***.com.br": enough to recognise one's own inbox, not to learn it. */
export function emailHint(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const labels = domain.split('.');
  const head = labels[0] ?? '';
  const rest = labels.slice(1).join('.');
  return `${local.slice(0, 1)}***@${head.slice(0, 1)}***${rest ? `.${rest}` : ''}`;
}
