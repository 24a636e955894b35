export {
  INSTALLATION_COLUMN_HEADER,
  INSTALLATION_NUMBER_RULE,
  MAX_CELL_LENGTH,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
  MAX_XLSX_COMPRESSION_RATIO,
  MAX_XLSX_ENTRIES,
  MAX_XLSX_UNCOMPRESSED_BYTES,
} from './constants.ts';
export {
  DIAGNOSTIC_MESSAGES,
  isValidInstallationNumber,
  type InstallationDiagnostic,
  type InstallationDiagnosticCode,
  type InstallationList,
} from './collector.ts';
export { InstallationNumbers } from './installation-numbers.ts';
export { FILE_ERROR_MESSAGES, InstallationFileError, type InstallationFileErrorCode } from './errors.ts';
export { isInstallationHeader, normalizeHeader } from './header.ts';
export { decodeCsvBytes, detectCsvEncoding, isValidUtf8, type TextEncodingName } from './decode.ts';
export {
  createCsvScanner,
  detectDelimiterBytes,
  InstallationCsvScanner,
  parseInstallationCsvBytes,
  parseInstallationCsvText,
  type CsvDelimiter,
  type CsvParseOptions,
} from './csv.ts';
export {
  detectInstallationFileKind,
  parseInstallationFile,
  type InstallationFileKind,
  type InstallationFileResult,
  type ParseInstallationFileOptions,
} from './parse.ts';
export {
  buildInstallationTemplateCsv,
  buildInstallationTemplateXlsx,
  TEMPLATE_INSTRUCTIONS,
  TEMPLATE_TEXT_ROWS,
} from './template.ts';
export { buildDiagnosticsCsv } from './diagnostics-csv.ts';
