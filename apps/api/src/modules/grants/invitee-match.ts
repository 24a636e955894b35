// The invitee as the titular types them, and how they are matched with the account that accepts.
// The name, CPF and e-mail rules are sign-up's own (@delega/shared/people): an invite can only go to
// someone who can register with those same data, and the titular reads the same messages.
import {
  checkCpf,
  checkEmail,
  checkPersonName,
  comparablePersonName,
  firstName as firstWord,
  normalizeEmail,
  normalizePersonName,
} from '@delega/shared/people';
import { normalizeCpf } from '@delega/shared/documents';
import type { FieldErrors } from '../../common/errors.ts';

export { normalizeEmail };

/** Name as compared at acceptance: no accents, lower case, single spaces ("JOSÉ  da Silva" = "jose da silva"). */
export const comparableName = comparablePersonName;

/** Name as stored: trimmed, single spaces, case and accents kept as typed. */
export const tidyName = normalizePersonName;

export interface InviteeData {
  fullName: string;
  cpf: string;
  email: string;
}

/**
 * Validates and normalises the invitee as the titular typed them. Messages are pt-BR, keyed by input
 * path (`invitee.fullName` …) for the form.
 */
export function validateInvitee(
  input: InviteeData,
  titularCpf: string,
): { value: InviteeData; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = checkPersonName(input.fullName ?? '');
  if (!name.ok) errors['invitee.fullName'] = name.message;
  const cpf = checkCpf(input.cpf ?? '');
  if (!cpf.ok) errors['invitee.cpf'] = cpf.message;
  else if (cpf.value === titularCpf) errors['invitee.cpf'] = 'Você não pode conceder acesso a si mesmo.';
  const email = checkEmail(input.email ?? '');
  if (!email.ok) errors['invitee.email'] = email.message;
  return {
    value: {
      fullName: name.ok ? name.value : tidyName(input.fullName ?? ''),
      cpf: cpf.ok ? cpf.value : (normalizeCpf(input.cpf ?? '') ?? ''),
      email: email.ok ? email.value : normalizeEmail(input.email ?? ''),
    },
    errors,
  };
}

/**
 * Which of the account's fields differ from what the titular typed (name ignoring case, accents and
 * repeated spaces; CPF normalised; e-mail lower-case). Empty when they all match.
 */
export function inviteeMismatches(account: InviteeData, invited: InviteeData): FieldErrors {
  const fields: FieldErrors = {};
  if (comparableName(account.fullName) !== comparableName(invited.fullName)) {
    fields.fullName = 'O nome completo da sua conta é diferente do nome informado pelo titular.';
  }
  if ((normalizeCpf(account.cpf) ?? account.cpf) !== (normalizeCpf(invited.cpf) ?? invited.cpf)) {
    fields.cpf = 'O CPF da sua conta é diferente do CPF informado pelo titular.';
  }
  if (normalizeEmail(account.email) !== normalizeEmail(invited.email)) {
    fields.email = 'O e-mail da sua conta é diferente do e-mail informado pelo titular.';
  }
  return fields;
}

/** First name for the public invite page ("Ana convidou você"): nothing else of the titular. */
export function firstName(fullName: string): string {
  return firstWord(fullName);
}
