// How values are written for people, in pt-BR: dates in America/Sao_Paulo, numbers, plurals, the
// CPF input mask, addresses and a grant's scopes. The names of statuses and reasons: labels.ts.

const TZ = 'America/Sao_Paulo';

const dateTime = new Intl.DateTimeFormat('pt-BR', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat('pt-BR', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
const longDate = new Intl.DateTimeFormat('pt-BR', {
  timeZone: TZ,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "26/11/2026 21:30" (horário de Brasília). */
export function formatDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? dateTime.format(d).replace(',', '') : '—';
}

/** "27 de novembro de 2026 às 09:30" */
export function formatLongDateTime(value: string | Date | null | undefined): string {
  const d = toDate(value);
  return d ? `${longDate.format(d)} às ${timeOnly.format(d)}` : '—';
}

export function formatNumber(n: number): string {
  return n.toLocaleString('pt-BR');
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Masks a CPF as it is typed: digits only, up to 11, shown as 000.000.000-00. */
export function maskCpfInput(value: string): string {
  const d = value.replace(/\D/g, '').slice(0, 11);
  if (d.length <= 3) return d;
  if (d.length <= 6) return `${d.slice(0, 3)}.${d.slice(3)}`;
  if (d.length <= 9) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

export function installationAddress(i: {
  street: string;
  streetNumber?: string | null;
  complement?: string | null;
  district?: string | null;
}): string {
  const num = i.streetNumber ? `, ${i.streetNumber}` : '';
  const comp = i.complement ? ` – ${i.complement}` : '';
  const district = i.district ? ` – ${i.district}` : '';
  return `${i.street}${num}${comp}${district}`;
}

/** What a grant lets the invitee do, as the titular chose it in the invitee step. */
export const SCOPE_LABELS: Record<string, string> = {
  VIEW_BILLS: 'Consultar contas e consumo',
  REQUEST_SERVICES: 'Fazer solicitações',
};

export const ALL_SCOPES = ['VIEW_BILLS', 'REQUEST_SERVICES'] as const;

/** The scopes as one line: "Consultar contas e consumo e Fazer solicitações". */
export function scopesText(scopes: readonly string[] | null | undefined): string {
  const labels = ALL_SCOPES.filter((s) => scopes?.includes(s)).map((s) => SCOPE_LABELS[s]!);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} e ${labels.at(-1)}`;
}
