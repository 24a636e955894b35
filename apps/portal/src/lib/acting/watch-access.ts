// Follows an invitee's grant while an installation page is open (accessGrantChanged through live.ts):
// a change that ends the grant ends the page's access at once; one that may have taken this installation
// or a scope away asks the API again (`recheck`), as do a reconnect and the tab becoming visible.
import { endedMessage, verdict } from './access-ended.ts';

export interface WatchOptions {
  grantId: string;
  titularName: string;
  /** Asks the API whether the grant still covers the installation (false: it does not). */
  recheck: () => Promise<boolean>;
  onEnded: (message: string) => void;
}

export function watchAccess(o: WatchOptions): () => void {
  let stop: (() => void) | undefined;
  let cancelled = false;
  let lastChange: string | null = null;
  const check = async () => {
    if (cancelled) return;
    if (!(await o.recheck())) o.onEnded(endedMessage(lastChange, o.titularName));
  };
  void import('../live.ts').then(({ onGrantChanged }) => {
    if (cancelled) return;
    stop = onGrantChanged(
      (event) => {
        const v = verdict(event, o.grantId);
        if (v === 'unchanged') return;
        lastChange = event.change;
        if (v === 'ended') o.onEnded(endedMessage(event.change, o.titularName));
        else void check();
      },
      () => void check(),
    );
  });
  const onVisible = () => document.visibilityState === 'visible' && void check();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    cancelled = true;
    stop?.();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
