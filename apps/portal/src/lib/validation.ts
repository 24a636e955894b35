// Client-side checks that mirror the API's rules, so mistakes show as the person types. The API stays
// the authority: its `extensions.fields` messages replace these when it disagrees.
import { isValidCpf } from '@delega/shared/documents';

export type Errors = Record<string, string | undefined>;

export function validateFullName(value: string): string | undefined {
  const v = value.trim().replace(/\s+/g, ' ');
  if (!v) return 'Informe o nome completo.';
  if (v.split(' ').length < 2) return 'Informe nome e sobrenome.';
  if (v.length > 200) return 'O nome pode ter até 200 caracteres.';
  if (/[0-9@_#$%&*+=<>{}[\]|\\/]/.test(v)) return 'Use apenas letras, espaços, apóstrofo e hífen.';
  return undefined;
}

export function validateCpf(value: string): string | undefined {
  const digits = value.replace(/\D/g, '');
  if (!digits) return 'Informe o CPF.';
  if (digits.length < 11) return 'O CPF tem 11 dígitos.';
  if (!isValidCpf(value)) return 'CPF inválido. Confira os números.';
  return undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function validateEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Informe o e-mail.';
  if (!EMAIL.test(v) || v.length > 254) return 'E-mail inválido. Exemplo: nome@provedor.com.br';
  return undefined;
}

export interface PasswordRule {
  label: string;
  ok: boolean;
}

export function passwordRules(value: string): PasswordRule[] {
  return [{ label: 'Pelo menos 8 caracteres', ok: value.length >= 8 }];
}

export function validatePassword(value: string): string | undefined {
  if (!value) return 'Crie uma senha.';
  if (value.length < 8) return 'A senha precisa ter pelo menos 8 caracteres.';
  if (value.length > 128) return 'A senha pode ter até 128 caracteres.';
  return undefined;
}

export function validateConfirmation(password: string, confirmation: string): string | undefined {
  if (!confirmation) return 'Repita a senha.';
  if (password !== confirmation) return 'As senhas não são iguais.';
  return undefined;
}

export function hasErrors(errors: Errors): boolean {
  return Object.values(errors).some(Boolean);
}
