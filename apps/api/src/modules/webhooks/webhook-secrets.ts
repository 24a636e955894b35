// Webhook signing secrets at rest: sealed with AES-256-GCM under the data-at-rest keyring (the one
// that seals e-mail bodies, MAIL_ENCRYPTION_KEYS: the first key seals, every key opens). The
// endpoint id and the slot (current or previous) are the additional authenticated data, so a sealed
// secret cannot be moved to another endpoint or slot. A database dump alone signs nothing.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MailKeyring } from '../../config/mail-keys.ts';

export type SecretSlot = 'current' | 'previous';

export class SecretSealError extends Error {
  override name = 'SecretSealError';
}

function aad(endpointId: string, slot: SecretSlot): Buffer {
  return Buffer.from(`webhook-secret:${endpointId}:${slot}`, 'utf8');
}

/** `iv.tag.ciphertext` (base64url each), sealed with the keyring's current key. */
export function sealSecret(keys: MailKeyring, endpointId: string, slot: SecretSlot, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.keys.get(keys.currentId)!, iv);
  cipher.setAAD(aad(endpointId, slot));
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

/** The secret; SecretSealError when the key is unknown or the value was altered or moved. */
export function openSecret(
  keys: MailKeyring,
  keyId: string,
  endpointId: string,
  slot: SecretSlot,
  sealed: string,
): string {
  const key = keys.keys.get(keyId);
  if (!key) throw new SecretSealError(`unknown key id ${keyId} for a webhook secret`);
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new SecretSealError('malformed sealed webhook secret');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad(endpointId, slot));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch (err) {
    throw new SecretSealError('sealed webhook secret does not open with its key', { cause: err });
  }
}
