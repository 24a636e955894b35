// E-mail bodies at rest: subject, HTML, text and links sealed together with AES-256-GCM. The row id
// is the additional authenticated data, so a sealed body cannot be moved to another row.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MailKeyring } from '../../config/mail-keys.ts';

/** What is sealed: everything that may carry a working link or personal data. */
export interface MailBody {
  subject: string;
  html: string;
  text: string;
  links: string[];
}

export interface Sealed {
  keyId: string;
  /** `iv.tag.ciphertext`, each base64url. */
  sealed: string;
}

export class MailSealError extends Error {
  override name = 'MailSealError';
}

export function sealMail(keys: MailKeyring, rowId: string, body: MailBody): Sealed {
  const key = keys.keys.get(keys.currentId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(rowId, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
  return { keyId: keys.currentId, sealed: parts.join('.') };
}

/** The body; MailSealError when the key is unknown or the data was altered. */
export function openMail(keys: MailKeyring, rowId: string, sealed: Sealed): MailBody {
  const key = keys.keys.get(sealed.keyId);
  if (!key) throw new MailSealError(`unknown mail key id ${sealed.keyId}`);
  const [iv, tag, data] = sealed.sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new MailSealError('malformed sealed body');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(rowId, 'utf8'));
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
    return JSON.parse(text) as MailBody;
  } catch (err) {
    throw new MailSealError('sealed body does not open with its key', { cause: err });
  }
}

/** `ana.souza@exemplo.com.br` → `an***@exemplo.com.br`: enough for support, not an address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '***';
  return `${email.slice(0, Math.min(2, at))}***${email.slice(at)}`;
}
