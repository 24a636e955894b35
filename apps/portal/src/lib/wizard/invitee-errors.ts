// The invite step's errors, field by field: the API's answer for a field when it gave one, else the
// shared rules, plus what only the portal checks before sending (inviting oneself, terms, scopes).
import { validateCpf, validateEmail, validateFullName } from '#lib/validation.ts';
import { validityDateError } from '#lib/validity.ts';
import type { WizardData } from './state.svelte.ts';

export function inviteeErrors(
  wizard: WizardData,
  userCpf: string | null,
  serverFields: Record<string, string>,
): Record<'fullName' | 'cpf' | 'email' | 'acceptTerms' | 'scopes' | 'validUntil', string | undefined> {
  const digits = (cpf: string) => cpf.replace(/\D/g, '');
  return {
    fullName: serverFields.fullName ?? validateFullName(wizard.invitee.fullName),
    cpf:
      serverFields.cpf ??
      validateCpf(wizard.invitee.cpf) ??
      // A reclaimed account has no CPF: nobody can be that account.
      (userCpf !== null && digits(wizard.invitee.cpf) === digits(userCpf)
        ? 'Você não pode enviar um convite para si mesmo.'
        : undefined),
    email: serverFields.email ?? validateEmail(wizard.invitee.email),
    acceptTerms: wizard.acceptTerms ? undefined : 'Para enviar o convite, concorde com os termos de aceite.',
    scopes: wizard.scopes.length ? undefined : 'Escolha pelo menos uma coisa que a pessoa poderá fazer.',
    validUntil:
      serverFields.validUntil ??
      (wizard.validity === 'UNTIL_DATE' ? validityDateError(wizard.validUntilDate) : undefined),
  };
}
