import { INSTALLATION_COLUMN_HEADER, INSTALLATION_NUMBER_RULE, MAX_CELL_LENGTH } from './constants.ts';
import { cellTooLongMessage, InstallationFileError } from './errors.ts';
import { InstallationNumbers, keyToString, ORDER_CHUNK, ORDER_CHUNK_BITS } from './installation-numbers.ts';

export type InstallationDiagnosticCode = 'EMPTY' | 'INVALID_NUMBER' | 'DUPLICATE' | 'EXCEL_NUMBER_FORMAT';

export interface InstallationDiagnostic {
  /** 1-based row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  value: string;
  code: InstallationDiagnosticCode;
  /** pt-BR, for the customer. */
  message: string;
}

export interface InstallationList {
  /**
   * Valid, unique numbers in file order (first occurrence kept). Array-like (`length`, `slice`, `at`,
   * iteration, JSON as an array): kept as compact numeric keys, each string made when read, so a
   * caller that reads them a page at a time never holds a million strings.
   */
  numbers: InstallationNumbers;
  /** Non-blank data rows (header and fully blank rows excluded). */
  totalRows: number;
  diagnostics: InstallationDiagnostic[];
}

export const DIAGNOSTIC_MESSAGES = {
  EMPTY: `A célula do ${INSTALLATION_COLUMN_HEADER} está vazia nesta linha.`,
  INVALID_NUMBER: `${INSTALLATION_COLUMN_HEADER} inválido: use apenas números, com até ${INSTALLATION_NUMBER_RULE.maxDigits} dígitos, sem letras, pontos, traços ou espaços.`,
  EXCEL_NUMBER_FORMAT: `O Excel gravou este valor como número (por exemplo 1,23457E+11) e pode ter perdido dígitos ou zeros à esquerda. Formate a coluna ${INSTALLATION_COLUMN_HEADER} como Texto e digite os números novamente.`,
  DUPLICATE: (firstRow: number) =>
    `${INSTALLATION_COLUMN_HEADER} repetido: já aparece na linha ${firstRow}. Consideramos só a primeira vez.`,
} as const;

/** An XLSX numeric cell, kept as its raw XML text so we can tell it from a text cell. */
export class ExcelNumber {
  readonly raw: string;
  constructor(raw: string) {
    this.raw = raw;
  }
}

/** Space, tab, NBSP and the other Unicode spaces: trimmed around a cell value. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680
  );
}

export function isBlank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Dedupe key of a digit run: value + length·10¹², exact in a double (< 2⁵³) and distinct for
 * "0012" vs "12". Returns -1 when the range is not 1–12 digits.
 */
export function installationKey(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < INSTALLATION_NUMBER_RULE.minDigits || len > INSTALLATION_NUMBER_RULE.maxDigits) return -1;
  let v = 0;
  for (let k = start; k < end; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v + len * 1e12;
}

export function isValidInstallationNumber(value: string): boolean {
  return typeof value === 'string' && installationKey(value, 0, value.length) >= 0;
}

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;
const EXCEL_TEXT_FORMULA = /^="(\d{1,12})"$/;

/** Trims the usual spaces; returns the trimmed text. */
export function trimCell(value: string): string {
  let a = 0;
  let b = value.length;
  while (a < b && isSpace(value.charCodeAt(a))) a++;
  while (b > a && isSpace(value.charCodeAt(b - 1))) b--;
  return a === 0 && b === value.length ? value : value.slice(a, b);
}

/** Does this first-row cell look like data rather than a header (headerless file)? */
export function looksLikeData(cell: unknown): boolean {
  if (cell instanceof ExcelNumber || typeof cell === 'number') return true;
  if (typeof cell !== 'string') return false;
  const t = trimCell(cell);
  return isValidInstallationNumber(t) || SCIENTIFIC.test(t) || EXCEL_TEXT_FORMULA.test(t);
}

const MAX_LOAD = 0.6;

