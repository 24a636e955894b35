import { INSTALLATION_COLUMN_HEADER, MAX_CELL_LENGTH, MAX_DATA_ROWS, MAX_FILE_BYTES } from './constants.ts';

export type InstallationFileErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  | 'MISSING_COLUMN'
  | 'CORRUPT_FILE';

/**
 * pt-BR grouping of a non-negative integer ("100.000"), same output as toLocaleString('pt-BR') but
 * without it: that call loads ICU locale data, ~7 MB of RSS in Node, just to format constants.
 */
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

/** Default pt-BR messages, shown as is to the customer. */
export const FILE_ERROR_MESSAGES: Record<InstallationFileErrorCode, string> = {
  UNSUPPORTED_FORMAT:
    'Formato de arquivo não aceito. Envie uma planilha .xlsx ou um arquivo .csv (você pode usar o modelo em “Baixar modelo de arquivo”).',
  EMPTY_FILE: `O arquivo não tem nenhuma instalação. Preencha uma instalação por linha na coluna ${INSTALLATION_COLUMN_HEADER}.`,
  FILE_TOO_LARGE: `O arquivo tem mais de ${fmt(MAX_FILE_BYTES / 1024 / 1024)} MB. Divida as instalações em arquivos menores.`,
  TOO_MANY_ROWS: `O arquivo tem mais de ${fmt(MAX_DATA_ROWS)} linhas. Divida as instalações em arquivos menores.`,
  MISSING_COLUMN: `Não encontramos a coluna “${INSTALLATION_COLUMN_HEADER}”. Coloque esse título na primeira linha da planilha ou use o modelo em “Baixar modelo de arquivo”.`,
  CORRUPT_FILE:
    'Não conseguimos ler o arquivo: ele parece estar corrompido. Abra-o no Excel, salve novamente e tente de novo.',
};

export const XLS_MESSAGE =
  'Arquivos .xls (Excel 97-2003) não são aceitos. No Excel, use Arquivo > Salvar como e escolha “Pasta de Trabalho do Excel (.xlsx)” ou “CSV UTF-8”.';
export const NOT_A_SPREADSHEET_ZIP_MESSAGE =
  'Este arquivo compactado não é uma planilha do Excel. Envie uma planilha .xlsx ou um arquivo .csv.';
export const XLSX_TOO_BIG_MESSAGE =
  'O conteúdo da planilha é grande demais para ser lido. Divida as instalações em arquivos menores.';
export const cellTooLongMessage = (row: number) =>
  `A linha ${fmt(row)} tem uma célula com mais de ${fmt(MAX_CELL_LENGTH)} caracteres. Confira o arquivo e tente de novo.`;

/** A whole-file problem: nothing from the file can be used. `message` is pt-BR, for the customer. */
export class InstallationFileError extends Error {
  override readonly name = 'InstallationFileError';
  readonly code: InstallationFileErrorCode;

  constructor(
    code: InstallationFileErrorCode,
    message: string = FILE_ERROR_MESSAGES[code],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.code = code;
  }
}
