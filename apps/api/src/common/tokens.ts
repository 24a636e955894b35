import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: for session, invite, verification and reset tokens. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash; a database leak does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Unguessable short code (Crockford base32, no ambiguous letters), e.g. for protocol verification. */
export function newCode(length = 16): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b & 31];
  return out;
}
