import { describe, expect, it } from 'vitest';
import {
  emailProblem,
  fullNameProblem,
  normalizeEmail,
  normalizeFullName,
  parseCpf,
} from './account-input.ts';

const name = (v: string) => fullNameProblem(normalizeFullName(v));
const email = (v: string) => emailProblem(normalizeEmail(v));

describe('full name', () => {
  it('normalises spaces and accents', () => {
    expect(normalizeFullName('  José\u00a0 da   Silva ')).toBe('José da Silva');
    expect(normalizeFullName('Jose\u0301 Silva')).toBe('José Silva'); // decomposed accent → composed
  });

  it.each([
    'Ana Souza',
    'José da Silva',
    "Maria D'Ávila",
    'Ana-Maria Conceição',
    'João Pedro Souza Jr.',
    'Zoë Ñandú',
  ])('accepts %s', (v) => expect(name(v)).toBeNull());

  it('asks for first and last name', () => {
    expect(name('')).toBe('Informe seu nome completo.');
    expect(name('   ')).toBe('Informe seu nome completo.');
    expect(name('Madonna')).toBe('Informe seu nome completo, com sobrenome.');
  });

  it.each(['Ana Souza 2', 'Ana <b>Souza</b>', 'Ana Souza!', "Ana '", 'Ana --Souza', 'R2D2 Silva'])(
    'refuses %s',
    (v) => {
      expect(name(v)).toBe('Use apenas letras no nome.');
    },
  );

  it('limits the length to 200 characters', () => {
    expect(name(`Ana ${'a'.repeat(195)}`)).toBeNull();
    expect(name(`Ana ${'a'.repeat(197)}`)).toBe('O nome pode ter no máximo 200 caracteres.');
  });
});

describe('e-mail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Maria.Silva@Exemplo.COM.br ')).toBe('maria.silva@exemplo.com.br');
  });

  it.each(['maria@exemplo.com.br', 'maria.silva+portal@sub.exemplo.com', "o'neil@exemplo.io"])(
    'accepts %s',
    (v) => expect(email(v)).toBeNull(),
  );

  it.each([
    'maria',
    'maria@',
    '@exemplo.com',
    'maria@exemplo',
    'ma ria@exemplo.com',
    'maria..silva@exemplo.com',
    '.maria@exemplo.com',
    'maria@-exemplo.com',
    'maria@exemplo.c0m',
    'maria@@exemplo.com',
  ])('refuses %s', (v) => expect(email(v)).toBe('Informe um e-mail válido, como nome@exemplo.com.br.'));

  it('requires a value and at most 254 characters', () => {
    expect(email('')).toBe('Informe seu e-mail.');
    expect(email(`${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`)).toBeNull();
    expect(
      email(`${'a'.repeat(10)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`),
    ).toBe('O e-mail pode ter no máximo 254 caracteres.');
    expect(email(`${'a'.repeat(65)}@exemplo.com`)).toMatch(/e-mail válido/);
  });
});

describe('CPF', () => {
  it('accepts formatted and bare CPFs, returning digits', () => {
    expect(parseCpf('529.982.247-25')).toEqual({ cpf: '52998224725', problem: null });
    expect(parseCpf(' 52998224725 ')).toEqual({ cpf: '52998224725', problem: null });
  });

  it('explains what is wrong', () => {
    expect(parseCpf('').problem).toBe('Informe seu CPF.');
    expect(parseCpf('5299822472').problem).toBe('Informe os 11 números do CPF.');
    expect(parseCpf('529.982.247-2a').problem).toBe('Informe os 11 números do CPF.');
    expect(parseCpf('529.982.247-26').problem).toBe('CPF inválido. Confira os números.');
    expect(parseCpf('111.111.111-11').problem).toBe('CPF inválido. Confira os números.');
  });
});
