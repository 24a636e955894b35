// Forged client addresses: behind the portal, only the hops our own proxy added are believed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_UP_PER_IP } from '../src/modules/accounts/accounts.rate-limits.ts';
import { createFactories, DEMO_PASSWORD } from '../src/seeds/factories.ts';
import { errorOf, newPerson, SIGN_IN, SIGN_UP, spendAllBut, sql } from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  // As `pnpm start` runs it: the portal on the same host is the one trusted proxy.
  api = await startTestApi({ env: { TRUST_PROXY: 'true', WORKERS_ENABLED: 'false' } });
});
afterAll(() => api?.close());

/** Signs in with these forwarding headers; the address the API recorded on the new session. */
async function recordedIp(target: TestApi, headers: Record<string, string>): Promise<string | null> {
  const user = await createFactories(target.orm.em.fork()).user();
  const r = await target.gql<{ signIn: { user: { id: string } } }>(
    SIGN_IN,
    { input: { email: user.email, password: DEMO_PASSWORD } },
    { headers },
  );
  expect(r.errors).toBeUndefined();
  const rows = await sql<{ ip: string | null }[]>(
    target,
    `select ip from "session" where user_id = ? order by created_at desc limit 1`,
    [user.id],
  );
  return rows[0]!.ip;
}

describe('client address behind a trusted proxy', () => {
  it('a forged left-most X-Forwarded-For does not escape the per-address sign-up limit', async () => {
    const client = '203.0.113.5';
    // This address has already used all but one registration of its hour.
    await spendAllBut(api, SIGN_UP_PER_IP, client, 1);
    // The client writes a new address each time; the portal appends the real one.
    const send = (forged: string) =>
      api.gql(SIGN_UP, { input: newPerson() }, { headers: { 'x-forwarded-for': `${forged}, ${client}` } });
    expect((await send('198.51.100.1')).errors).toBeUndefined();
    const second = errorOf(await send('198.51.100.2'));
    expect(second.code).toBe('RATE_LIMITED');
    expect(second.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('records the right-most address our proxy added, not what the client wrote', async () => {
    expect(await recordedIp(api, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })).toBe('203.0.113.9');
  });

  it('ignores a value that is not an address', async () => {
    expect(await recordedIp(api, { 'x-forwarded-for': 'not-an-address' })).toBe('127.0.0.1');
    expect(await recordedIp(api, { 'x-forwarded-for': '203.0.113.9, 10.0.0.1<script>' })).toBe('127.0.0.1');
  });
});

describe('client address from a peer that is not a trusted proxy', () => {
  it('ignores X-Forwarded-For entirely', async () => {
    const other = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: { TRUSTED_PROXIES: '192.0.2.10', WORKERS_ENABLED: 'false' },
    });
    try {
      expect(await recordedIp(other, { 'x-forwarded-for': '203.0.113.20' })).toBe('127.0.0.1');
    } finally {
      await other.close();
    }
  });
});
