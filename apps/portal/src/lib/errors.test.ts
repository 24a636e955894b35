import { expect, test } from 'vitest';
import { refusalReason, toApiError } from './errors.ts';

test('field errors are keyed by the last segment of the input path', () => {
  const e = toApiError({
    message: 'Alguns dados estão incorretos.',
    extensions: {
      code: 'VALIDATION_FAILED',
      fields: { 'input.invitee.cpf': 'CPF inválido.', 'input.email': 'E-mail inválido.' },
    },
  });
  expect(e.code).toBe('VALIDATION_FAILED');
  expect(e.fields).toEqual({ cpf: 'CPF inválido.', email: 'E-mail inválido.' });
});

test('refused installations and retry hints are kept', () => {
  const e = toApiError({
    message: 'Algumas instalações não podem ser incluídas no convite.',
    extensions: {
      code: 'INSTALLATIONS_REFUSED',
      installations: [{ number: '3100000025', reason: 'INACTIVE' }],
      retryAfterSeconds: 30,
    },
  });
  expect(e.installations).toEqual([{ number: '3100000025', reason: 'INACTIVE' }]);
  expect(e.retryAfterSeconds).toBe(30);
  expect(refusalReason('INACTIVE')).toBe('Instalação inativa');
});

test('unexpected and document errors get a safe Portuguese message', () => {
  expect(
    toApiError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })
      .message,
  ).toMatch(/Tente novamente/);
  expect(toApiError(null).code).toBe('INTERNAL_SERVER_ERROR');
});
