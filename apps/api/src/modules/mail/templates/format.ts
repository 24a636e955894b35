// Formatting shared by e-mails and the PDF protocol: pt-BR, America/Sao_Paulo.

export const BRAZIL_TIME_ZONE = 'America/Sao_Paulo';

const dateTimeParts = new Intl.DateTimeFormat('pt-BR', {
  timeZone: BRAZIL_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of dateTimeParts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** `27/11/2026 às 11:06` (America/Sao_Paulo). */
export function formatDateTimeShort(date: Date): string {
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} às ${p.hour}:${p.minute}`;
}

/** `27/11/2026 às 11:06 (horário de Brasília)`. */
export function formatDateTime(date: Date): string {
  return `${formatDateTimeShort(date)} (horário de Brasília)`;
}

const integer = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });

/** `10.000`. */
export function formatInteger(n: number): string {
  return integer.format(n);
}

/** `1 instalação`, `10.000 instalações`. */
export function installationsLabel(n: number): string {
  return `${formatInteger(n)} ${n === 1 ? 'instalação' : 'instalações'}`;
}
