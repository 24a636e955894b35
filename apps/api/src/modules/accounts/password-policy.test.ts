import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('accepts a reasonable password', () => {
    expect(passwordProblem('Cafe com leite às 7')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('requires 8 to 128 characters, counting accented letters and emoji once', () => {
    expect(passwordProblem('')).toBe('Crie uma senha.');
    expect(passwordProblem('Ab1#xyz')).toBe('A senha precisa ter pelo menos 8 caracteres.');
    expect(passwordProblem('ação🙂ç')).toMatch(/pelo menos 8/); // 6 characters, more UTF-16 units
    expect(passwordProblem('x'.repeat(120) + 'ABCDEFGH')).toBeNull();
    expect(passwordProblem('x'.repeat(128) + 'y')).toBe('A senha pode ter no máximo 128 caracteres.');
  });

  it.each([
    '12345678',
    'senha123',
    'Senha123',
    'brasil2026',
    'BRASIL2026',
    'flamengo',
    'password',
    'qwertyuiop',
  ])('refuses the common password %s', (p) => {
    expect(passwordProblem(p)).toBe('Esta senha é muito comum e fácil de adivinhar. Escolha outra.');
  });

  it('refuses one repeated character and runs of digits', () => {
    expect(passwordProblem('aaaaaaaaaa')).toMatch(/muito comum/);
    expect(passwordProblem('23456789')).toMatch(/muito comum/);
    expect(passwordProblem('9876543210')).toMatch(/muito comum/);
    expect(passwordProblem('13572468')).toBeNull();
  });

  it('refuses the e-mail (or its name part) and the CPF, formatted or not', () => {
    const owner = { email: 'maria.silva@exemplo.com.br', cpf: '52998224725' };
    expect(passwordProblem('Maria.Silva@Exemplo.com.br', owner)).toBe(
      'A senha não pode ser igual ao seu e-mail ou CPF.',
    );
    expect(passwordProblem('maria.silva', owner)).toMatch(/igual ao seu e-mail/);
    expect(passwordProblem('52998224725', owner)).toMatch(/ou CPF/);
    expect(passwordProblem('529.982.247-25', owner)).toMatch(/ou CPF/);
    expect(passwordProblem('52998224725x', owner)).toBeNull();
  });
});
