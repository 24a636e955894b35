import { CPF_CASES, EMAIL_CASES, PERSON_NAME_CASES } from '@delega/shared/people/cases';
import { describe, expect, it } from 'vitest';
import {
  emailProblem,
  fullNameProblem,
  normalizeEmail,
  normalizeFullName,
  parseCpf,
} from './account-input.ts';

const label = <T extends { input: string }>(cases: readonly T[]) =>
  cases.map((c) => [c.input.slice(0, 60), c] as const);

// The table shared with the invitee rules and the portal: same input, same answer, same message.
describe('sign-up input, the shared table', () => {
  it.each(label(PERSON_NAME_CASES))('full name %j', (_l, c) => {
    const name = normalizeFullName(c.input);
    expect(fullNameProblem(name)).toBe(c.message ?? null);
    if (c.value !== undefined) expect(name).toBe(c.value);
  });

  it.each(label(EMAIL_CASES))('e-mail %j', (_l, c) => {
    const email = normalizeEmail(c.input);
    expect(emailProblem(email)).toBe(c.message ?? null);
    if (c.value !== undefined) expect(email).toBe(c.value);
  });

  it.each(label(CPF_CASES))('CPF %j', (_l, c) => {
    expect(parseCpf(c.input)).toEqual(
      c.value !== undefined ? { cpf: c.value, problem: null } : { cpf: null, problem: c.message },
    );
  });
});

describe('sign-up input, messages people read', () => {
  it('asks for first and last name, letters only', () => {
    expect(fullNameProblem(normalizeFullName('   '))).toBe('Informe o nome completo.');
    expect(fullNameProblem(normalizeFullName('Madonna'))).toBe('Informe o nome completo, com sobrenome.');
    expect(fullNameProblem(normalizeFullName('Ana Souza!'))).toBe(
      'Use apenas letras, espaços, apóstrofo e hífen no nome.',
    );
    expect(fullNameProblem(normalizeFullName(`Ana ${'a'.repeat(197)}`))).toBe(
      'O nome pode ter no máximo 200 caracteres.',
    );
  });

  it('explains what is wrong with an e-mail or a CPF', () => {
    expect(emailProblem('')).toBe('Informe o e-mail.');
    expect(emailProblem('maria@')).toMatch(/e-mail válido/);
    expect(emailProblem('joão@exemplo.com')).toMatch(/não use acentos nem ç/);
    expect(parseCpf('').problem).toBe('Informe o CPF.');
    expect(parseCpf('5299822472').problem).toBe('Informe os 11 números do CPF.');
    expect(parseCpf('529.982.247-26').problem).toBe('CPF inválido. Confira os números.');
  });
});
