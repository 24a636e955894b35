import { CPF_CASES, EMAIL_CASES, PERSON_NAME_CASES, type RuleCase } from '@delega/shared/people/cases';
import { describe, expect, it, test } from 'vitest';
import {
  passwordRules,
  validateConfirmation,
  validateCpf,
  validateEmail,
  validateFullName,
  validatePassword,
} from './validation.ts';

const label = (cases: readonly RuleCase[]) => cases.map((c) => [c.input.slice(0, 60), c] as const);

// The table the API's sign-up and invitee tests run too: the portal shows exactly the API's message,
// and accepts exactly what the API accepts.
describe('the shared table', () => {
  it.each(label(PERSON_NAME_CASES))('full name %j', (_l, c) =>
    expect(validateFullName(c.input)).toBe(c.message),
  );
  it.each(label(EMAIL_CASES))('e-mail %j', (_l, c) => expect(validateEmail(c.input)).toBe(c.message));
  it.each(label(CPF_CASES))('CPF %j', (_l, c) => expect(validateCpf(c.input)).toBe(c.message));
});

test('full name needs first and last name', () => {
  expect(validateFullName('')).toMatch(/Informe/);
  expect(validateFullName('Ana')).toMatch(/sobrenome/);
  expect(validateFullName('  Ana   Beatriz  Rocha ')).toBeUndefined();
  expect(validateFullName("Maria D'Ávila-Souza")).toBeUndefined();
  expect(validateFullName('Ana 123')).toMatch(/apenas letras/);
});

test('CPF uses the shared check digits', () => {
  expect(validateCpf('')).toMatch(/Informe/);
  expect(validateCpf('529.982.247')).toMatch(/11 números/);
  expect(validateCpf('529.982.247-26')).toMatch(/inválido/);
  expect(validateCpf('111.111.111-11')).toMatch(/inválido/);
  expect(validateCpf('529.982.247-25')).toBeUndefined();
});

test('e-mail and password', () => {
  expect(validateEmail('ana@')).toMatch(/E-mail inválido/);
  expect(validateEmail('joão@exemplo.com')).toMatch(/acentos/);
  expect(validateEmail(' ana@exemplo.com.br ')).toBeUndefined();
  expect(validatePassword('curta')).toMatch(/8 caracteres/);
  expect(validatePassword('ação🙂ç🙂ç')).toBeUndefined(); // 8 characters, more UTF-16 units
  expect(validatePassword('x'.repeat(129))).toMatch(/no máximo 128/);
  expect(validatePassword('Energia#Limpa42')).toBeUndefined();
  expect(passwordRules('1234567')).toEqual([{ label: 'Pelo menos 8 caracteres', ok: false }]);
  expect(validateConfirmation('a', 'b')).toMatch(/não são iguais/);
});
