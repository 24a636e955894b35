export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** Strict UTF-8 structure check (same acceptance as a fatal TextDecoder), without building a string. */
export function isValidUtf8(bytes: Uint8Array, start = 0): boolean {
  const n = bytes.length;
  // ASCII fast path: 4 bytes at a time on an aligned Uint32Array view, re-entered after each non-ASCII run.
  const off = bytes.byteOffset;
  const head = (4 - (off & 3)) & 3;
  const wordCount = n > head ? (n - head) >>> 2 : 0;
  const words = wordCount > 0 ? new Uint32Array(bytes.buffer, off + head, wordCount) : null;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (words !== null && i >= head && ((i - head) & 3) === 0) {
        let w = (i - head) >>> 2;
        while (w < wordCount && (words[w]! & 0x80808080) === 0) w++;
        const next = head + w * 4;
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    const b1 = bytes[i + 1];
    if (b1 === undefined || b1 < lo || b1 > hi) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * Encoding of CSV bytes: BOM first (UTF-8, UTF-16 LE/BE as Excel's "Texto Unicode" writes), then strict
 * UTF-8, and on invalid UTF-8 Windows-1252 (what pt-BR Excel's "CSV" writes). `bomLength` bytes to skip.
 */
export function detectCsvEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

/**
 * Decodes CSV bytes to text with the detected encoding. Windows-1252 is the WHATWG one, not
 * ISO-8859-1 (0x80–0x9F differ: €, “, ”, …).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { encoding, bomLength } = detectCsvEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(bomLength)), encoding };
}
