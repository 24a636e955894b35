import {
  ExcelNumber,
  findInstallationColumn,
  InstallationCollector,
  isBlank,
  type InstallationList,
} from './collector.ts';
import { InstallationFileError } from './errors.ts';
import { isInstallationHeader } from './header.ts';
import { inspectXlsxZip } from './zip-guard.ts';

export interface XlsxParseOptions {
  maxRows?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

function cellHasContent(cell: unknown): boolean {
  if (cell === null || cell === undefined) return false;
  if (typeof cell === 'string') return !isBlank(cell, 0, cell.length);
  return true;
}

/**
 * Reads the first sheet of an XLSX. The zip is inspected first (zip-bomb guard); read-excel-file is
 * imported lazily so the CSV path does not ship it. Numeric cells come back as ExcelNumber (raw text).
 */
export async function parseInstallationXlsx(
  bytes: Uint8Array,
  options: XlsxParseOptions = {},
): Promise<InstallationList> {
  await inspectXlsxZip(bytes, options.signal);
  options.signal?.throwIfAborted();
  options.onProgress?.(0.2);
  const { readSheet } = await import('read-excel-file/universal');
  let rows: unknown[][];
  try {
    rows = await readSheet<ExcelNumber>(toArrayBuffer(bytes), 1, {
      trim: false,
      parseNumber: (raw) => new ExcelNumber(raw),
    });
  } catch (err) {
    throw new InstallationFileError('CORRUPT_FILE', undefined, { cause: err });
  }
  options.signal?.throwIfAborted();
  options.onProgress?.(0.8);
  const collector = new InstallationCollector(options.maxRows ?? Infinity, rows.length);
  let column = -1;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    if (column < 0) {
      if (!cells.some(cellHasContent)) continue;
      const found = findInstallationColumn(cells, isInstallationHeader);
      column = found.column;
      if (!found.headerless) continue;
    }
    let other = false;
    for (let c = 0; c < cells.length && !other; c++)
      if (c !== column && cellHasContent(cells[c])) other = true;
    collector.addCell(cells[column] ?? null, row, other);
  }
  if (column < 0 || collector.totalRows === 0) throw new InstallationFileError('EMPTY_FILE');
  return collector.result();
}
