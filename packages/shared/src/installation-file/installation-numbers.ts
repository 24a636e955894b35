// The accepted installation numbers as compact numeric keys (value + length·10¹², see
// installationKey in collector.ts), kept in file order in chunks, and the strings made from them
// only when read: the list a parse returns and the byte-level digit helpers the scanners share.

const f = String.fromCharCode;
/** String of ASCII digits b[a..a+len): fixed-arity fromCharCode is V8's fastest way to a one-byte string. */
export function digits(b: Uint8Array, a: number, len: number): string {
  switch (len) {
    case 10:
      return f(
        b[a]!,
        b[a + 1]!,
        b[a + 2]!,
        b[a + 3]!,
        b[a + 4]!,
        b[a + 5]!,
        b[a + 6]!,
        b[a + 7]!,
        b[a + 8]!,
        b[a + 9]!,
      );
    case 11:
      return f(
        b[a]!,
        b[a + 1]!,
        b[a + 2]!,
        b[a + 3]!,
        b[a + 4]!,
        b[a + 5]!,
        b[a + 6]!,
        b[a + 7]!,
        b[a + 8]!,
        b[a + 9]!,
        b[a + 10]!,
      );
    case 12:
      return f(
        b[a]!,
        b[a + 1]!,
        b[a + 2]!,
        b[a + 3]!,
        b[a + 4]!,
        b[a + 5]!,
        b[a + 6]!,
        b[a + 7]!,
        b[a + 8]!,
        b[a + 9]!,
        b[a + 10]!,
        b[a + 11]!,
      );
    case 9:
      return f(b[a]!, b[a + 1]!, b[a + 2]!, b[a + 3]!, b[a + 4]!, b[a + 5]!, b[a + 6]!, b[a + 7]!, b[a + 8]!);
    case 8:
      return f(b[a]!, b[a + 1]!, b[a + 2]!, b[a + 3]!, b[a + 4]!, b[a + 5]!, b[a + 6]!, b[a + 7]!);
    default: {
      let s = '';
      for (let k = a; k < a + len; k++) s += f(b[k]!);
      return s;
    }
  }
}

/** Keys in file order are kept in chunks of this many, each freed as soon as its strings are built. */
export const ORDER_CHUNK_BITS = 15;
export const ORDER_CHUNK = 1 << ORDER_CHUNK_BITS;
/**
 * The accepted numbers, in file order, as numeric keys (see `installationKey`) in chunks: reads like a
 * read-only array of strings (`length`, `slice`, `at`, `for…of`, spread, `JSON.stringify`), and each
 * string is built when it is read. A million numbers take 8 MB instead of ~40 MB of strings.
 */
export class InstallationNumbers implements Iterable<string> {
  readonly length: number;
  private readonly chunks: readonly Float64Array[];

  constructor(chunks: readonly Float64Array[], length: number) {
    this.chunks = chunks;
    this.length = length;
  }

  private key(i: number): number {
    return this.chunks[i >>> ORDER_CHUNK_BITS]![i & (ORDER_CHUNK - 1)]!;
  }

  /** The number at `index` (negative counts from the end), like `Array.prototype.at`. */
  at(index: number): string | undefined {
    const i = Math.trunc(index) + (index < 0 ? this.length : 0);
    return i >= 0 && i < this.length ? keyToString(this.key(i)) : undefined;
  }

  /** The numbers from `start` to `end` (exclusive) as strings, like `Array.prototype.slice`. */
  slice(start = 0, end = this.length): string[] {
    const clamp = (x: number) => {
      const t = Math.trunc(x) || 0;
      return t < 0 ? Math.max(0, this.length + t) : Math.min(t, this.length);
    };
    const a = clamp(start);
    const b = clamp(end);
    const out = new Array<string>(Math.max(0, b - a));
    for (let i = a; i < b; i++) out[i - a] = keyToString(this.key(i));
    return out;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) yield keyToString(this.key(i));
  }

  /** Every number as a string (what a caller that needs them all at once asks for). */
  toArray(): string[] {
    return this.slice();
  }

  toJSON(): string[] {
    return this.slice();
  }
}

const scratch = new Uint8Array(12);
/** ASCII of 00…99, two bytes each. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + ((i / 10) | 0);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/** Six ASCII digits of v (0 ≤ v < 10⁶, int32 arithmetic only) into scratch[at..at+6). */
function sixDigits(v: number, at: number): void {
  const q = (v / 100) | 0;
  let r = (v - q * 100) << 1;
  scratch[at + 4] = PAIRS[r]!;
  scratch[at + 5] = PAIRS[r + 1]!;
  const q2 = (q / 100) | 0;
  r = (q - q2 * 100) << 1;
  scratch[at + 2] = PAIRS[r]!;
  scratch[at + 3] = PAIRS[r + 1]!;
  r = q2 << 1;
  scratch[at] = PAIRS[r]!;
  scratch[at + 1] = PAIRS[r + 1]!;
}

/** The number string of a key (see `installationKey`): `value` zero-padded to `length` digits. */
export function keyToString(key: number): string {
  const len = Math.floor(key / 1e12);
  const value = key - len * 1e12;
  const hi = Math.floor(value / 1e6);
  sixDigits(hi, 0);
  sixDigits(value - hi * 1e6, 6);
  return digits(scratch, 12 - len, len);
}
