// What people type when registering, checked by the rules shared with the portal and with invites
// (@delega/shared/people): the same input gets the same answer and message everywhere. Each
// function returns a Portuguese message for the field, or null when the value is acceptable.
import {
  checkCpf,
  checkEmail,
  checkPersonName,
  EMAIL_MAX_LENGTH,
  normalizeEmail,
  normalizePersonName,
  PERSON_NAME_MAX_LENGTH,
  problemOf,
} from '@delega/shared/people';

export { EMAIL_MAX_LENGTH, normalizeEmail };
export const FULL_NAME_MAX_LENGTH = PERSON_NAME_MAX_LENGTH;

/** Composes accents (NFC), unifies apostrophes and hyphens, collapses white space: stored one way. */
export const normalizeFullName = normalizePersonName;

export function fullNameProblem(normalized: string): string | null {
  return problemOf(checkPersonName(normalized));
}

export function emailProblem(normalized: string): string | null {
  return problemOf(checkEmail(normalized));
}

/** The CPF as 11 digits, or a message. Accepts it formatted (529.982.247-25) or not. */
export function parseCpf(value: string): { cpf: string; problem: null } | { cpf: null; problem: string } {
  const result = checkCpf(value);
  return result.ok ? { cpf: result.value, problem: null } : { cpf: null, problem: result.message };
}
