import type { InstallationList } from './collector.ts';
import { MAX_DATA_ROWS, MAX_FILE_BYTES } from './constants.ts';
import { createCsvScanner } from './csv.ts';
import { InstallationFileError, XLS_MESSAGE } from './errors.ts';

export type InstallationFileKind = 'csv' | 'xlsx';

export interface InstallationFileResult extends InstallationList {
  kind: InstallationFileKind;
}

export interface ParseInstallationFileOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const REFUSED_EXTENSIONS = new Set([
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'doc',
  'docx',
  'ods',
  'odt',
  'zip',
  'rar',
  '7z',
  'exe',
]);

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/**
 * Kind by magic bytes first (PK → XLSX, OLE → old .xls, PDF/images/NUL bytes → refused), then by
 * extension. Text without a known binary signature is read as CSV whatever its extension says.
 */
export function detectInstallationFileKind(bytes: Uint8Array, fileName: string): InstallationFileKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || ext === 'xls') {
    throw new InstallationFileError('UNSUPPORTED_FORMAT', XLS_MESSAGE);
  }
  if (ext === 'xlsx' || ext === 'xlsm') throw new InstallationFileError('CORRUPT_FILE');
  if (REFUSED_EXTENSIONS.has(ext)) throw new InstallationFileError('UNSUPPORTED_FORMAT');
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16) {
    // NUL bytes never occur in a text CSV: PDF, images, executables and other binaries have them early.
    const probe = Math.min(bytes.length, 8192);
    for (let i = 0; i < probe; i++) if (bytes[i] === 0) throw new InstallationFileError('UNSUPPORTED_FORMAT');
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new InstallationFileError('UNSUPPORTED_FORMAT'); // %PDF
  }
  return 'csv';
}

const CHUNK_ROWS = 20_000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads an uploaded installation file (CSV or XLSX) with the upload limits. Per-row problems come back
 * in `diagnostics`; whole-file problems throw InstallationFileError with a pt-BR message.
 * Aborting rejects with the signal's reason.
 */
export async function parseInstallationFile(
  input: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ParseInstallationFileOptions = {},
): Promise<InstallationFileResult> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new InstallationFileError('FILE_TOO_LARGE');
  if (bytes.byteLength === 0) throw new InstallationFileError('EMPTY_FILE');
  const kind = detectInstallationFileKind(bytes, fileName);
  if (kind === 'xlsx') {
    const { parseInstallationXlsx } = await import('./xlsx.ts');
    const list = await parseInstallationXlsx(bytes, { maxRows: MAX_DATA_ROWS, signal, onProgress });
    onProgress?.(1);
    return { kind, ...list };
  }
  const scanner = createCsvScanner(bytes, { maxRows: MAX_DATA_ROWS });
  // Chunked so a browser stays responsive, shows progress and can abort.
  while (!scanner.step(CHUNK_ROWS)) {
    onProgress?.(scanner.progress);
    await yieldToEventLoop();
    signal?.throwIfAborted();
  }
  const list = scanner.result();
  onProgress?.(1);
  return { kind, ...list };
}
