import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interleaved2of5Bars, interleaved2of5Pattern, interleaved2of5Rects } from './index.ts';

/**
 * An independent decoder, the way a scanner reads the symbol: check start and stop, then read ten
 * elements per digit pair (bars → first digit, spaces → second). Digit values from the weights
 * 1-2-4-7-0 of the wide elements (two wide elements per digit; 4 + 7 = 11 stands for 0).
 */
function decode(widths: number[]): string {
  const wide = widths.map((w) => w > 1.5);
  const start = wide.slice(0, 4);
  const stop = wide.slice(-3);
  if (start.some(Boolean) || stop.join() !== 'true,false,false') throw new Error('bad start/stop');
  const body = wide.slice(4, -3);
  if (body.length % 10 !== 0) throw new Error('bad length');
  const digitOf = (flags: boolean[]) => {
    if (flags.filter(Boolean).length !== 2) throw new Error('not 2 of 5');
    const v = [1, 2, 4, 7, 0].reduce((sum, weight, i) => sum + (flags[i] ? weight : 0), 0);
    return v === 11 ? 0 : v;
  };
  let out = '';
  for (let i = 0; i < body.length; i += 10) {
    const pair = body.slice(i, i + 10);
    out += digitOf(pair.filter((_, k) => k % 2 === 0));
    out += digitOf(pair.filter((_, k) => k % 2 === 1));
  }
  return out;
}

describe('Interleaved 2 of 5', () => {
  it('encodes a pair: "12" is 1 = wnnnw in the bars, 2 = nwnnw in the spaces', () => {
    expect(interleaved2of5Pattern('12')).toBe('nnnn' + 'wnnwnnnnww' + 'wnn');
  });

  it('"00" and "99"', () => {
    expect(interleaved2of5Pattern('00')).toBe('nnnn' + 'nnnnwwwwnn' + 'wnn');
    expect(interleaved2of5Pattern('99')).toBe('nnnn' + 'nnwwnnwwnn' + 'wnn');
  });

  it('widths: narrow 1, wide = ratio (default 3), alternating bar and space, bar first and last', () => {
    const w = interleaved2of5Bars('12');
    expect(w).toEqual([1, 1, 1, 1, 3, 1, 1, 3, 1, 1, 1, 1, 3, 3, 3, 1, 1]);
    expect(w.length % 2).toBe(1);
    expect(interleaved2of5Bars('12', 2.5)[4]).toBe(2.5);
  });

  it('44 digits take 138 narrow and 89 wide elements: 405 narrow widths, 103 mm at 0.254 mm', () => {
    const digits = '83660000001873400712026121000300000000126110';
    const w = interleaved2of5Bars(digits);
    expect(w.filter((x) => x === 1)).toHaveLength(138);
    expect(w.filter((x) => x === 3)).toHaveLength(89);
    const { width, bars } = interleaved2of5Rects(digits, { narrow: 0.254 });
    expect(width).toBeCloseTo(102.87, 2);
    expect(bars).toHaveLength((w.length + 1) / 2);
    expect(bars[0]).toEqual({ x: 0, w: 0.254 });
  });

  it('rects leave the spaces between bars', () => {
    const { bars, width } = interleaved2of5Rects('12', { narrow: 2 });
    expect(bars.slice(0, 3)).toEqual([
      { x: 0, w: 2 },
      { x: 4, w: 2 },
      { x: 8, w: 6 },
    ]);
    expect(width).toBe(2 * (12 + 5 * 3)); // start 4n, pair 6n + 4w, stop 2n + 1w
  });

  it('refuses odd lengths and non-digits', () => {
    expect(() => interleaved2of5Pattern('123')).toThrow(RangeError);
    expect(() => interleaved2of5Pattern('')).toThrow(RangeError);
    expect(() => interleaved2of5Pattern('1a')).toThrow(RangeError);
    expect(() => interleaved2of5Bars('12', 4)).toThrow(RangeError);
  });

  it('decodes back to the same digits (property)', () => {
    const even = fc
      .array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 30 })
      .map((a) => (a.length % 2 ? a.concat('0') : a).join(''));
    fc.assert(
      fc.property(even, fc.constantFrom(2, 2.5, 3), (digits, ratio) => {
        expect(decode(interleaved2of5Bars(digits, ratio))).toBe(digits);
      }),
      { numRuns: 2000 },
    );
  });
});
