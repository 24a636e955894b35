import { CPF_CASES, EMAIL_CASES, PERSON_NAME_CASES, type RuleCase } from '@delega/shared/people/cases';
import { describe, expect, it } from 'vitest';
import { comparableName, firstName, inviteeMismatches, validateInvitee } from './invitee-match.ts';

const cpf = '52998224725';
const titularCpf = '11144477735';
const fine = { fullName: 'Ana Souza', cpf, email: 'ana@exemplo.com.br' };

const label = (cases: readonly RuleCase[]) => cases.map((c) => [c.input.slice(0, 60), c] as const);

// The table shared with sign-up and the portal: an invitee is refused exactly when sign-up would
// refuse the same person, with the same message.
describe('invitee input, the shared table', () => {
  it.each(label(PERSON_NAME_CASES))('full name %j', (_l, c) => {
    const { value, errors } = validateInvitee({ ...fine, fullName: c.input }, titularCpf);
    expect(errors).toEqual(c.message === undefined ? {} : { 'invitee.fullName': c.message });
    if (c.value !== undefined) expect(value.fullName).toBe(c.value);
  });

  it.each(label(EMAIL_CASES))('e-mail %j', (_l, c) => {
    const { value, errors } = validateInvitee({ ...fine, email: c.input }, titularCpf);
    expect(errors).toEqual(c.message === undefined ? {} : { 'invitee.email': c.message });
    if (c.value !== undefined) expect(value.email).toBe(c.value);
  });

  it.each(label(CPF_CASES))('CPF %j', (_l, c) => {
    const { value, errors } = validateInvitee({ ...fine, cpf: c.input }, titularCpf);
    expect(errors).toEqual(c.message === undefined ? {} : { 'invitee.cpf': c.message });
    if (c.value !== undefined) expect(value.cpf).toBe(c.value);
  });
});

describe('invitee matching', () => {
  it('compares names ignoring case, accents and repeated spaces', () => {
    expect(comparableName('  JOSÉ   Antônio da  Conceição ')).toBe('jose antonio da conceicao');
    const invited = { fullName: 'José Antônio', cpf: '529.982.247-25', email: 'Jose@Exemplo.com.br' };
    expect(
      inviteeMismatches({ fullName: 'jose  ANTONIO', cpf, email: 'jose@exemplo.com.br' }, invited),
    ).toEqual({});
  });

  it('names each mismatched field', () => {
    const invited = { fullName: 'José Antônio', cpf, email: 'jose@exemplo.com.br' };
    expect(
      Object.keys(inviteeMismatches({ fullName: 'José Antunes', cpf, email: invited.email }, invited)),
    ).toEqual(['fullName']);
    expect(Object.keys(inviteeMismatches({ ...invited, cpf: '11144477735' }, invited))).toEqual(['cpf']);
    expect(Object.keys(inviteeMismatches({ ...invited, email: 'outro@exemplo.com.br' }, invited))).toEqual([
      'email',
    ]);
  });

  it('validates the invitee typed by the titular', () => {
    const ok = validateInvitee(
      { fullName: ' Ana  Souza ', cpf: '529.982.247-25', email: ' ANA@Exemplo.com.br ' },
      titularCpf,
    );
    expect(ok).toEqual({ value: { fullName: 'Ana Souza', cpf, email: 'ana@exemplo.com.br' }, errors: {} });
    expect(
      Object.keys(validateInvitee({ fullName: 'Ana', cpf: '123', email: 'a@b' }, cpf).errors).sort(),
    ).toEqual(['invitee.cpf', 'invitee.email', 'invitee.fullName']);
    expect(validateInvitee({ fullName: 'Ana Souza', cpf, email: 'a@b.co' }, cpf).errors).toEqual({
      'invitee.cpf': 'Você não pode conceder acesso a si mesmo.',
    });
  });

  it('shows only the first name publicly', () => {
    expect(firstName('  Maria   da Silva')).toBe('Maria');
  });
});
