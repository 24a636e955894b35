import { describe, expect, test } from 'vitest';
import { formatDateTime, formatLongDateTime, maskCpfInput, plural } from './format.ts';
import { endReason, grantStatus } from './labels.ts';

describe('dates in America/Sao_Paulo', () => {
  test('UTC instants are shown in Brasília time, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-27T02:30:00Z')).toBe('26/11/2026 23:30');
    expect(formatLongDateTime('2026-11-27T11:41:00.000Z')).toBe('27 de novembro de 2026 às 08:41');
  });

  test('missing or invalid dates read as a dash', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('não é data')).toBe('—');
  });
});

test('CPF mask as typed', () => {
  expect(maskCpfInput('5')).toBe('5');
  expect(maskCpfInput('5299')).toBe('529.9');
  expect(maskCpfInput('5299822')).toBe('529.982.2');
  expect(maskCpfInput('52998224725')).toBe('529.982.247-25');
  expect(maskCpfInput('529.982.247-2599')).toBe('529.982.247-25');
  expect(maskCpfInput('abc')).toBe('');
});

test('plurals and labels in Portuguese', () => {
  expect(plural(1, 'instalação', 'instalações')).toBe('1 instalação');
  expect(plural(2400, 'instalação', 'instalações')).toBe('2.400 instalações');
  expect(grantStatus('ACCEPTED').label).toBe('Ativo');
  expect(grantStatus('SOMETHING_NEW').label).toBe('SOMETHING_NEW');
  expect(endReason('RENOUNCED_BY_INVITEE')).toBe('O convidado abriu mão do acesso');
});