/**
 * Gives an ArrayBuffer's memory back now: `transfer(0)` (ES2024) detaches it and frees the backing
 * store immediately, where dropping the reference would keep it resident until some later full GC.
 * Without `transfer` (older browsers) this does nothing and the GC frees it as usual.
 */
function release(view: Float64Array | Int32Array): void {
  const buffer = view.buffer;
  if (buffer instanceof ArrayBuffer && typeof buffer.transfer === 'function' && !buffer.detached) {
    buffer.transfer(0);
  }
}

/** Power of two ≥ n. */
function capacityFor(n: number): number {
  let c = 2048;
  while (c * MAX_LOAD < n) c *= 2;
  return c;
}

/**
 * Collects numbers and per-row diagnostics with little memory at its peak (the end, when the result
 * strings exist). While scanning, no string is built for valid numbers: each distinct number is a
 * numeric key (value + length·10¹², see `installationKey`) in an open-addressing table (key and first
 * row per slot, so a probe touches one place), plus the keys in file order in small chunks. `result()`
 * frees the table, then builds the strings from the keys chunk by chunk, freeing each chunk as it goes.
 */
export class InstallationCollector {
  readonly diagnostics: InstallationDiagnostic[] = [];
  totalRows = 0;
  private count = 0;
  private readonly maxRows: number;
  private keys: Float64Array; // 0 = empty slot (every key is ≥ 10¹²)
  private firstRows: Int32Array;
  private mask: number;
  private limit: number;
  private readonly order: Float64Array[] = [];
  private list: InstallationList | undefined;

  /** `expectedRows` pre-sizes the table (rehashing costs more than a little slack). */
  constructor(maxRows: number, expectedRows = 0) {
    this.maxRows = maxRows;
    const capacity = capacityFor(Math.min(maxRows, Math.ceil(expectedRows), 1 << 22));
    this.keys = new Float64Array(capacity);
    this.firstRows = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.limit = Math.floor(capacity * MAX_LOAD);
  }

  /** Counts a non-blank data row; throws TOO_MANY_ROWS past the limit (stops work early). */
  countRow(): void {
    if (++this.totalRows > this.maxRows) throw new InstallationFileError('TOO_MANY_ROWS');
  }

