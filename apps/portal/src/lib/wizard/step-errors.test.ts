import { describe, expect, it } from 'vitest';
import { inviteeErrors, stepError } from './step-errors.ts';
import { emptyWizard } from './state.svelte.ts';

const SELF = '529.982.247-25';

function wizardWith(cpf: string) {
  const w = emptyWizard();
  w.invitee = { fullName: 'Maria Clara Dias', cpf, email: 'maria@exemplo.com.br' };
  return w;
}

describe('inviteeErrors', () => {
  it('refuses inviting oneself, whatever the CPF formatting', () => {
    expect(inviteeErrors(wizardWith('52998224725'), SELF, {}).cpf).toBe(
      'Você não pode enviar um convite para si mesmo.',
    );
  });

  it('an account without a CPF (reclaimed) can invite anyone', () => {
    expect(inviteeErrors(wizardWith(SELF), null, {}).cpf).toBeUndefined();
  });

  it("prefers the API's message for a field", () => {
    expect(inviteeErrors(wizardWith(SELF), SELF, { cpf: 'CPF recusado.' }).cpf).toBe('CPF recusado.');
  });
});

describe('stepError', () => {
  it('asks for the profile, then the partner, then the ciência, in the order of the screen', () => {
    const w = emptyWizard();
    expect(stepError(w)).toContain('perfil');
    w.profile = 'LOW_VOLTAGE';
    expect(stepError(w)).toContain('parceiro de negócio');
    w.partnerId = 'p1';
    expect(stepError(w)).toContain('ciente');
    w.consent = true;
    expect(stepError(w)).toBeNull();
  });

  it('the installations step needs one installation, Selecionar todas or a file', () => {
    const w = { ...emptyWizard(), step: 1 };
    expect(stepError(w)).toContain('pelo menos uma instalação');
    expect(stepError({ ...w, selectAll: true })).toBeNull();
    expect(stepError({ ...w, selected: ['3000000001'] })).toBeNull();
  });
});
