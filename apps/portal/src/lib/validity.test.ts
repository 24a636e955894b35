import { describe, expect, it } from 'vitest';
import { dateOf, endOfDay, validityBounds, validityDateError, validityText } from './validity.ts';

const now = new Date('2026-12-01T12:00:00Z');

describe('Prazo da permissão', () => {
  it('a date ends at the end of that day in Brasília', () => {
    expect(endOfDay('2027-06-30')).toBe('2027-07-01T02:59:59.000Z');
    expect(dateOf('2027-07-01T02:59:59.000Z')).toBe('2027-06-30');
  });

  it('from tomorrow to 5 years ahead', () => {
    expect(validityBounds(now)).toEqual({ min: '2026-12-02', max: '2031-12-01' });
    expect(validityDateError('2026-12-01', now)).toMatch(/a partir de amanhã/);
    expect(validityDateError('2031-12-02', now)).toMatch(/no máximo 5 anos/);
    expect(validityDateError('2031-12-01', now)).toBeUndefined();
    expect(validityDateError('', now)).toMatch(/Informe/);
  });

  it('reads as a long date or as until revoked', () => {
    expect(validityText('2027-07-01T02:59:59.000Z')).toBe('Até 30 de junho de 2027');
    expect(validityText(null)).toBe('Até ser retirada');
  });
});
