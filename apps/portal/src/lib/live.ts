// One accessGrantChanged subscription per tab; pages register to update their rows, the layout shows
// a notification. Loaded lazily by signed-in pages only.
import { getClient, onReconnect } from './client.ts';
import { AccessGrantChangedSubscription } from './graphql/grants.ts';
import type { AccessGrantChangedSubscription as Event } from './graphql/generated/graphql.ts';
import { notify } from './toasts.svelte.ts';

export type GrantChange = Event['accessGrantChanged'];

const listeners = new Set<(e: GrantChange) => void>();
const refreshers = new Set<() => void>();
let started = false;

export function startLive(): void {
  if (started) return;
  started = true;
  getClient()
    .subscription(AccessGrantChangedSubscription, {})
    .subscribe((result) => {
      const event = result.data?.accessGrantChanged;
      if (!event) return;
      const message = describe(event);
      if (message) notify(message, event.status === 'ACCEPTED' ? 'success' : 'info', 10_000);
      for (const l of listeners) l(event);
    });
  onReconnect(() => {
    for (const r of refreshers) r();
  });
}

/** Subscribe a page to grant changes; `refresh` is called after a reconnect. Returns the unsubscribe. */
export function onGrantChanged(listener: (e: GrantChange) => void, refresh?: () => void): () => void {
  startLive();
  listeners.add(listener);
  if (refresh) refreshers.add(refresh);
  return () => {
    listeners.delete(listener);
    if (refresh) refreshers.delete(refresh);
  };
}

export function describe(e: GrantChange): string | null {
  const g = e.grant;
  const protocol = g ? ` (protocolo ${g.protocolNumber})` : '';
  if (g?.viewerRole === 'INVITEE') {
    const titular = g.titular.fullName;
    switch (e.change) {
      case 'REVOKED':
        return `${titular} retirou a sua permissão de acesso${protocol}.`;
      case 'INSTALLATIONS_REVOKED':
        return `${titular} retirou o seu acesso a algumas instalações${protocol}.`;
      case 'CANCELLED':
      case 'REPLACED':
        return `${titular} cancelou o convite${protocol}.`;
      case 'ACCEPTED':
        return `Você aceitou o convite de ${titular}${protocol}.`;
      case 'RENOUNCED':
        return `Você abriu mão do acesso${protocol}.`;
      default:
        return null;
    }
  }
  const invitee = g?.invitee.fullName ?? 'O convidado';
  switch (e.change) {
    case 'ACCEPTED':
      return `${invitee} aceitou o convite${protocol}.`;
    case 'DECLINED':
      return `${invitee} recusou o convite${protocol}.`;
    case 'EXPIRED':
      return `O convite para ${invitee} expirou${protocol}.`;
    case 'RENOUNCED':
      return `${invitee} abriu mão do acesso${protocol}.`;
    default:
      // Changes the titular made themselves (created, revoked, re-sent) need no notification.
      return null;
  }
}
