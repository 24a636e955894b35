import { isValidCpf, normalizeCpf } from '@delega/shared/documents';
import type { FieldErrors } from '../../common/errors.ts';

/** Name as compared at acceptance: no accents, lower case, single spaces ("JOSÉ  da Silva" = "jose da silva"). */
export function comparableName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Name as stored: trimmed, single spaces, case and accents kept as typed. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

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
  const fullName = tidyName(input.fullName ?? '');
  const words = fullName.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || fullName.length > 200 || /[\d@<>]/.test(fullName)) {
    errors['invitee.fullName'] = 'Informe o nome completo do convidado (nome e sobrenome).';
  }
  const cpf = normalizeCpf(input.cpf ?? '') ?? '';
  if (!isValidCpf(cpf)) errors['invitee.cpf'] = 'Informe um CPF válido.';
  else if (cpf === titularCpf) errors['invitee.cpf'] = 'Você não pode conceder acesso a si mesmo.';
  const email = normalizeEmail(input.email ?? '');
  if (email.length > 254 || !EMAIL_RE.test(email)) errors['invitee.email'] = 'Informe um e-mail válido.';
  return { value: { fullName, cpf, email }, errors };
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
  return tidyName(fullName).split(' ')[0] ?? '';
}
