import { describe, expect, it } from 'vitest';
import { addDays, dayOfMonth, daysBetween, dueDateFor, monthStart, toUtc } from './bill-calendar.ts';

describe('bill calendar', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-14', '2026-11-13')).toBe(30);
  });

  it('agrees with Date on every day of 1999–2101', () => {
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(toUtc(iso)).toBe(t);
      expect(addDays(iso, 1)).toBe(new Date(t + 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('month starts and days of shorter months', () => {
    expect(monthStart('2026-03-31')).toBe('2026-03-01');
    expect(monthStart('2026-01-15', -1)).toBe('2025-12-01');
    expect(monthStart('2026-01-15', -24)).toBe('2024-01-01');
    expect(monthStart('2026-11-15', 2)).toBe('2027-01-01');
    expect(dayOfMonth('2026-02-01', 31)).toBe('2026-02-28');
    expect(dayOfMonth('2028-02-01', 30)).toBe('2028-02-29');
    expect(dayOfMonth('2026-04-01', 31)).toBe('2026-04-30');
  });

  it('the due date is the first chosen day at least 7 days after the reading', () => {
    expect(dueDateFor('2026-11-02', 10)).toBe('2026-11-10');
    expect(dueDateFor('2026-11-04', 10)).toBe('2026-12-10');
    expect(dueDateFor('2026-11-03', 10)).toBe('2026-11-10');
    expect(dueDateFor('2026-12-28', 5)).toBe('2027-01-05');
    expect(dueDateFor('2026-12-30', 5)).toBe('2027-02-05');
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addDays('01/12/2026', 1)).toThrow(RangeError);
  });
});