  private slotOf(key: number): number {
    const lo = key % 4294967296;
    const hi = (key - lo) / 4294967296;
    let h = Math.imul((lo | 0) ^ Math.imul(hi | 0, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const keys = this.keys;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const k = keys[i]!;
      if (k === 0 || k === key) return i;
      i = (i + 1) & mask;
    }
  }

  /**
   * Records a valid number by its key and returns 0, or returns the first row where it appeared.
   * Allocates nothing on the JS heap (the string is built by `result()`).
   */
  seen(key: number, row: number): number {
    const i = this.slotOf(key);
    if (this.keys[i] !== 0) return this.firstRows[i]!;
    this.keys[i] = key;
    this.firstRows[i] = row;
    const n = this.count++;
    let chunk = this.order[n >>> ORDER_CHUNK_BITS];
    if (chunk === undefined) {
      chunk = new Float64Array(ORDER_CHUNK);
      this.order.push(chunk);
    }
    chunk[n & (ORDER_CHUNK - 1)] = key;
    if (this.count > this.limit) this.rehash();
    return 0;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldRows = this.firstRows;
    const capacity = oldKeys.length * 2;
    this.keys = new Float64Array(capacity);
    this.firstRows = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.limit = Math.floor(capacity * MAX_LOAD);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i]!;
      if (key === 0) continue;
      const j = this.slotOf(key);
      this.keys[j] = key;
      this.firstRows[j] = oldRows[i]!;
    }
    release(oldKeys);
    release(oldRows);
  }

  /** A valid number (already counted with countRow): recorded, or reported as a duplicate. */
  addValid(key: number, row: number): void {
    const first = this.seen(key, row);
    if (first !== 0) this.duplicate(keyToString(key), row, first);
  }

  duplicate(value: string, row: number, first: number): void {
    this.diagnostics.push({ row, value, code: 'DUPLICATE', message: DIAGNOSTIC_MESSAGES.DUPLICATE(first) });
  }

  addEmpty(row: number): void {
    this.countRow();
    this.diagnostics.push({ row, value: '', code: 'EMPTY', message: DIAGNOSTIC_MESSAGES.EMPTY });
  }

  /**
   * Any cell of the installation column (slow path: XLSX, quoted CSV fields, invalid values).
   * `otherContent`: whether another cell of the row has content (decides EMPTY vs blank row).
   */
  addCell(cell: unknown, row: number, otherContent: boolean): void {
    if (cell instanceof ExcelNumber || typeof cell === 'number') {
      this.countRow();
      const value = cell instanceof ExcelNumber ? cell.raw : String(cell);
      this.diagnostics.push({
        row,
        value,
        code: 'EXCEL_NUMBER_FORMAT',
        message: DIAGNOSTIC_MESSAGES.EXCEL_NUMBER_FORMAT,
      });
      return;
    }
    if (cell === null || cell === undefined || cell === '') {
      if (otherContent) this.addEmpty(row);
      return;
    }
    if (typeof cell !== 'string') {
      this.countRow();
      const value = cellText(cell);
      this.invalid(value, row);
      return;
    }
    if (cell.length > MAX_CELL_LENGTH)
      throw new InstallationFileError('CORRUPT_FILE', cellTooLongMessage(row));
    const t = trimCell(cell);
    if (t === '') {
      if (otherContent) this.addEmpty(row);
      return;
    }
    this.countRow();
    const key = installationKey(t, 0, t.length);
    if (key >= 0) {
      this.addValid(key, row);
      return;
    }
    // ="00123" is Excel's idiom for "keep as text" in CSV.
    const m = EXCEL_TEXT_FORMULA.exec(t);
    if (m) {
      const inner = m[1]!;
      this.addValid(installationKey(inner, 0, inner.length), row);
      return;
    }
    if (SCIENTIFIC.test(t)) {
      this.diagnostics.push({
        row,
        value: t,
        code: 'EXCEL_NUMBER_FORMAT',
        message: DIAGNOSTIC_MESSAGES.EXCEL_NUMBER_FORMAT,
      });
      return;
    }
    this.invalid(t, row);
  }

  private invalid(value: string, row: number): void {
    this.diagnostics.push({
      row,
      value,
      code: 'INVALID_NUMBER',
      message: DIAGNOSTIC_MESSAGES.INVALID_NUMBER,
    });
  }

  /** The list. Frees the table; the numbers stay as their keys in file order (8 bytes each). */
  result(): InstallationList {
    if (this.list !== undefined) return this.list;
    release(this.keys);
    release(this.firstRows);
    const numbers = new InstallationNumbers(this.order, this.count);
    this.list = { numbers, totalRows: this.totalRows, diagnostics: this.diagnostics };
    return this.list;
  }
}

/**
 * Picks the installation column of the first non-blank row: a recognised header (data starts on the
 * next row), or, when that row's first cell is itself a number, column 0 with the row as data.
 */
export function findInstallationColumn(
  firstRow: readonly unknown[],
  isHeader: (value: string) => boolean,
): { column: number; headerless: boolean } {
  for (let c = 0; c < firstRow.length; c++) {
    const cell = firstRow[c];
    if (typeof cell === 'string' && isHeader(cell)) return { column: c, headerless: false };
  }
  if (looksLikeData(firstRow[0])) return { column: 0, headerless: true };
  throw new InstallationFileError('MISSING_COLUMN');
}

/** An invalid cell as the diagnostic shows it: a date as YYYY-MM-DD, a scalar as written, anything else as JSON. */
function cellText(cell: unknown): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean' || typeof cell === 'bigint' || typeof cell === 'number') return String(cell);
  return JSON.stringify(cell) ?? '';
}
