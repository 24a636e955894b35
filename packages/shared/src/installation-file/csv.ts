import { MAX_CELL_LENGTH } from './constants.ts';
import {
  findInstallationColumn,
  InstallationCollector,
  isBlank,
  type InstallationList,
} from './collector.ts';
import { digits } from './installation-numbers.ts';
import { detectCsvEncoding, type TextEncodingName } from './decode.ts';
import { cellTooLongMessage, InstallationFileError } from './errors.ts';
import { isInstallationHeader } from './header.ts';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvParseOptions {
  /** Non-blank data rows accepted before TOO_MANY_ROWS; default Infinity (the upload path passes the limit). */
  maxRows?: number;
  /** Forces the delimiter; by default detected from the first non-blank line. */
  delimiter?: CsvDelimiter;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SEMI = 59;
const COMMA = 44;
const TAB = 9;

/** Lone pt-BR scientific number ("1,23457E+11"): its comma is not a delimiter. */
const LONE_SCIENTIFIC = /^\s*"?\d+,\d+e[+-]?\d+"?\s*$/i;

/** Blank in the byte sense: space, tab, or NBSP (0xA0 in Windows-1252, C2 A0 in UTF-8). */
function isBlankBytes(b: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = b[k]!;
    if (c === 0x20 || c === TAB || c === 0xa0) continue;
    if (c === 0xc2 && b[k + 1] === 0xa0 && k + 1 < end) {
      k++;
      continue;
    }
    return false;
  }
  return true;
}

/** Rows estimated from the line length of the first 64 KB, to pre-size the dedupe table. */
function estimateRows(b: Uint8Array): number {
  const probe = Math.min(b.length, 65536);
  let lines = 0;
  for (let i = 0; i < probe; i++) if (b[i] === LF || (b[i] === CR && b[i + 1] !== LF)) lines++;
  return lines === 0 ? 1 : Math.ceil((b.length / probe) * lines * 1.05);
}

const isSpaceByte = (c: number) => c === 0x20 || c === TAB;

/** `;` or tab if present in the first non-blank line (the larger count wins, `;` on ties), else `,`, else `;`. */
export function detectDelimiterBytes(b: Uint8Array, start = 0): CsvDelimiter {
  const n = b.length;
  let i = start;
  while (i < n) {
    let semi = 0;
    let comma = 0;
    let tab = 0;
    let inQuotes = false;
    const s = i;
    for (; i < n; i++) {
      const c = b[i]!;
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (inQuotes) continue;
      else if (c === LF || c === CR) break;
      else if (c === SEMI) semi++;
      else if (c === COMMA) comma++;
      else if (c === TAB) tab++;
    }
    const e = i;
    while (i < n && (b[i] === LF || b[i] === CR)) i++;
    if (semi + comma + tab === 0 && isBlankBytes(b, s, e)) continue;
    if (semi > 0 || tab > 0) return tab > semi ? '\t' : ';';
    if (
      comma > 0 &&
      !LONE_SCIENTIFIC.test(new TextDecoder('latin1').decode(b.subarray(s, Math.min(e, s + 200))))
    ) {
      return ',';
    }
    return ';';
  }
  return ';';
}

/** Text form of a raw field: decoded, surrounding quotes removed and "" unescaped. */
function fieldText(decoder: TextDecoder, b: Uint8Array, s: number, e: number, quoted: boolean): string {
  const raw = decoder.decode(b.subarray(s, e));
  if (!quoted) return raw;
  let out = '';
  let i = 1;
  for (;;) {
    const q = raw.indexOf('"', i);
    if (q < 0) return out + raw.slice(i);
    out += raw.slice(i, q);
    if (raw.charCodeAt(q + 1) === QUOTE) {
      out += '"';
      i = q + 2;
    } else {
      return out + raw.slice(q + 1);
    }
  }
}

/**
 * Purpose-built CSV scanner over the raw bytes (UTF-8 or Windows-1252: all CSV syntax and digits are
 * ASCII in both), so the file is never turned into one big string. Only the installation column is
 * extracted, without per-row arrays; only headers and refused values are decoded. Handles quotes with
 * "" escaping, quoted delimiters/newlines, CRLF/LF/CR. Resumable (`step`) so the async upload path can
 * report progress and honour an AbortSignal.
 */
export class InstallationCsvScanner {
  private readonly b: Uint8Array;
  private readonly decoder: TextDecoder;
  private readonly delim: number;
  private readonly collector: InstallationCollector;
  private pos: number;
  private row = 0;
  private column = -1;

  /** `bytes` in UTF-8 or Windows-1252 (see `parseInstallationCsvBytes` for detection). */
  constructor(bytes: Uint8Array, encoding: 'utf-8' | 'windows-1252', options: CsvParseOptions = {}) {
    this.b = bytes;
    this.decoder = new TextDecoder(encoding);
    this.pos = encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    this.delim = (options.delimiter ?? detectDelimiterBytes(bytes, this.pos)).charCodeAt(0);
    this.collector = new InstallationCollector(options.maxRows ?? Infinity, estimateRows(bytes));
  }

  /** Fraction of the input consumed, for progress bars. */
  get progress(): number {
    return this.b.length === 0 ? 1 : this.pos / this.b.length;
  }

  /** From an opening quote, the index just past its closing quote. Runaway/unterminated quotes are refused. */
  private skipQuoted(i: number, row: number): number {
    const b = this.b;
    const n = b.length;
    let j = i + 1;
    for (;;) {
      while (j < n && b[j] !== QUOTE) j++;
      if (j >= n || j - i > MAX_CELL_LENGTH)
        throw new InstallationFileError('CORRUPT_FILE', cellTooLongMessage(row));
      if (b[j + 1] === QUOTE) j += 2;
      else return j + 1;
    }
  }

