import { describe, expect, it } from 'vitest';
import { inviteeErrors } from './invitee-errors.ts';
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
