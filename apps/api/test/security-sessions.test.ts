// Sessions end for good after an absolute lifetime; wrong passwords slow the guesser down without
// locking the real user out; HSTS in production; use of a session or API key is recorded at most
// once a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/common/tokens.ts';
import { startFakeSendGrid } from './fake-sendgrid.ts';
import {
  closedCode,
  connected,
  disposeAll,
  errorOf,
  from,
  ME,
  newIp,
  registered,
  SIGN_IN,
  signIn,
  sql,
  wsClient,
} from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true', WORKERS_ENABLED: 'false' } });
});
afterAll(async () => {
  await disposeAll();
  await api?.close();
});

const until = async (what: () => Promise<boolean>, label: string) => {
  const end = Date.now() + 10_000;
  while (!(await what())) {
    if (Date.now() > end) throw new Error(`never happened: ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('absolute session lifetime', () => {
  it('a session older than SESSION_ABSOLUTE_DAYS stops working, however recently used', async () => {
    expect(api.config.SESSION_ABSOLUTE_DAYS).toBe(30);
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    const ws = wsClient(api, token);
    await connected(ws);
    const closed = closedCode(ws);
    // Used every day for a month: the sliding expiry is still a week ahead.
    await sql(
      api,
      `update session set created_at = now() - interval '30 days 1 minute', last_seen_at = now(),
              expires_at = now() + interval '7 days' where token_hash = ?`,
      [hashToken(token)],
    );
    expect(errorOf(await from(api)(ME, {}, token)).code).toBe('UNAUTHENTICATED');
    await api.app.closeEndedSessionSockets();
    expect(await closed).toBe(4401);
  });

  it('never slides the expiry past the absolute end', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    await sql(
      api,
      `update session set created_at = now() - interval '29 days 23 hours', last_seen_at = now() - interval '2 minutes'
        where token_hash = ?`,
      [hashToken(token)],
    );
    expect((await from(api)(ME, {}, token)).errors).toBeUndefined();
    await until(async () => {
      const [r] = await sql<{ seen: boolean; left: string }[]>(
        api,
        `select last_seen_at > now() - interval '1 minute' as seen,
                extract(epoch from created_at + interval '30 days' - expires_at) as left
           from session where token_hash = ?`,
        [hashToken(token)],
      );
      return r!.seen && Math.abs(Number(r!.left)) < 1;
    }, 'expiry capped at the absolute end');
  });
});

describe('wrong passwords', () => {
  it('an attacker guessing from one address cannot keep the real user out', async () => {
    const p = await registered(api);
    const attacker = from(api, newIp());
    for (let i = 0; i < 20; i++) {
      const code = errorOf(
        await attacker(SIGN_IN, { input: { email: p.email, password: `Chute ${i} errado` } }),
      ).code;
      expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(code);
    }
    // The real user, from home: signs in at once.
    const r = await from(api, newIp())(SIGN_IN, { input: { email: p.email, password: p.password } });
    expect(r.errors).toBeUndefined();
  });

  it('repeated failures are answered RATE_LIMITED with a growing retryAfterSeconds', async () => {
    const p = await registered(api);
    const ip = newIp();
    const guess = (password = 'Senha errada de novo') =>
      from(api, ip)(SIGN_IN, { input: { email: p.email, password } });
    let free = 0;
    while (errorOf(await guess()).code === 'UNAUTHENTICATED') {
      free++;
      expect(free).toBeLessThan(10);
    }
    expect(free).toBeGreaterThanOrEqual(3); // a few typos cost nothing
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const limited = errorOf(await guess(p.password)); // even the right password waits its turn here
      expect(limited.code).toBe('RATE_LIMITED');
      expect(limited.message).toMatch(/Esqueci minha senha/);
      const wait = limited.extensions.retryAfterSeconds as number;
      waits.push(wait);
      // Let the wait pass (on the database clock), then guess wrong once more.
      await sql(
        api,
        `update rate_limit set expire = expire - ? * 1000 where key like 'sign-in:%' and key like ?`,
        [wait, `%:${ip}`],
      );
      expect(errorOf(await guess()).code).toBe('UNAUTHENTICATED');
    }
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    expect(waits[0]!).toBeLessThanOrEqual(60);
  });

  it('the right password from the guessing address works again once the wait is over', async () => {
    const p = await registered(api);
    const ip = newIp();
    const call = from(api, ip);
    let limited;
    do limited = errorOf(await call(SIGN_IN, { input: { email: p.email, password: 'Errei a senha' } }));
    while (limited.code !== 'RATE_LIMITED');
    await sql(api, `update rate_limit set expire = expire - 3600 * 1000 where key like ?`, [`%:${ip}`]);
    expect((await call(SIGN_IN, { input: { email: p.email, password: p.password } })).errors).toBeUndefined();
  });
});

describe('recording use', () => {
  it('a session is marked used at most once a minute, after the answer', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    const seen = async () =>
      (
        await sql<{ s: string }[]>(api, `select last_seen_at::text as s from session where token_hash = ?`, [
          hashToken(token),
        ])
      )[0]!.s;
    await sql(api, `update session set last_seen_at = now() - interval '30 seconds' where token_hash = ?`, [
      hashToken(token),
    ]);
    const before = await seen();
    for (let i = 0; i < 3; i++) expect((await from(api)(ME, {}, token)).errors).toBeUndefined();
    await api.app.services.sessions.settle();
    expect(await seen()).toBe(before);

    await sql(api, `update session set last_seen_at = now() - interval '2 minutes' where token_hash = ?`, [
      hashToken(token),
    ]);
    const stale = await seen();
    expect((await from(api)(ME, {}, token)).errors).toBeUndefined();
    await until(async () => (await seen()) !== stale, 'last_seen_at recorded');
  });

  it('an API key likewise', async () => {
    const { key, apiKey } = await api.app.services.apiKeys.create(api.orm.em.fork(), 'Equipe de testes', [
      'installation-access:read',
    ]);
    const used = async () =>
      (
        await sql<{ u: string | null }[]>(api, `select last_used_at::text as u from api_key where id = ?`, [
          apiKey.id,
        ])
      )[0]!.u;
    const q = `{ installationAccess(installationNumber: "1", cpf: "52998224725") { allowed } }`;
    await api.gql(q, {}, { headers: { 'x-api-key': key } });
    await until(async () => (await used()) !== null, 'first use recorded');
    const first = await used();
    for (let i = 0; i < 3; i++) await api.gql(q, {}, { headers: { 'x-api-key': key } });
    await api.app.services.apiKeys.settle();
    expect(await used()).toBe(first);
  });
});

describe('HSTS', () => {
  it('is sent in production, not elsewhere', async () => {
    const base = (t: TestApi) => t.url.replace('/graphql', '');
    expect((await fetch(`${base(api)}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    const fake = await startFakeSendGrid();
    const prod = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: {
        NODE_ENV: 'production',
        DEV_MAILBOX: '0',
        MAIL_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
        SENDGRID_API_KEY: 'test-key',
        SENDGRID_BASE_URL: fake.baseUrl,
        WORKERS_ENABLED: 'false',
      },
    });
    try {
      for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/nada']) {
        const res = await fetch(`${base(prod)}${path}`);
        expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      }
    } finally {
      await prod.close();
      await fake.close();
    }
  });
});
