import { describe, expect, it } from 'vitest';
import { decodeEventCursor, encodeEventCursor, parseSnapshot } from './event-position.ts';

describe('event positions', () => {
  it('reads a snapshot with and without transactions in progress', () => {
    expect(parseSnapshot('10:12:10,11')).toEqual({ xmin: '10', xmax: '12', xip: ['10', '11'] });
    expect(parseSnapshot('12:12:')).toEqual({ xmin: '12', xmax: '12', xip: [] });
  });

  it('round-trips a cursor and refuses anything else', () => {
    const c = { high: 42, pending: ['7', '9'], at: 1_700_000_000_000 };
    expect(decodeEventCursor(encodeEventCursor(c))).toEqual(c);
    expect(decodeEventCursor('not a cursor')).toBeNull();
    expect(decodeEventCursor(Buffer.from('[1,-1,[],0]').toString('base64url'))).toBeNull();
    expect(decodeEventCursor(Buffer.from('[1,1,["x"],0]').toString('base64url'))).toBeNull();
  });
});
