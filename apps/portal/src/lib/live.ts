// One accessGrantChanged subscription per tab; pages register to update their rows, the layout shows
// a notification. Loaded lazily by signed-in pages only. Every event carries a cursor: after a
// reconnect (the API restarted, the network dropped, the server closed a slow connection) the tab
// subscribes again with the last one and the server replays what it missed, so the list never stays
// stale; a RESYNC (the cursor was too old) or a reconnect before any event re-reads the lists.
import { onReconnect, subscribe } from './client.ts';
import { AccessGrantChangedSubscription } from './graphql/grants.ts';
import type { AccessGrantChangedSubscription as Event } from './graphql/generated/graphql.ts';
import { notify } from './toasts.svelte.ts';

export type GrantChange = Event['accessGrantChanged'];

/** How many recent events are remembered to drop one delivered twice (a resume may repeat a few). */
const REMEMBERED = 500;

export interface LiveFeed {
  /** Called with each event once (duplicates and RESYNC are not passed on). */
  onEvent: (e: GrantChange) => void;
  /** The lists must be re-read: RESYNC, or a reconnect before any event gave us a cursor. */
  onStale: () => void;
}

/** The subscription, its cursor and its resume; `subscribe` starts one (after `after`, if given). */
export function createLiveFeed(
  subscribe: (after: string | undefined, handle: (e: GrantChange) => void) => () => void,
  feed: LiveFeed,
): { start: () => void; reconnected: () => void; stop: () => void } {
  let cursor: string | undefined;
  let stopCurrent: (() => void) | null = null;
  const seen = new Set<string>();
  const handle = (e: GrantChange) => {
    cursor = e.cursor;
    if (e.change === 'RESYNC') return feed.onStale();
    const key = `${e.grantId}|${e.change}|${String(e.at)}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (seen.size > REMEMBERED) seen.delete(seen.values().next().value!);
    feed.onEvent(e);
  };
  const start = () => {
    stopCurrent?.();
    stopCurrent = subscribe(cursor, handle);
  };
  return {
    start,
    reconnected: () => {
      if (cursor) start();
      else feed.onStale();
    },
    stop: () => {
      stopCurrent?.();
      stopCurrent = null;
    },
  };
}

const listeners = new Set<(e: GrantChange) => void>();
const refreshers = new Set<() => void>();
let started = false;

export function startLive(): void {
  if (started) return;
  started = true;
  const live = createLiveFeed(
    (after, handle) =>
      subscribe(AccessGrantChangedSubscription, after ? { after } : {}, (data) =>
        handle(data.accessGrantChanged),
      ),
    {
      onEvent: (event) => {
        const message = describe(event);
        if (message) notify(message, event.status === 'ACCEPTED' ? 'success' : 'info', 10_000);
        for (const l of listeners) l(event);
      },
      onStale: () => {
        for (const r of refreshers) r();
      },
    },
  );
  live.start();
  onReconnect(() => live.reconnected());
}

/** Subscribe a page to grant changes; `refresh` is called when the lists must be re-read. */
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
