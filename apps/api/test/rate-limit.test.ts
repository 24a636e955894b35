// Rate limits hold across API processes: two processes on one database share every counter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD_RESET_PER_IP,
  SIGN_IN_FAILURES,
  SIGN_IN_PER_IP,
  SIGN_UP_PER_IP,
} from '../src/modules/accounts/accounts.rate-limits.ts';
import type { RateLimitPolicy } from '../src/modules/rate-limit/rate-limit.service.ts';
import {
  errorOf,
  from,
  newIp,
  newPerson,
  outbox,
  SIGN_IN,
  SIGN_UP,
  spendAllBut,
  sql,
} from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';

let a: TestApi;
let b: TestApi;
beforeAll(async () => {
  a = await startTestApi({ env: { TRUST_PROXY: 'true' } });
  b = await startTestApi({ env: { TRUST_PROXY: 'true' }, databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

/** Alternates between the two processes, from one client address. */
function alternating(ip = newIp()) {
  let i = 0;
  const fa = from(a, ip);
  const fb = from(b, ip);
  return (query: string, variables?: Record<string, unknown>) => (i++ % 2 === 0 ? fa : fb)(query, variables);
}

describe('rate limits across two API processes', () => {
  it('sign-in per client address', async () => {
    const ip = newIp();
    const call = alternating(ip);
    // Sized for carrier-grade NAT: far above what one person does, so most of it is already spent.
    await spendAllBut(a, SIGN_IN_PER_IP, ip, 2);
    for (let i = 0; i < 2; i++) {
      // Unknown e-mails, each different: only the per-address limit applies.
      const r = await call(SIGN_IN, { input: { email: `x${i}@exemplo.com.br`, password: 'Qualquer coisa' } });
      expect(errorOf(r).code).toBe('UNAUTHENTICATED');
    }
    for (const api of [a, b]) {
      const e = errorOf(
        await api.gql(
          SIGN_IN,
          { input: { email: 'y@exemplo.com.br', password: 'x' } },
          { headers: { 'x-forwarded-for': '' } },
        ),
      );
      expect(e.code).toBe('UNAUTHENTICATED'); // another address (the loopback) is unaffected
    }
    const limited = errorOf(
      await call(SIGN_IN, { input: { email: 'z@exemplo.com.br', password: 'Qualquer coisa' } }),
    );
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.message).toMatch(/Muitas tentativas de entrar/);
    expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.extensions.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_PER_IP.durationSeconds);
  });

  it('per-address limits are coarse guards sized for carrier-grade NAT', () => {
    expect(SIGN_IN_PER_IP.points / (SIGN_IN_PER_IP.durationSeconds / 3600)).toBeGreaterThanOrEqual(1000);
    expect(SIGN_UP_PER_IP.points).toBeGreaterThanOrEqual(100);
    expect(PASSWORD_RESET_PER_IP.points).toBeGreaterThanOrEqual(100);
  });

  it('failed sign-ins per account and address, on both processes, even for an unknown e-mail', async () => {
    const p = newPerson();
    await from(a)(SIGN_UP, { input: p });
    for (const email of [p.email, `desconhecido.${p.email}`]) {
      const call = alternating();
      for (let i = 0; i <= SIGN_IN_FAILURES.free; i++) {
        const r = await call(SIGN_IN, { input: { email, password: `Tentativa errada ${i}` } });
        expect(errorOf(r).code).toBe('UNAUTHENTICATED');
      }
      // From that address, refused even with the right password, on both processes, for a while.
      for (let i = 0; i < 2; i++) {
        const e = errorOf(
          await call(SIGN_IN, { input: { email: email.toUpperCase(), password: p.password } }),
        );
        expect(e.code).toBe('RATE_LIMITED');
        expect(e.message).toMatch(/Esqueci minha senha/);
        expect(e.extensions.retryAfterSeconds).toBeGreaterThan(0);
        expect(e.extensions.retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_FAILURES.baseSeconds);
      }
    }
    // From another address the owner signs in at once.
    expect(
      (await from(b)(SIGN_IN, { input: { email: p.email, password: p.password } })).errors,
    ).toBeUndefined();
    // The counter is stored under an opaque key, never the e-mail.
    const keys = await sql<{ key: string }[]>(a, `select key from rate_limit`);
    expect(keys.some((k) => k.key.includes('@'))).toBe(false);
  });

  it('a successful sign-in clears the failures of that account', async () => {
    const p = newPerson();
    await from(a)(SIGN_UP, { input: p });
    const call = alternating();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < SIGN_IN_FAILURES.free; i++) {
        expect(
          errorOf(await call(SIGN_IN, { input: { email: p.email, password: 'Senha errada demais' } })).code,
        ).toBe('UNAUTHENTICATED');
      }
      expect(
        (await call(SIGN_IN, { input: { email: p.email, password: p.password } })).errors,
      ).toBeUndefined();
    }
  });

  it('sign-up per client address (validation errors do not count)', async () => {
    const ip = newIp();
    const call = alternating(ip);
    await spendAllBut(a, SIGN_UP_PER_IP, ip, 2);
    for (let i = 0; i < 3; i++) {
      expect(errorOf(await call(SIGN_UP, { input: newPerson({ cpf: '1' }) })).code).toBe('VALIDATION_FAILED');
    }
    for (let i = 0; i < 2; i++) expect((await call(SIGN_UP, { input: newPerson() })).errors).toBeUndefined();
    const p = newPerson();
    const e = errorOf(await call(SIGN_UP, { input: p }));
    expect(e.code).toBe('RATE_LIMITED');
    expect(await outbox(a, p.email)).toEqual([]);
  });

  it('password reset requests per e-mail and per client address', async () => {
    const p = newPerson();
    await from(a)(SIGN_UP, { input: p });
    const q = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
    for (let i = 0; i < 3; i++)
      expect((await from(i % 2 ? a : b)(q, { email: p.email })).data).toEqual({ requestPasswordReset: true });
    expect(errorOf(await from(b)(q, { email: p.email })).code).toBe('RATE_LIMITED');
    expect((await outbox(a, p.email)).filter((m) => m.template === 'password-reset')).toHaveLength(3);

    const ip = newIp();
    const call = alternating(ip);
    await spendAllBut(a, PASSWORD_RESET_PER_IP, ip, 2);
    for (let i = 0; i < 2; i++)
      expect((await call(q, { email: `r${i}@exemplo.com.br` })).errors).toBeUndefined();
    expect(errorOf(await call(q, { email: 'r-last@exemplo.com.br' })).code).toBe('RATE_LIMITED');
  });
});

