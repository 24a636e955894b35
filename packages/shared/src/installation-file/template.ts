import { INSTALLATION_COLUMN_HEADER } from './constants.ts';

const BOM = '\uFEFF';

/**
 * CSV template as pt-BR Excel expects it: UTF-8 with BOM (else Excel reads it as Windows-1252),
 * `;` separator, CRLF. Header only, plus the optional pre-filled numbers.
 */
export function buildInstallationTemplateCsv(numbers: readonly string[] = []): Uint8Array {
  const lines = [INSTALLATION_COLUMN_HEADER, ...numbers];
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

/** Empty rows pre-formatted as Text in the XLSX template, so typed numbers keep their leading zeros. */
export const TEMPLATE_TEXT_ROWS = 1_000;

export const TEMPLATE_INSTRUCTIONS = [
  'Como preencher',
  `1. Preencha uma instalação por linha na coluna ${INSTALLATION_COLUMN_HEADER}, na aba “Instalações”, a partir da linha 2.`,
  '2. Use apenas números, sem pontos, traços ou espaços (até 12 dígitos). Os zeros à esquerda fazem parte do número.',
  '3. A coluna já está formatada como Texto para o Excel não apagar os zeros à esquerda. Se colar números de outra planilha, use “Colar valores”.',
  '4. Não altere o título da coluna. Números repetidos são considerados uma vez só.',
  '5. Limite: 100.000 instalações por arquivo. Salve como .xlsx e use “Carregar arquivo com instalações”.',
];

/**
 * XLSX template (write-excel-file, universal build: works in browser and Node), lazily imported so the
 * portal's CSV path stays small. Sheet "Instalações" has the header and a Text-formatted column
 * (`format: '@'`); sheet "Instruções" explains how to fill it.
 */
export async function buildInstallationTemplateXlsx(numbers: readonly string[] = []): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const text = (value?: string) => ({ value, type: String, format: '@' });
  const padding = Math.max(0, TEMPLATE_TEXT_ROWS - numbers.length);
  const data = [
    [{ value: INSTALLATION_COLUMN_HEADER, type: String, format: '@', fontWeight: 'bold' as const }],
    ...numbers.map((n) => [text(n)]),
    ...Array.from({ length: padding }, () => [text()]),
  ];
  const instructions = TEMPLATE_INSTRUCTIONS.map((line, i) =>
    i === 0 ? [{ value: line, fontWeight: 'bold' as const }] : [{ value: line }],
  );
  const blob = await writeExcelFile([
    { sheet: 'Instalações', data, columns: [{ width: 24 }], stickyRowsCount: 1 },
    { sheet: 'Instruções', data: instructions, columns: [{ width: 120 }] },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
