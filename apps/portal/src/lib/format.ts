// Dates in America/Sao_Paulo, statuses and input masks, all in pt-BR.
import { BILL_STATUS_LABELS } from '@delega/shared/billing';

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

export type GrantStatus = 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'CANCELLED' | 'REVOKED';

export const GRANT_STATUS: Record<GrantStatus, { label: string; tone: 'ok' | 'info' | 'warn' | 'bad' | '' }> =
  {
    INVITED: { label: 'Convite enviado', tone: 'info' },
    ACCEPTED: { label: 'Ativo', tone: 'ok' },
    DECLINED: { label: 'Recusado', tone: 'bad' },
    EXPIRED: { label: 'Expirado', tone: 'warn' },
    CANCELLED: { label: 'Cancelado', tone: '' },
    REVOKED: { label: 'Retirado', tone: '' },
  };

export function grantStatus(status: string): { label: string; tone: string } {
  return GRANT_STATUS[status as GrantStatus] ?? { label: status, tone: '' };
}

export const END_REASONS: Record<string, string> = {
  DECLINED_BY_INVITEE: 'Recusado pelo convidado',
  REVOKED_BY_TITULAR: 'Permissão retirada pelo titular',
  CANCELLED_BY_TITULAR: 'Convite cancelado pelo titular',
  RENOUNCED_BY_INVITEE: 'O convidado abriu mão do acesso',
  INVITE_EXPIRED: 'O convite expirou sem resposta',
  REPLACED_BY_NEW_INVITE: 'Substituído por um novo convite',
  ALL_INSTALLATIONS_REVOKED: 'Todas as instalações foram retiradas',
  TITULARITY_CHANGED: 'A titularidade da instalação mudou',
  INSTALLATION_DEACTIVATED: 'A instalação foi desligada',
  REPRESENTATIVE_REMOVED: 'Quem concedeu deixou de representar o parceiro de negócio',
  PARTNER_ENDED: 'O parceiro de negócio foi encerrado',
  VALIDITY_ENDED: 'Chegou ao fim o prazo da permissão',
};

export function endReason(reason: string | null | undefined): string {
  return reason ? (END_REASONS[reason] ?? reason) : '';
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

export const CUSTOMER_CLASS: Record<string, string> = {
  RESIDENTIAL: 'Residencial',
  COMMERCIAL: 'Comercial',
  INDUSTRIAL: 'Industrial',
  RURAL: 'Rural',
};

export function customerClass(c: string | null | undefined): string {
  return c ? (CUSTOMER_CLASS[c] ?? c) : '';
}

const BILL_TONES: Record<string, string> = { PAID: 'ok', OPEN: 'info', OVERDUE: 'bad' };

/** A bill's badge: the shared labels (Paga, Em aberto, Vencida) with a tone. */
export function billStatusBadge(status: string): { label: string; tone: string } {
  const label = (BILL_STATUS_LABELS as Record<string, string>)[status] ?? status;
  return { label, tone: BILL_TONES[status] ?? '' };
}

export const REQUEST_STATUS: Record<string, { label: string; tone: string }> = {
  RECEIVED: { label: 'Recebida', tone: 'info' },
  OPEN: { label: 'Em andamento', tone: 'info' },
  IN_PROGRESS: { label: 'Em andamento', tone: 'info' },
  DONE: { label: 'Concluída', tone: 'ok' },
  COMPLETED: { label: 'Concluída', tone: 'ok' },
  CANCELLED: { label: 'Cancelada', tone: '' },
  REJECTED: { label: 'Não atendida', tone: 'bad' },
};

export function requestStatusBadge(status: string): { label: string; tone: string } {
  return REQUEST_STATUS[status] ?? { label: status, tone: '' };
}

export const REQUEST_TYPES: Record<string, string> = {
  DUE_DATE_CHANGE: 'Alteração da data de vencimento',
  POWER_OUTAGE: 'Falta de energia',
};

export function requestType(type: string): string {
  return REQUEST_TYPES[type] ?? type;
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
