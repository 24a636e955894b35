import { describe, expect, it } from 'vitest';
import { isDependencyUnreachable } from './unreachable.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDependencyUnreachable', () => {
  it('recognises lost connections', () => {
    expect(isDependencyUnreachable(withCode('ECONNREFUSED'))).toBe(true);
    expect(
      isDependencyUnreachable(withCode('57P01', 'terminating connection due to administrator command')),
    ).toBe(true);
    expect(isDependencyUnreachable(withCode('08006'))).toBe(true);
    expect(isDependencyUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDependencyUnreachable(new AggregateError([withCode('ECONNREFUSED')], ''))).toBe(true);
    expect(isDependencyUnreachable(new Error('wrapped', { cause: withCode('ETIMEDOUT') }))).toBe(true);
  });

  it('leaves bugs and refused statements alone', () => {
    expect(isDependencyUnreachable(new Error('undefined is not a function'))).toBe(false);
    expect(isDependencyUnreachable(withCode('42P01', 'relation "x" does not exist'))).toBe(false);
    expect(isDependencyUnreachable(withCode('23505'))).toBe(false);
    // 08P01 is our own malformed message (e.g. a NUL byte in a parameter), not a lost server.
    expect(isDependencyUnreachable(withCode('08P01', 'invalid message format'))).toBe(false);
    expect(isDependencyUnreachable('ECONNREFUSED')).toBe(false);
  });
});
