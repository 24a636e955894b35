import { describe, expect, it } from 'vitest';
import { AppError } from '../common/errors.ts';
import {
  asDate,
  asDateOrNull,
  decodeCursor,
  encodeCursor,
  isTimestampText,
  isUuid,
  pageSize,
  pgArray,
} from './sql.ts';

const uuid = '0b8f5a9e-3c1d-4e2f-9a7b-6c5d4e3f2a1b';
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('VALIDATION_FAILED');
    return (err as AppError).details.fields as Record<string, string>;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('pgArray', () => {
  it('quotes and escapes every element into one literal', () => {
    expect(pgArray([])).toBe('{}');
    expect(pgArray(['a', 'b"c', 'd\\e', 'f,g'])).toBe('{"a","b\\"c","d\\\\e","f,g"}');
  });
});

describe('isUuid', () => {
  it('accepts UUIDs only', () => {
    expect(isUuid(uuid)).toBe(true);
    expect(isUuid(uuid.toUpperCase())).toBe(true);
    for (const v of ['', 'x', `${uuid}x`, 42, null, undefined]) expect(isUuid(v)).toBe(false);
  });
});

describe('asDate', () => {
  it('reads Date objects and PostgreSQL timestamp text', () => {
    const d = new Date('2026-11-26T23:25:13.845Z');
    expect(asDate(d)).toBe(d);
    expect(asDate('2026-11-26 23:25:13.845+00').toISOString()).toBe('2026-11-26T23:25:13.845Z');
    expect(asDateOrNull(null)).toBeNull();
    expect(() => asDate('not a date')).toThrow();
  });
});

describe('isTimestampText', () => {
  it('accepts what timestamptz::text prints', () => {
    for (const s of [
      '2026-11-26 23:25:13.845123+00',
      '2026-11-26 23:25:13+00',
      '2024-02-29 00:00:00-03',
      '2026-01-01 10:00:00+05:30',
      '2026-01-01 10:00:00',
    ])
      expect(isTimestampText(s), s).toBe(true);
  });

  it('refuses impossible dates, times and offsets that PostgreSQL would fail on', () => {
    for (const s of [
      '99999-99-99',
      '2026-13-01 10:00:00+00',
      '2026-02-30 10:00:00+00',
      '2025-02-29 10:00:00+00',
      '0000-01-01 10:00:00+00',
      '2026-01-01 24:00:00+00',
      '2026-01-01 10:60:00+00',
      '2026-01-01 10:00:60+00',
      '2026-01-01 10:00:00+99',
      '2026-01-01 10:00:00.1234567+00',
      '2026-01-01T10:00:00Z',
    ])
      expect(isTimestampText(s), s).toBe(false);
  });
});

describe('keyset cursors', () => {
  it('round-trips key values', () => {
    const c = encodeCursor('2026-11-26 23:25:13.845123+00', uuid);
    expect(decodeCursor(c, [isTimestampText, isUuid])).toEqual(['2026-11-26 23:25:13.845123+00', uuid]);
    expect(encodeCursor('0012')).toBe(b64('0012'));
  });

  it('refuses garbage, forged and over-long cursors as VALIDATION_FAILED on `after`', () => {
    for (const c of [
      '',
      'garbage',
      b64('{"createdAt":"99999-99-99","id":"x"}'),
      b64(`2026-02-30 10:00:00+00|${uuid}`),
      b64(`2026-01-01 10:00:00+00|${uuid}|extra`),
      b64('2026-01-01 10:00:00+00'),
      encodeCursor('2026-01-01 10:00:00+00', uuid).repeat(5),
    ]) {
      expect(fieldsOf(() => decodeCursor(c, [isTimestampText, isUuid]))).toEqual({
        after: expect.stringMatching(/^Cursor de paginação inválido/) as unknown,
      });
    }
  });
});

describe('pageSize', () => {
  it('defaults, caps, and refuses sizes below the minimum', () => {
    expect(pageSize(undefined, { dflt: 20, max: 100, min: 1 })).toBe(20);
    expect(pageSize(null, { dflt: 20, max: 100, min: 1 })).toBe(20);
    expect(pageSize(500, { dflt: 20, max: 100, min: 1 })).toBe(100);
    expect(pageSize(0, { dflt: 50, max: 200, min: 0 })).toBe(0);
    expect(fieldsOf(() => pageSize(0, { dflt: 20, max: 100, min: 1 }))).toHaveProperty('first');
    expect(fieldsOf(() => pageSize(-1, { dflt: 50, max: 200, min: 0 }))).toHaveProperty('first');
    expect(fieldsOf(() => pageSize(1.5, { dflt: 50, max: 200, min: 0 }))).toHaveProperty('first');
  });
});
