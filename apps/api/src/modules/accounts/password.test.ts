import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('verifyPassword', () => {
  it('tells a right password from a wrong one', async () => {
    const hash = await hashPassword('Luz acesa na varanda');
    expect(await verifyPassword(hash, 'Luz acesa na varanda')).toBe(true);
    expect(await verifyPassword(hash, 'Luz apagada')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('rejects, rather than answering "wrong password", when the hash cannot be read', async () => {
    await expect(verifyPassword('$argon2id$v=19$m=19456,t=2,p=1$estragado', 'x')).rejects.toThrow(
      /argon2 could not verify/,
    );
  });
});
