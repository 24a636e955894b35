import { describe, expect, it } from 'vitest';
import { INVITE_TTL_HOURS_DEFAULT, inviteValidityText } from './index.ts';

describe('inviteValidityText', () => {
  it('writes the validity in Portuguese, singular below two', () => {
    expect(inviteValidityText(INVITE_TTL_HOURS_DEFAULT)).toBe('12 horas');
    expect(inviteValidityText(1)).toBe('1 hora');
    expect(inviteValidityText(1.5)).toBe('1,5 hora');
    expect(inviteValidityText(2)).toBe('2 horas');
    expect(inviteValidityText(48)).toBe('48 horas');
    expect(inviteValidityText(1000)).toBe('1.000 horas');
    expect(inviteValidityText(0.5)).toBe('30 minutos');
    expect(inviteValidityText(1 / 60)).toBe('1 minuto');
  });

  it('refuses a validity that is not a positive number', () => {
    expect(() => inviteValidityText(0)).toThrow(RangeError);
    expect(() => inviteValidityText(Number.NaN)).toThrow(RangeError);
  });
});
