// The invite a person was answering when they had to confirm their e-mail first (registering from a
// copied link): kept in this browser so the confirmation page can bring them back to it. Only the
// path of a still-valid invite, removed once used or expired.
const KEY = 'delega:pending-invite';

interface Pending {
  path: string;
  expiresAt: string;
}

export function rememberInvite(path: string, expiresAt: string | null | undefined): void {
  if (!/^\/convite\/[\w-]+$/.test(path) || !expiresAt) return;
  try {
    localStorage.setItem(KEY, JSON.stringify({ path, expiresAt } satisfies Pending));
  } catch {
    /* storage disabled: the person follows the e-mailed link instead */
  }
}

/** The pending invite's path while it is still valid; null otherwise. */
export function pendingInvite(now = Date.now()): string | null {
  try {
    const p = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Pending | null;
    if (!p || !/^\/convite\/[\w-]+$/.test(p.path) || !(new Date(p.expiresAt).getTime() > now)) {
      localStorage.removeItem(KEY);
      return null;
    }
    return p.path;
  } catch {
    return null;
  }
}

export function forgetInvite(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* ignore */
  }
}