  /** Generic record reader (header phase): decoded, unquoted, untrimmed fields. */
  private readRecord(): string[] {
    const b = this.b;
    const n = b.length;
    const d = this.delim;
    const fields: string[] = [];
    let i = this.pos;
    const row = ++this.row;
    for (;;) {
      const s = i;
      const quoted = i < n && b[i] === QUOTE;
      if (quoted) i = this.skipQuoted(i, row);
      while (i < n) {
        const c = b[i]!;
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      if (i - s > MAX_CELL_LENGTH) throw new InstallationFileError('CORRUPT_FILE', cellTooLongMessage(row));
      fields.push(fieldText(this.decoder, b, s, i, quoted));
      if (i >= n) break;
      const c = b[i++]!;
      if (c === d) continue;
      if (c === CR && i < n && b[i] === LF) i++;
      break;
    }
    this.pos = i;
    return fields;
  }

  private start(): boolean {
    while (this.pos < this.b.length) {
      const fields = this.readRecord();
      if (fields.every((x) => isBlank(x, 0, x.length))) continue;
      const { column, headerless } = findInstallationColumn(fields, isInstallationHeader);
      this.column = column;
      if (headerless) {
        const other = fields.some((x, k) => k !== 0 && !isBlank(x, 0, x.length));
        this.collector.addCell(fields[0], this.row, other);
      }
      return true;
    }
    return false;
  }

  /** Processes up to `maxRecords` records; returns true when the input is exhausted. */
  step(maxRecords: number): boolean {
    if (this.column < 0 && !this.start()) return true;
    const b = this.b;
    const n = b.length;
    const d = this.delim;
    const target = this.column;
    const collector = this.collector;
    let i = this.pos;
    let row = this.row;
    let done = 0;
    while (i < n && done < maxRecords) {
      row++;
      done++;
      let col = 0;
      let tStart = -1;
      let tEnd = -1;
      let tQuoted = false;
      let other = false;
      for (;;) {
        const s = i;
        let quoted = false;
        if (i < n && b[i] === QUOTE) {
          quoted = true;
          this.pos = i;
          this.row = row;
          i = this.skipQuoted(i, row);
        }
        while (i < n) {
          const c = b[i]!;
          if (c === d || c === LF || c === CR) break;
          i++;
        }
        if (i - s > MAX_CELL_LENGTH) {
          this.pos = i;
          this.row = row;
          throw new InstallationFileError('CORRUPT_FILE', cellTooLongMessage(row));
        }
        if (col === target) {
          tStart = s;
          tEnd = i;
          tQuoted = quoted;
        } else if (!other && i > s && !isBlankBytes(b, s, i)) {
          if (quoted) {
            const t = fieldText(this.decoder, b, s, i, true);
            other = !isBlank(t, 0, t.length);
          } else {
            other = true;
          }
        }
        col++;
        if (i >= n) break;
        const c = b[i++]!;
        if (c === d) continue;
        if (c === CR && i < n && b[i] === LF) i++;
        break;
      }
      this.pos = i;
      this.row = row;
      if (tQuoted) {
        collector.addCell(fieldText(this.decoder, b, tStart, tEnd, true), row, other);
        continue;
      }
      let a = tStart;
      let e = tEnd;
      while (a < e && isSpaceByte(b[a]!)) a++;
      while (e > a && isSpaceByte(b[e - 1]!)) e--;
      if (a >= e) {
        if (other) collector.addEmpty(row);
        continue;
      }
      // Fast path: 1–12 ASCII digits → numeric dedupe key; no string here (numbers are built from keys at the end).
      const len = e - a;
      let key = -1;
      if (len <= 12) {
        let v = 0;
        let k = a;
        for (; k < e; k++) {
          const dd = b[k]! - 48;
          if (dd < 0 || dd > 9) break;
          v = v * 10 + dd;
        }
        if (k === e) key = v + len * 1e12;
      }
      if (key < 0) {
        collector.addCell(this.decoder.decode(b.subarray(a, e)), row, other);
        continue;
      }
      collector.countRow();
      const first = collector.seen(key, row);
      if (first !== 0) collector.duplicate(digits(b, a, len), row, first);
    }
    this.pos = i;
    this.row = row;
    return i >= n;
  }

  result(): InstallationList {
    if (this.column < 0 || this.collector.totalRows === 0) throw new InstallationFileError('EMPTY_FILE');
    return this.collector.result();
  }
}

/** Bytes to scanner: UTF-16 (rare: Excel "Texto Unicode") is transcoded to UTF-8 first. */
export function createCsvScanner(bytes: Uint8Array, options: CsvParseOptions = {}): InstallationCsvScanner {
  const { encoding, bomLength } = detectCsvEncoding(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
    return new InstallationCsvScanner(new TextEncoder().encode(text), 'utf-8', options);
  }
  return new InstallationCsvScanner(bytes, encoding, options);
}

/**
 * Synchronous core over CSV bytes (encoding detected): no limits unless given (the bench runs 1 M
 * rows). Throws InstallationFileError (MISSING_COLUMN, EMPTY_FILE, TOO_MANY_ROWS, CORRUPT_FILE).
 */
export function parseInstallationCsvBytes(
  bytes: Uint8Array,
  options: CsvParseOptions = {},
): InstallationList {
  const scanner = createCsvScanner(bytes, options);
  while (!scanner.step(Infinity)) {
    // step(Infinity) only returns once the input is exhausted.
  }
  return scanner.result();
}

/** Same over already-decoded text. */
export function parseInstallationCsvText(text: string, options: CsvParseOptions = {}): InstallationList {
  return parseInstallationCsvBytes(
    new TextEncoder().encode(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
    options,
  );
}

export type { TextEncodingName };
