// Client-side checks so mistakes show as the person types: the very rules and messages the API applies
// (@delega/shared/people), so the portal and the API never disagree. The API stays the authority: its
// `extensions.fields` messages are shown when it answers.
import {
  checkCpf,
  checkEmail,
  checkPasswordLength,
  checkPersonName,
  PASSWORD_MIN_LENGTH,
  type RuleResult,
} from '@delega/shared/people';

export type Errors = Record<string, string | undefined>;

const messageOf = (result: RuleResult): string | undefined => (result.ok ? undefined : result.message);

export const validateFullName = (value: string): string | undefined => messageOf(checkPersonName(value));
export const validateCpf = (value: string): string | undefined => messageOf(checkCpf(value));
export const validateEmail = (value: string): string | undefined => messageOf(checkEmail(value));
/** Length only: the API also refuses common passwords and the account's own e-mail or CPF. */
export const validatePassword = (value: string): string | undefined => messageOf(checkPasswordLength(value));

export interface PasswordRule {
  label: string;
  ok: boolean;
}

/** The checklist under the password field. */
export function passwordRules(value: string): PasswordRule[] {
  return [
    { label: `Pelo menos ${PASSWORD_MIN_LENGTH} caracteres`, ok: [...value].length >= PASSWORD_MIN_LENGTH },
  ];
}

export function validateConfirmation(password: string, confirmation: string): string | undefined {
  if (!confirmation) return 'Repita a senha.';
  if (password !== confirmation) return 'As senhas não são iguais.';
  return undefined;
}
