import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/common/tokens.ts';
import { opaqueKey } from '../src/modules/rate-limit/rate-limit.service.ts';
import {
  closedCode,
  connected,
  disposeAll,
  errorOf,
  from,
  ME,
  SIGN_IN,
  sql,
  registered,
  signIn,
  wsClient,
} from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true' } });
});
afterAll(async () => {
  await disposeAll();
  await api.close();
});

interface SignInData {
  signIn: {
    token: string;
    expiresAt: string;
    user: { id: string; email: string; cpf: string; fullName: string };
  };
}

describe('signIn', () => {
  it('returns an opaque token stored only as its SHA-256, and the user', async () => {
    const p = await registered(api, { cpf: '529.982.247-25' });
    const r = await from(api)<SignInData>(SIGN_IN, {
      input: { email: `  ${p.email.toUpperCase()} `, password: p.password },
    });
    expect(r.errors).toBeUndefined();
    const { token, expiresAt, user } = r.data!.signIn;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(user).toMatchObject({ email: p.email, fullName: p.fullName, cpf: '529.982.247-25' });
    const rows = await sql<{ token_hash: string; ip: string }[]>(
      api,
      `select token_hash, ip from session where user_id = ?`,
      [user.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(token));
  });

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const p = await registered(api);
    const wrong = await from(api)(SIGN_IN, { input: { email: p.email, password: 'Outra senha qualquer' } });
    const unknown = await from(api)(SIGN_IN, {
      input: { email: `ninguem.${p.email}`, password: p.password },
    });
    const empty = await from(api)(SIGN_IN, { input: { email: '', password: '' } });
    for (const r of [wrong, unknown, empty]) {
      expect(r.data).toBeNull();
      expect(r.errors).toEqual([
        {
          message: 'E-mail ou senha incorretos.',
          path: ['signIn'],
          locations: expect.any(Array) as unknown[],
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
    }
  });

  it('a stored password hash that cannot be read is an internal error, not a wrong password', async () => {
    const p = await registered(api);
    await sql(
      api,
      `update app_user set password_hash = '$argon2id$v=19$m=19456,t=2,p=1$estragado' where email = ?`,
      [p.email],
    );
    const r = await from(api)(SIGN_IN, { input: { email: p.email, password: p.password } });
    expect(r.data).toBeNull();
    expect(errorOf(r).code).toBe('INTERNAL_SERVER_ERROR');
    expect(errorOf(r).message).not.toBe('E-mail ou senha incorretos.');
    // Nor counted as a failed guess: our fault must not lock the account.
    const counters = await sql(api, `select points from rate_limit where starts_with(key, ?)`, [
      `sign-in:failures:${opaqueKey(p.email)}:`,
    ]);
    expect(counters).toEqual([]);
  });
});

describe('me', () => {
  it('needs a valid session, by Bearer token or by the portal cookie', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    expect((await from(api)(ME, {}, token)).data).toMatchObject({ me: { email: p.email } });

    const byCookie = await api.gql(
      ME,
      {},
      { headers: { cookie: `other=1; delega_session=${encodeURIComponent(token)}` } },
    );
    expect(byCookie.data).toMatchObject({ me: { email: p.email } });

    expect(errorOf(await api.gql(ME)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await from(api)(ME, {}, 'not-a-token')).code).toBe('UNAUTHENTICATED');
    expect(
      errorOf(await from(api)(ME, {}, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).code,
    ).toBe('UNAUTHENTICATED');
  });

  it('shows each user only themselves', async () => {
    const a = await registered(api, { fullName: 'Ana Souza' });
    const b = await registered(api, { fullName: 'Bruno Lima' });
    const ta = await signIn(api, a.email, a.password);
    const tb = await signIn(api, b.email, b.password);
    expect((await from(api)(ME, {}, ta)).data).toMatchObject({
      me: { email: a.email, fullName: 'Ana Souza' },
    });
    expect((await from(api)(ME, {}, tb)).data).toMatchObject({
      me: { email: b.email, fullName: 'Bruno Lima' },
    });
  });

  it('needs a session for the account operations that act on the signed-in user', async () => {
    for (const q of ['mutation { signOut }', 'mutation { requestEmailVerification }']) {
      expect(errorOf(await api.gql(q)).code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('session expiry', () => {
  it('an expired session no longer works; use slides the expiry forward', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    // Last used two minutes ago (use is recorded at most once a minute, after the answer).
    await sql(
      api,
      `update session set expires_at = now() + interval '1 hour', last_seen_at = now() - interval '2 minutes'
        where token_hash = ?`,
      [hashToken(token)],
    );
    expect((await from(api)(ME, {}, token)).data).toMatchObject({ me: { email: p.email } });
    await api.app.services.sessions.settle();
    const [slid] = await sql<{ hours: string }[]>(
      api,
      `select extract(epoch from expires_at - now()) / 3600 as hours from session where token_hash = ?`,
      [hashToken(token)],
    );
    expect(Number(slid!.hours)).toBeGreaterThan(24 * 7 - 1);

    await sql(api, `update session set expires_at = now() - interval '1 second' where token_hash = ?`, [
      hashToken(token),
    ]);
    expect(errorOf(await from(api)(ME, {}, token)).code).toBe('UNAUTHENTICATED');
    // A WebSocket cannot open with it either.
    const ws = wsClient(api, token);
    expect(await closedCode(ws)).toBe(4403);
  });

  it('closes an open WebSocket connection once its session expires', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    const ws = wsClient(api, token);
    await connected(ws);
    const closed = closedCode(ws);
    await sql(api, `update session set expires_at = now() - interval '1 second' where token_hash = ?`, [
      hashToken(token),
    ]);
    await api.app.closeEndedSessionSockets();
    expect(await closed).toBe(4401);
  });
});

describe('signOut', () => {
  it('ends this session only, and closes its open WebSocket connections', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    const other = await signIn(api, p.email, p.password);

    const ws = wsClient(api, token);
    const otherWs = wsClient(api, other);
    await Promise.all([connected(ws), connected(otherWs)]);
    const closed = closedCode(ws);
    let otherClosed = false;
    otherWs.on('closed', () => (otherClosed = true));

    const r = await from(api)('mutation { signOut }', {}, token);
    expect(r).toEqual({ data: { signOut: true } });
    expect(await closed).toBe(4401);

    expect(errorOf(await from(api)(ME, {}, token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await from(api)('mutation { signOut }', {}, token)).code).toBe('UNAUTHENTICATED');
    expect((await from(api)(ME, {}, other)).data).toMatchObject({ me: { email: p.email } });
    await new Promise((r) => setTimeout(r, 200));
    expect(otherClosed).toBe(false);
  });
});
