/**
 * The installation number rule, in one place: digits only, 1 to 12 of them. Leading zeros are
 * significant (`0012345` ≠ `12345`), so numbers are always kept as strings.
 */
export const INSTALLATION_NUMBER_RULE = { minDigits: 1, maxDigits: 12, pattern: /^\d{1,12}$/ } as const;

/** Upload limits, enforced by `parseInstallationFile` (the lower-level parsers take them as options). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Non-blank data rows (header excluded). */
export const MAX_DATA_ROWS = 100_000;
/** Longest cell accepted anywhere in the file; longer means a broken quote or a file that is not a list. */
export const MAX_CELL_LENGTH = 1_000;
/** Sum of the declared uncompressed sizes of an XLSX's entries (zip-bomb guard). */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Per-entry compression ratio above which an XLSX entry is refused (real sheets stay far below). */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
export const MAX_XLSX_ENTRIES = 1_000;

/** Header shown in the templates and in messages. */
export const INSTALLATION_COLUMN_HEADER = 'Nº Instalação';
