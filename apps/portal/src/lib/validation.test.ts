import { expect, test } from 'vitest';
import {
  validateConfirmation,
  validateCpf,
  validateEmail,
  validateFullName,
  validatePassword,
} from './validation.ts';

test('full name needs first and last name', () => {
  expect(validateFullName('')).toMatch(/Informe/);
  expect(validateFullName('Ana')).toMatch(/sobrenome/);
  expect(validateFullName('  Ana   Beatriz  Rocha ')).toBeUndefined();
  expect(validateFullName("Maria D'Ávila-Souza")).toBeUndefined();
  expect(validateFullName('Ana 123')).toMatch(/apenas letras/);
});

test('CPF uses the shared check digits', () => {
  expect(validateCpf('')).toMatch(/Informe/);
  expect(validateCpf('529.982.247')).toMatch(/11 dígitos/);
  expect(validateCpf('529.982.247-26')).toMatch(/inválido/);
  expect(validateCpf('111.111.111-11')).toMatch(/inválido/);
  expect(validateCpf('529.982.247-25')).toBeUndefined();
});

test('e-mail and password', () => {
  expect(validateEmail('ana@')).toMatch(/inválido/);
  expect(validateEmail(' ana@exemplo.com.br ')).toBeUndefined();
  expect(validatePassword('curta')).toMatch(/8 caracteres/);
  expect(validatePassword('Energia#Limpa42')).toBeUndefined();
  expect(validateConfirmation('a', 'b')).toMatch(/não são iguais/);
});
