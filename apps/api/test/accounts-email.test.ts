// E-mail verification and password reset, end to end through the outbox and the development mailbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/common/tokens.ts';
import {
  closedCode,
  connected,
  disposeAll,
  errorOf,
  from,
  ME,
  outbox,
  SIGN_IN,
  sql,
  tokenFromLinks,
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

const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const REQUEST_VERIFICATION = `mutation { requestEmailVerification }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

/** The development mailbox (GET /dev/mailbox?to=…), newest first. */
async function mailbox(email: string): Promise<Array<{ template: string; links: string[] }>> {
  const res = await fetch(`${api.url.replace('/graphql', '')}/dev/mailbox?to=${encodeURIComponent(email)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: Array<{ template: string; links: string[] }> }).messages;
}

describe('e-mail verification', () => {
  it('confirms the address with the link from the sign-up e-mail, once', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    expect((await from(api)(ME, {}, token)).data).toMatchObject({ me: { emailVerified: false } });

    const link = tokenFromLinks(
      (await outbox(api, p.email))[0]!.links,
      'http://portal.test/verificar-email?token=',
    );
    expect(await from(api)(VERIFY, { token: link })).toEqual({ data: { verifyEmail: true } });
    expect((await from(api)(ME, {}, token)).data).toMatchObject({ me: { emailVerified: true } });

    const again = errorOf(await from(api)(VERIFY, { token: link }));
    expect(again.code).toBe('VALIDATION_FAILED');
    expect(again.message).toMatch(/inválido, já foi usado ou expirou/);
    expect(again.extensions.fields).toEqual({ token: again.message });
  });

  it('refuses unknown and expired links', async () => {
    expect(errorOf(await from(api)(VERIFY, { token: 'x'.repeat(43) })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await from(api)(VERIFY, { token: '' })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await from(api)(VERIFY, { token: 'x'.repeat(5000) })).code).toBe('VALIDATION_FAILED');

    const p = await registered(api);
    const link = tokenFromLinks(
      (await outbox(api, p.email))[0]!.links,
      'http://portal.test/verificar-email?token=',
    );
    await sql(api, `update account_token set expires_at = now() - interval '1 second' where token_hash = ?`, [
      hashToken(link),
    ]);
    expect(errorOf(await from(api)(VERIFY, { token: link })).code).toBe('VALIDATION_FAILED');
    const token = await signIn(api, p.email, p.password);
    expect((await from(api)(ME, {}, token)).data).toMatchObject({ me: { emailVerified: false } });
  });

  it('sends a new link on request while unverified; nothing once verified', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    expect(await from(api)(REQUEST_VERIFICATION, {}, token)).toEqual({
      data: { requestEmailVerification: true },
    });
    const mail = await outbox(api, p.email);
    expect(mail.map((m) => m.template)).toEqual(['email-verification', 'email-verification']);

    // The newer link works (the older one would too, until it expires).
    const newer = tokenFromLinks(mail[1]!.links, 'http://portal.test/verificar-email?token=');
    expect((await from(api)(VERIFY, { token: newer })).data).toEqual({ verifyEmail: true });

    expect((await from(api)(REQUEST_VERIFICATION, {}, token)).data).toEqual({
      requestEmailVerification: true,
    });
    expect(await outbox(api, p.email)).toHaveLength(2);
  });

  it('limits how many links a user can ask for', async () => {
    const p = await registered(api);
    const token = await signIn(api, p.email, p.password);
    for (let i = 0; i < 5; i++)
      expect((await from(api)(REQUEST_VERIFICATION, {}, token)).errors).toBeUndefined();
    const e = errorOf(await from(api)(REQUEST_VERIFICATION, {}, token));
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBeGreaterThan(3000);
    expect(await outbox(api, p.email)).toHaveLength(6); // sign-up + 5
  });
});

