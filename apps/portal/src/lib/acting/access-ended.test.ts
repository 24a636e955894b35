import { describe, expect, test } from 'vitest';
import { endedMessage, verdict } from './access-ended.ts';

const GRANT = 'g-1';

describe('which live changes end an open installation page', () => {
  test('the grant is over: revoked, renounced, validity or authority ended', () => {
    for (const [change, status] of [
      ['REVOKED', 'REVOKED'],
      ['RENOUNCED', 'REVOKED'],
      ['VALIDITY_ENDED', 'EXPIRED'],
      ['AUTHORITY_ENDED', 'REVOKED'],
    ])
      expect(verdict({ grantId: GRANT, change: change!, status }, GRANT), change).toBe('ended');
  });

  test('the grant goes on without some installations or scopes: ask the API again', () => {
    expect(verdict({ grantId: GRANT, change: 'INSTALLATIONS_REVOKED', status: 'ACCEPTED' }, GRANT)).toBe(
      'recheck',
    );
    expect(verdict({ grantId: GRANT, change: 'SCOPES_NARROWED', status: 'ACCEPTED' }, GRANT)).toBe('recheck');
    expect(verdict({ grantId: GRANT, change: 'SOMETHING_NEW', status: null }, GRANT)).toBe('recheck');
  });

  test("other grants and changes that take nothing away don't touch the page", () => {
    expect(verdict({ grantId: 'other', change: 'REVOKED', status: 'REVOKED' }, GRANT)).toBe('unchanged');
    expect(verdict({ grantId: GRANT, change: 'VALIDITY_REMINDER_SENT', status: 'ACCEPTED' }, GRANT)).toBe(
      'unchanged',
    );
  });
});

test('the notice says why, naming the titular by first name', () => {
  expect(endedMessage('REVOKED', 'Mariana Conceição Alves')).toBe(
    'Mariana retirou a sua permissão de acesso.',
  );
  expect(endedMessage('INSTALLATIONS_REVOKED', 'Mariana Alves')).toBe(
    'Mariana retirou o seu acesso a esta instalação.',
  );
  expect(endedMessage('RENOUNCED', 'Mariana Alves')).toBe('Você abriu mão deste acesso.');
  expect(endedMessage('VALIDITY_ENDED', 'Mariana Alves')).toBe('O prazo da permissão de acesso terminou.');
  expect(endedMessage(null, 'Mariana Alves')).toBe('A permissão de acesso a esta instalação foi encerrada.');
});
