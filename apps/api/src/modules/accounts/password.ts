import { hash, verify } from '@node-rs/argon2';

// argon2id (the library default) at OWASP's recommended floor: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Does `password` match? A hash argon2 cannot read (corrupt row, library failure) is not a wrong
 * password: it rejects, so the caller answers an internal error and the failure is logged.
 */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch (err) {
    throw new Error(`argon2 could not verify a password hash: ${(err as Error).message}`, { cause: err });
  }
}

/** A valid hash of a random password, to spend the same time when the account does not exist. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