describe('password reset ("Esqueci minha senha")', () => {
  it('works end to end through the development mailbox and ends every session', async () => {
    const p = await registered(api);
    const s1 = await signIn(api, p.email, p.password);
    const s2 = await signIn(api, p.email, p.password);
    const ws = wsClient(api, s1);
    await connected(ws);
    const wsClosed = closedCode(ws);

    expect(await from(api)(REQUEST_RESET, { email: ` ${p.email.toUpperCase()} ` })).toEqual({
      data: { requestPasswordReset: true },
    });
    const [latest] = await mailbox(p.email);
    expect(latest!.template).toBe('password-reset');
    const token = tokenFromLinks(latest!.links, 'http://portal.test/redefinir-senha?token=');
    const [stored] = await sql<{ minutes: string }[]>(
      api,
      `select extract(epoch from expires_at - now()) / 60 as minutes from account_token where token_hash = ? and purpose = 'PASSWORD_RESET'`,
      [hashToken(token)],
    );
    expect(Number(stored!.minutes)).toBeCloseTo(60, 0);

    // The policy applies; a refused password does not use up the link.
    const weak = errorOf(await from(api)(RESET, { input: { token, password: 'senha123' } }));
    expect(weak.code).toBe('VALIDATION_FAILED');
    expect(weak.extensions.fields).toEqual({
      'input.password': expect.stringMatching(/muito comum/) as unknown,
    });
    const sameAsEmail = errorOf(await from(api)(RESET, { input: { token, password: p.email } }));
    expect(sameAsEmail.extensions.fields).toEqual({
      'input.password': expect.stringMatching(/e-mail ou CPF/) as unknown,
    });

    const newPassword = 'Outra frase bem longa';
    expect(await from(api)(RESET, { input: { token, password: newPassword } })).toEqual({
      data: { resetPassword: true },
    });

    // Every old session is dead, including its WebSocket.
    expect(await wsClosed).toBe(4401);
    for (const s of [s1, s2]) expect(errorOf(await from(api)(ME, {}, s)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await from(api)(SIGN_IN, { input: { email: p.email, password: p.password } })).code).toBe(
      'UNAUTHENTICATED',
    );
    const fresh = await signIn(api, p.email, newPassword);
    // The link proved the mailbox.
    expect((await from(api)(ME, {}, fresh)).data).toMatchObject({ me: { emailVerified: true } });

    // Single use.
    const reuse = errorOf(await from(api)(RESET, { input: { token, password: 'Mais uma frase longa' } }));
    expect(reuse.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(reuse.extensions.fields as object)).toEqual(['input.token']);
    expect((await from(api)(ME, {}, fresh)).data).toMatchObject({ me: { email: p.email } });
  });

  it('answers true for an unknown address and sends nothing', async () => {
    const email = `ninguem.${Date.now()}@exemplo.com.br`;
    expect(await from(api)(REQUEST_RESET, { email })).toEqual({ data: { requestPasswordReset: true } });
    expect(await outbox(api, email)).toEqual([]);
    expect(errorOf(await from(api)(REQUEST_RESET, { email: 'not an e-mail' })).extensions.fields).toEqual({
      email: expect.stringMatching(/e-mail válido/) as unknown,
    });
  });

  it('refuses an expired link, and an earlier link once a later one was used', async () => {
    const p = await registered(api);
    await from(api)(REQUEST_RESET, { email: p.email });
    await from(api)(REQUEST_RESET, { email: p.email });
    const [second, first] = (await mailbox(p.email)).filter((m) => m.template === 'password-reset');
    const t1 = tokenFromLinks(first!.links, 'http://portal.test/redefinir-senha?token=');
    const t2 = tokenFromLinks(second!.links, 'http://portal.test/redefinir-senha?token=');

    await sql(api, `update account_token set expires_at = now() - interval '1 second' where token_hash = ?`, [
      hashToken(t2),
    ]);
    expect(
      errorOf(await from(api)(RESET, { input: { token: t2, password: 'Frase nova e longa' } })).code,
    ).toBe('VALIDATION_FAILED');
    await sql(api, `update account_token set expires_at = now() + interval '1 hour' where token_hash = ?`, [
      hashToken(t2),
    ]);
    expect((await from(api)(RESET, { input: { token: t2, password: 'Frase nova e longa' } })).data).toEqual({
      resetPassword: true,
    });
    expect(
      errorOf(await from(api)(RESET, { input: { token: t1, password: 'Frase nova e longa 2' } })).code,
    ).toBe('VALIDATION_FAILED');
    await signIn(api, p.email, 'Frase nova e longa');
  });

  it('a verification token is not a reset token, nor the other way round', async () => {
    const p = await registered(api);
    const verification = tokenFromLinks(
      (await outbox(api, p.email))[0]!.links,
      'http://portal.test/verificar-email?token=',
    );
    expect(
      errorOf(await from(api)(RESET, { input: { token: verification, password: 'Frase nova e longa' } }))
        .code,
    ).toBe('VALIDATION_FAILED');
    await from(api)(REQUEST_RESET, { email: p.email });
    const reset = tokenFromLinks(
      (await outbox(api, p.email)).at(-1)!.links,
      'http://portal.test/redefinir-senha?token=',
    );
    expect(errorOf(await from(api)(VERIFY, { token: reset })).code).toBe('VALIDATION_FAILED');
  });

  it('concurrent uses of one link: exactly one succeeds', async () => {
    const p = await registered(api);
    await from(api)(REQUEST_RESET, { email: p.email });
    const token = tokenFromLinks(
      (await outbox(api, p.email)).at(-1)!.links,
      'http://portal.test/redefinir-senha?token=',
    );
    const results = await Promise.all(
      ['Primeira frase longa', 'Segunda frase longa', 'Terceira frase longa'].map((password) =>
        from(api)(RESET, { input: { token, password } }),
      ),
    );
    expect(results.filter((r) => r.data?.resetPassword === true)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r).code === 'VALIDATION_FAILED')).toHaveLength(2);
  });
});
