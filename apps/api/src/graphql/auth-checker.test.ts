import type { ResolverData } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { authChecker, Role, Scope } from './auth-checker.ts';
import type { GraphQLContext } from './context.ts';

const person = { viewer: { userId: 'u1', sessionId: 's1' }, apiKey: null };
const anonymous = { viewer: null, apiKey: null };
const key = (scopes: string[]) => ({
  viewer: null,
  apiKey: { apiKeyId: 'k1', name: 'outra equipe', scopes },
});

/** `true`, or the code of the error the checker throws. */
function check(context: Partial<GraphQLContext>, names: string[]): true | string {
  try {
    return authChecker({ context } as ResolverData<GraphQLContext>, names) as true;
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('authChecker', () => {
  it('Role.PERSON (and a bare @Authorized()): a signed-in person, never a service key', () => {
    for (const names of [[], [Role.PERSON]]) {
      expect(check(person, names)).toBe(true);
      expect(check(anonymous, names)).toBe('UNAUTHENTICATED');
      expect(check(key([Scope.INSTALLATION_ACCESS_READ]), names)).toBe('FORBIDDEN');
    }
  });

  it('Role.PERSON_OR_ANONYMOUS: anyone but a service key', () => {
    expect(check(person, [Role.PERSON_OR_ANONYMOUS])).toBe(true);
    expect(check(anonymous, [Role.PERSON_OR_ANONYMOUS])).toBe(true);
    expect(check(key([Scope.INSTALLATION_ACCESS_READ]), [Role.PERSON_OR_ANONYMOUS])).toBe('FORBIDDEN');
  });

  it('a scope admits a service key holding it, besides the people the roles admit', () => {
    const names = [Role.PERSON, Scope.INSTALLATION_ACCESS_READ];
    expect(check(key([Scope.INSTALLATION_ACCESS_READ]), names)).toBe(true);
    expect(check(key([]), names)).toBe('FORBIDDEN');
    expect(check(person, names)).toBe(true);
    expect(check(anonymous, names)).toBe('UNAUTHENTICATED');
    // A scope alone is for service keys only.
    expect(check(person, [Scope.INSTALLATION_ACCESS_READ])).toBe('FORBIDDEN');
  });
});
