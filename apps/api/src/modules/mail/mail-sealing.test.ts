import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMailKeyring } from '../../config/mail-keys.ts';
import { maskEmail, openMail, sealMail } from './mail-sealing.ts';

const k = () => randomBytes(32).toString('base64');

describe('mail sealing', () => {
  const body = {
    subject: 'Redefinição',
    html: '<a href="x?token=abc">',
    text: 'x?token=abc',
    links: ['x?token=abc'],
  };

  it('opens what it sealed, with any key of the ring, for the same row only', () => {
    const old = parseMailKeyring(`k1:${k()}`);
    const id = randomUUID();
    const sealed = sealMail(old, id, body);
    expect(sealed.keyId).toBe('k1');
    expect(sealed.sealed).not.toContain('abc');
    const rotated = parseMailKeyring(`k2:${k()},k1:${Buffer.from(old.keys.get('k1')!).toString('base64')}`);
    expect(openMail(rotated, id, sealed)).toEqual(body);
    expect(sealMail(rotated, id, body).keyId).toBe('k2');
    expect(() => openMail(rotated, randomUUID(), sealed)).toThrow(/does not open/);
    expect(() => openMail(parseMailKeyring(`k3:${k()}`), id, sealed)).toThrow(/unknown mail key id k1/);
    const [iv, tag, data] = sealed.sealed.split('.');
    const flipped = `${iv}.${tag}.${data!.startsWith('A') ? 'B' : 'A'}${data!.slice(1)}`;
    expect(() => openMail(old, id, { ...sealed, sealed: flipped })).toThrow(/does not open/);
  });

  it('masks addresses', () => {
    expect(maskEmail('ana.souza@exemplo.com.br')).toBe('an***@exemplo.com.br');
    expect(maskEmail('a@b.br')).toBe('a***@b.br');
  });
});
