import { describe, expect, it } from 'vitest';
import {
  checkCpf,
  checkEmail,
  checkPasswordLength,
  checkPersonName,
  comparablePersonName,
  firstName,
  normalizeEmail,
  PASSWORD_MESSAGES,
  problemOf,
  type RuleResult,
} from './index.ts';
import { CPF_CASES, EMAIL_CASES, PERSON_NAME_CASES, type RuleCase } from './rule-cases.ts';

/** What a row of the shared table expects from a rule. */
const expected = (c: RuleCase): RuleResult =>
  c.message === undefined ? { ok: true, value: c.value! } : { ok: false, message: c.message };

describe.each([
  ['person name', checkPersonName, PERSON_NAME_CASES],
  ['e-mail', checkEmail, EMAIL_CASES],
  ['CPF', checkCpf, CPF_CASES],
] as const)('%s: the shared table', (_rule, check, cases) => {
  it.each(cases.map((c) => [c.input.slice(0, 60), c] as const))('%j', (_label, c) => {
    expect(check(c.input)).toEqual(expected(c));
  });
});

describe('rule table', () => {
  it('every row is either accepted with a value or refused with a message', () => {
    for (const c of [...PERSON_NAME_CASES, ...EMAIL_CASES, ...CPF_CASES]) {
      expect((c.value === undefined) !== (c.message === undefined), c.input).toBe(true);
    }
  });

  it('accepted values are stable: checking the stored value again gives it back', () => {
    for (const [check, cases] of [
      [checkPersonName, PERSON_NAME_CASES],
      [checkEmail, EMAIL_CASES],
      [checkCpf, CPF_CASES],
    ] as const) {
      for (const c of cases.filter((x) => x.value !== undefined)) {
        expect(check(c.value!)).toEqual({ ok: true, value: c.value });
      }
    }
  });
});

describe('names', () => {
  it('compares names ignoring case, accents, apostrophe style and repeated spaces', () => {
    expect(comparablePersonName('  JOSÉ   Antônio da  Conceição ')).toBe('jose antonio da conceicao');
    expect(comparablePersonName('Maria D’Ávila')).toBe(comparablePersonName("maria d'avila"));
  });

  it('shows only the first name', () => {
    expect(firstName('  Maria   da Silva')).toBe('Maria');
    expect(firstName('')).toBe('');
  });
});

describe('e-mail', () => {
  it('normalises without checking (sign-in, look-ups)', () => {
    expect(normalizeEmail('  Ana@Exemplo.COM ')).toBe('ana@exemplo.com');
  });
});

describe('password length', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(checkPasswordLength('')).toEqual({ ok: false, message: PASSWORD_MESSAGES.required });
    expect(problemOf(checkPasswordLength('Ab1#xyz'))).toBe('A senha precisa ter pelo menos 8 caracteres.');
    expect(problemOf(checkPasswordLength('ação🙂ç'))).toBe(PASSWORD_MESSAGES.tooShort); // 6 characters
    expect(checkPasswordLength('Energia#Limpa42')).toEqual({ ok: true, value: 'Energia#Limpa42' });
    expect(problemOf(checkPasswordLength('🙂'.repeat(128)))).toBeNull();
    expect(problemOf(checkPasswordLength('x'.repeat(129)))).toBe(
      'A senha pode ter no máximo 128 caracteres.',
    );
  });
});
