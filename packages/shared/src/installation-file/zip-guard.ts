import {
  MAX_DATA_ROWS,
  MAX_XLSX_COMPRESSION_RATIO,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from './constants.ts';
import { InstallationFileError, NOT_A_SPREADSHEET_ZIP_MESSAGE, XLSX_TOO_BIG_MESSAGE } from './errors.ts';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const corrupt = (cause?: unknown) =>
  new InstallationFileError('CORRUPT_FILE', undefined, cause === undefined ? undefined : { cause });

/** Reads the central directory (no decompression). Throws CORRUPT_FILE on anything inconsistent. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.byteLength;
  // End of central directory: 22 bytes + up to 65535 of comment.
  let eocd = -1;
  for (let p = len - 22; p >= 0 && p >= len - 22 - 65535; p--) {
    if (view.getUint32(p, true) === 0x06054b50) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // ZIP64 markers: a ≤ 10 MB spreadsheet never needs them.
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt();
  if (count > MAX_XLSX_ENTRIES) throw new InstallationFileError('FILE_TOO_LARGE', XLSX_TOO_BIG_MESSAGE);
  if (cdOffset + cdSize > eocd) throw corrupt();
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) throw corrupt();
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > eocd) throw corrupt();
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (localOffset + 30 > cdOffset || localOffset + 30 + compressedSize > cdOffset) throw corrupt();
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Entries read-excel-file will inflate (it only unpacks XML). */
const isReadByParser = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Zip-bomb and sanity guard run before read-excel-file sees the bytes: checks declared sizes and
 * ratios, then actually inflates each XML entry (streaming, native DecompressionStream) and stops
 * as soon as it would exceed what was declared, so lying headers cannot blow memory either.
 * Also counts `<row` elements of worksheets to refuse far-too-long sheets before the slow XML parse.
 */
export async function inspectXlsxZip(bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  const entries = readZipDirectory(bytes);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new InstallationFileError('UNSUPPORTED_FORMAT', NOT_A_SPREADSHEET_ZIP_MESSAGE);
  }
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES)
      throw new InstallationFileError('FILE_TOO_LARGE', XLSX_TOO_BIG_MESSAGE);
    if (e.method !== 0 && e.method !== 8) throw corrupt();
    if (e.method === 0 && e.size !== e.compressedSize) throw corrupt();
    if (e.size > 1024 * 1024 && e.size > e.compressedSize * MAX_XLSX_COMPRESSION_RATIO) {
      throw new InstallationFileError('FILE_TOO_LARGE', XLSX_TOO_BIG_MESSAGE);
    }
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries) {
    if (!isReadByParser(e.name)) continue;
    signal?.throwIfAborted();
    if (view.getUint32(e.localOffset, true) !== 0x04034b50) throw corrupt();
    const start =
      e.localOffset +
      30 +
      view.getUint16(e.localOffset + 26, true) +
      view.getUint16(e.localOffset + 28, true);
    if (start + e.compressedSize > bytes.byteLength) throw corrupt();
    const data = bytes.subarray(start, start + e.compressedSize);
    const isSheet = e.name.startsWith('xl/worksheets/');
    const { size, rows } =
      e.method === 0 ? countStored(data, isSheet) : await inflateCounting(data, e.size, isSheet);
    if (size !== e.size) throw corrupt();
    // 2× margin: rows with only formatting still count here; the exact limit applies after parsing.
    if (rows > 2 * MAX_DATA_ROWS + 1) throw new InstallationFileError('TOO_MANY_ROWS');
  }
}

/** Counts `<row` followed by space or `>` across chunk boundaries. */
class RowCounter {
  rows = 0;
  private state = 0; // matched prefix length of "<row"
  feed(chunk: Uint8Array): void {
    let st = this.state;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (st === 4) {
        if (c === 0x20 || c === 0x3e || c === 0x2f) this.rows++;
        st = 0;
      }
      if (c === 0x3c) st = 1;
      else if (st === 1 && c === 0x72) st = 2;
      else if (st === 2 && c === 0x6f) st = 3;
      else if (st === 3 && c === 0x77) st = 4;
      else st = 0;
    }
    this.state = st;
  }
}

function countStored(data: Uint8Array, isSheet: boolean): { size: number; rows: number } {
  const counter = new RowCounter();
  if (isSheet) counter.feed(data);
  return { size: data.byteLength, rows: counter.rows };
}

async function inflateCounting(
  data: Uint8Array,
  declared: number,
  isSheet: boolean,
): Promise<{ size: number; rows: number }> {
  const counter = new RowCounter();
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > declared) {
        await reader.cancel().catch(() => undefined);
        throw corrupt();
      }
      if (isSheet) counter.feed(value);
    }
  } catch (err) {
    if (err instanceof InstallationFileError) throw err;
    throw corrupt(err);
  }
  return { size, rows: counter.rows };
}
