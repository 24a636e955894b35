// The Portuguese names (and badge tones) of grant, bill and service-request statuses, of why a grant
// ended, of request types and customer classes.
import { BILL_STATUS_LABELS } from '@delega/shared/billing';

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
