// Dates in America/Sao_Paulo, statuses and input masks, all in pt-BR.

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
