// Interleaved 2 of 5 ("2 de 5 intercalado"), the symbology FEBRABAN requires for payment barcodes:
// each digit is five elements, two of them wide; digits are taken in pairs, the first drawn in the bars
// and the second in the spaces between them. Start `nnnn` (bar, space, bar, space), stop `wnn`
// (wide bar, narrow space, narrow bar). Numeric only, even length.
//
// Print size: Banco do Brasil's boleto specification asks for 103 mm × 13 mm with 5 mm quiet zones;
// for 44 digits that is a narrow element of 0.254 mm with wide = 3 × narrow (138 narrow + 89 wide =
// 405 narrow widths).

/** Element widths per digit, `n` narrow and `w` wide, in the standard I2of5 table. */
const PATTERNS = [
  'nnwwn', // 0
  'wnnnw', // 1
  'nwnnw', // 2
  'wwnnn', // 3
  'nnwnw', // 4
  'wnwnn', // 5
  'nwwnn', // 6
  'nnnww', // 7
  'wnnwn', // 8
  'nwnwn', // 9
] as const;

const START = 'nnnn';
const STOP = 'wnn';

/**
 * The element sequence as `n`/`w` letters: start, the digit pairs interleaved, stop. Even positions
 * (0, 2, …) are bars, odd positions spaces. Throws RangeError unless `digits` is an even number of 0–9.
 */
export function interleaved2of5Pattern(digits: string): string {
  if (!/^\d*$/.test(digits) || digits.length === 0 || digits.length % 2 !== 0)
    throw new RangeError('Interleaved 2 of 5 encodes a non-empty, even number of digits');
  let out = START;
  for (let i = 0; i < digits.length; i += 2) {
    const bars = PATTERNS[digits.charCodeAt(i) - 48]!;
    const spaces = PATTERNS[digits.charCodeAt(i + 1) - 48]!;
    for (let k = 0; k < 5; k++) out += bars[k]! + spaces[k]!;
  }
  return out + STOP;
}

/**
 * Bar and space widths in units of the narrow element (narrow = 1, wide = `ratio`, default 3),
 * alternating bar, space, bar …, starting and ending with a bar.
 */
export function interleaved2of5Bars(digits: string, ratio = 3): number[] {
  if (!(ratio >= 2 && ratio <= 3)) throw new RangeError('wide/narrow ratio must be between 2 and 3');
  const pattern = interleaved2of5Pattern(digits);
  const widths = new Array<number>(pattern.length);
  for (let i = 0; i < pattern.length; i++) widths[i] = pattern[i] === 'w' ? ratio : 1;
  return widths;
}

export interface BarRect {
  /** Left edge, from the start of the symbol (quiet zone not included). */
  x: number;
  w: number;
}

/**
 * The bars only, as rectangles scaled so the narrow element is `narrow` units wide (e.g. PDF points
 * or SVG pixels); `width` is the whole symbol. For pdfmake `canvas` rects or SVG `<rect>`s.
 */
export function interleaved2of5Rects(
  digits: string,
  opts: { narrow: number; ratio?: number },
): { bars: BarRect[]; width: number } {
  const widths = interleaved2of5Bars(digits, opts.ratio ?? 3);
  const bars: BarRect[] = [];
  let x = 0;
  for (let i = 0; i < widths.length; i++) {
    const w = widths[i]! * opts.narrow;
    if (i % 2 === 0) bars.push({ x, w });
    x += w;
  }
  return { bars, width: x };
}
