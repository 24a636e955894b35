import type { InstallationDiagnostic } from './collector.ts';

function cell(value: string): string {
  // Neutralise spreadsheet formulas (CSV injection): the value column echoes customer input.
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The refused rows as a downloadable CSV for pt-BR Excel: UTF-8 with BOM, `;`, CRLF. */
export function buildDiagnosticsCsv(diagnostics: readonly InstallationDiagnostic[]): Uint8Array {
  const lines = ['Linha;Valor;Motivo'];
  for (const d of diagnostics) lines.push(`${d.row};${cell(d.value)};${cell(d.message)}`);
  return new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
}
