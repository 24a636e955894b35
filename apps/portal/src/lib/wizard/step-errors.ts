// What keeps the wizard from moving on. The first two steps have one message each (shown above
// Próximo); the invite step's errors are field by field: the API's answer for a field when it gave
// one, else the shared rules, plus what only the portal checks before sending (inviting oneself,
// terms, scopes).
import { validateCpf, validateEmail, validateFullName } from '#lib/validation.ts';
import { validityDateError } from '#lib/validity.ts';
import type { WizardData } from './state.svelte.ts';

/** Why Próximo cannot leave the profile/partner screen (step 0) or the installations (step 1). */
export function stepError(wizard: WizardData): string | null {
  if (wizard.step === 0) {
    // Profile, partner and ciência are one screen, as in the seed (1º–4º), with one Próximo.
    if (!wizard.profile) return 'Escolha o perfil das suas instalações para continuar.';
    if (!wizard.partnerId) return 'Selecione o parceiro de negócio (titular) para continuar.';
    if (!wizard.consent)
      return 'Para continuar, marque que você está ciente da permissão ao Parceiro de Negócio.';
  } else if (wizard.step === 1 && !wizard.selectAll && wizard.selected.length === 0) {
    return 'Selecione pelo menos uma instalação, use Selecionar todas ou carregue um arquivo.';
  }
  return null;
}

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
