import { hashToken } from '../src/common/tokens.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorOf,
  from,
  newPerson,
  outbox,
  SIGN_IN,
  SIGN_UP,
  sql,
  tokenFromLinks,
} from './accounts-helpers.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { TRUST_PROXY: 'true' } });
});
afterAll(() => api.close());

const users = (email: string) =>
  sql<{ n: string }[]>(api, `select count(*) as n from app_user where email = ?`, [email]);

describe('signUp', () => {
  it('creates the account, hashes the password with argon2id and e-mails a verification link', async () => {
    const person = newPerson({ email: '  Maria.NOVA@Exemplo.com.BR ', cpf: '529.982.247-25' });
    const r = await from(api)(SIGN_UP, { input: person });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      signUp: {
        email: 'maria.nova@exemplo.com.br',
        message: expect.stringContaining('maria.nova@exemplo.com.br') as unknown,
      },
    });

    const [row] = await sql<
      { id: string; cpf: string; full_name: string; password_hash: string; email_verified_at: Date | null }[]
    >(api, `select id, cpf, full_name, password_hash, email_verified_at from app_user where email = ?`, [
      'maria.nova@exemplo.com.br',
    ]);
    expect(row).toMatchObject({ cpf: '52998224725', full_name: person.fullName, email_verified_at: null });
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(row!.password_hash).not.toContain(person.password);

    const mail = await outbox(api, 'maria.nova@exemplo.com.br');
    expect(mail.map((m) => m.template)).toEqual(['email-verification']);
    const token = tokenFromLinks(mail[0]!.links, 'http://portal.test/verificar-email?token=');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url

    // Only the SHA-256 is stored, valid for 24 hours.
    const tokens = await sql<{ token_hash: string; purpose: string; hours: number }[]>(
      api,
      `select token_hash, purpose, extract(epoch from expires_at - now()) / 3600 as hours from account_token where user_id = ?`,
      [row!.id],
    );
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ token_hash: hashToken(token), purpose: 'EMAIL_VERIFICATION' });
    expect(Number(tokens[0]!.hours)).toBeCloseTo(24, 0);

    // Not signed in by sign-up, but can sign in right away, before verifying.
    const signIn = await from(api)(SIGN_IN, {
      input: { email: 'maria.nova@exemplo.com.br', password: person.password },
    });
    expect(signIn.data).toMatchObject({
      signIn: { user: { email: 'maria.nova@exemplo.com.br', cpf: '529.982.247-25', emailVerified: false } },
    });
  });

  describe('validation, field by field, in Portuguese', () => {
    const cases: Array<[string, Record<string, string>, string, RegExp]> = [
      ['fullName', { fullName: 'Maria' }, 'input.fullName', /sobrenome/],
      ['fullName', { fullName: 'Maria 123' }, 'input.fullName', /apenas letras/],
      ['fullName', { fullName: '   ' }, 'input.fullName', /Informe o nome completo/],
      ['fullName', { fullName: `Maria ${'a'.repeat(200)}` }, 'input.fullName', /máximo 200/],
      ['cpf', { cpf: '123' }, 'input.cpf', /11 números/],
      ['cpf', { cpf: '529.982.247-26' }, 'input.cpf', /CPF inválido/],
      ['cpf', { cpf: '' }, 'input.cpf', /Informe o CPF/],
      ['email', { email: 'maria@' }, 'input.email', /e-mail válido/],
      ['email', { email: '' }, 'input.email', /Informe o e-mail/],
      [
        'email',
        {
          email: `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.com.br`,
        },
        'input.email',
        /máximo 254/,
      ],
      ['password', { password: 'curta1' }, 'input.password', /pelo menos 8/],
      ['password', { password: 'x'.repeat(129) }, 'input.password', /máximo 128/],
      ['password', { password: '12345678' }, 'input.password', /muito comum/],
      ['password', { password: 'senha123' }, 'input.password', /muito comum/],
      ['password', { password: 'Brasil2026' }, 'input.password', /muito comum/],
    ];
    it.each(cases)('%s: %j', async (_field, override, path, message) => {
      const person = newPerson(override);
      const r = await from(api)(SIGN_UP, { input: person });
      const e = errorOf(r);
      expect(e.code).toBe('VALIDATION_FAILED');
      expect(e.message).toBe('Alguns dados estão incorretos. Confira os campos indicados.');
      expect(Object.keys(e.extensions.fields as object)).toEqual([path]);
      expect((e.extensions.fields as Record<string, string>)[path]).toMatch(message);
      expect(r.data).toBeNull();
      if (person.email.includes('@exemplo.com.br'))
        expect((await users(person.email.trim()))[0]!.n).toBe('0');
    });

    it('refuses a password equal to the e-mail or the CPF', async () => {
      const p1 = newPerson();
      const r1 = await from(api)(SIGN_UP, { input: { ...p1, password: p1.email.toUpperCase() } });
      expect(errorOf(r1).extensions.fields).toEqual({
        'input.password': 'A senha não pode ser igual ao seu e-mail ou CPF.',
      });
      const p2 = newPerson();
      const r2 = await from(api)(SIGN_UP, { input: { ...p2, password: p2.cpf } });
      expect(errorOf(r2).extensions.fields).toEqual({
        'input.password': 'A senha não pode ser igual ao seu e-mail ou CPF.',
      });
    });

    it('reports every bad field at once', async () => {
      const r = await from(api)(SIGN_UP, {
        input: { fullName: 'X', cpf: '000', email: 'nope', password: '123' },
      });
      expect(Object.keys(errorOf(r).extensions.fields as object).sort()).toEqual([
        'input.cpf',
        'input.email',
        'input.fullName',
        'input.password',
      ]);
    });
  });

  describe('an e-mail or CPF that already has an account', () => {
    it('answers exactly as for a new account, creates nothing, and tells the owner instead', async () => {
      const owner = newPerson({ fullName: 'Ana Beatriz Lima' });
      await from(api)(SIGN_UP, { input: owner });
      const before = await outbox(api, owner.email);
      expect(before.map((m) => m.template)).toEqual(['email-verification']);

      // Same e-mail (typed differently), another CPF and name.
      const stranger = newPerson({ email: ` ${owner.email.toUpperCase()}`, fullName: 'Outra Pessoa' });
      const dup = await from(api)(SIGN_UP, { input: stranger });
      const fresh = newPerson();
      const ok = await from(api)(SIGN_UP, { input: fresh });
      expect(dup.errors).toBeUndefined();
      expect(Object.keys(dup.data!.signUp as object)).toEqual(Object.keys(ok.data!.signUp as object));
      expect((dup.data!.signUp as { email: string; message: string }).message).toBe(
        (ok.data!.signUp as { message: string }).message.replace(fresh.email, owner.email),
      );
      expect((await users(owner.email))[0]!.n).toBe('1');
      expect(
        (
          await sql<{ n: string }[]>(api, `select count(*) as n from app_user where cpf = ?`, [stranger.cpf])
        )[0]!.n,
      ).toBe('0');

      const after = await outbox(api, owner.email);
      expect(after.map((m) => m.template)).toEqual(['email-verification', 'account-exists']);
      expect(after[1]!.links).toEqual(
        expect.arrayContaining(['http://portal.test/entrar', 'http://portal.test/esqueci-minha-senha']),
      );
      // The stranger's password did not replace the owner's.
      const signIn = await from(api)(SIGN_IN, { input: { email: owner.email, password: owner.password } });
      expect(signIn.errors).toBeUndefined();
    });

    it('a known CPF with a new e-mail: nothing goes to the new address, the CPF owner is told', async () => {
      const owner = newPerson({ fullName: 'Carlos Eduardo Melo' });
      await from(api)(SIGN_UP, { input: owner });
      const stranger = newPerson({ cpf: owner.cpf });
      const r = await from(api)(SIGN_UP, { input: stranger });
      expect(r.data).toEqual({ signUp: { email: stranger.email, message: expect.any(String) as unknown } });
      expect(await outbox(api, stranger.email)).toEqual([]);
      expect((await users(stranger.email))[0]!.n).toBe('0');
      expect((await outbox(api, owner.email)).map((m) => m.template)).toEqual([
        'email-verification',
        'account-exists',
      ]);
    });

    it('two different owners (one by e-mail, one by CPF) are both told', async () => {
      const a = newPerson({ fullName: 'Ana Souza' });
      const b = newPerson({ fullName: 'Bruno Souza' });
      await from(api)(SIGN_UP, { input: a });
      await from(api)(SIGN_UP, { input: b });
      await from(api)(SIGN_UP, { input: newPerson({ email: a.email, cpf: b.cpf }) });
      expect((await outbox(api, a.email)).at(-1)!.template).toBe('account-exists');
      expect((await outbox(api, b.email)).at(-1)!.template).toBe('account-exists');
    });

    it('concurrent registrations of the same e-mail create one account', async () => {
      const person = newPerson();
      const results = await Promise.all(
        [0, 1, 2, 3].map(() => from(api)(SIGN_UP, { input: { ...person, cpf: newPerson().cpf } })),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      expect((await users(person.email))[0]!.n).toBe('1');
    });
  });
});