describe('RateLimitService', () => {
  const policy: RateLimitPolicy = { name: 'test:burst', points: 20, durationSeconds: 60 };

  it('is exact under concurrency across processes', async () => {
    const attempts = Array.from({ length: 60 }, (_, i) =>
      (i % 2 ? a : b).app.services.rateLimits.consume('k1', policy).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r === 'ok')).toHaveLength(20);
    expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(40);
  });

  it('starts a new window when the old one ends (database clock)', async () => {
    const rl = a.app.services.rateLimits;
    const short: RateLimitPolicy = { name: 'test:window', points: 2, durationSeconds: 60 };
    await rl.consume('k2', short);
    const second = await rl.consume('k2', short);
    expect(second).toMatchObject({ consumed: 2, remaining: 0 });
    expect(second.resetInSeconds).toBeGreaterThan(55);
    await expect(rl.consume('k2', short)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) as unknown },
    });
    await expect(b.app.services.rateLimits.check('k2', short)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });

    await sql(
      a,
      `update rate_limit set expire = (extract(epoch from now()) * 1000)::bigint - 1 where key = 'test:window:k2'`,
    );
    await expect(b.app.services.rateLimits.check('k2', short)).resolves.toMatchObject({
      consumed: 0,
      remaining: 2,
    });
    await expect(rl.consume('k2', short)).resolves.toMatchObject({ consumed: 1, remaining: 1 });
  });

  it('keeps policies apart and forgets a key on reset', async () => {
    const rl = a.app.services.rateLimits;
    const p1: RateLimitPolicy = { name: 'test:p1', points: 1, durationSeconds: 60 };
    const p2: RateLimitPolicy = { name: 'test:p2', points: 1, durationSeconds: 60 };
    await rl.consume('same', p1);
    await rl.consume('same', p2);
    await expect(rl.consume('same', p1)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await rl.reset('same', p1);
    await expect(rl.consume('same', p1)).resolves.toMatchObject({ consumed: 1 });
  });
});
