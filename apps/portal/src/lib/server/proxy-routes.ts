// The one table of what the portal forwards to the API, used by server.js (production, http-proxy-3)
// and by Vite's dev proxy: the browser only ever talks to the portal's origin, so the HttpOnly session
// cookie reaches the API. Plain data and functions (server.js imports this file with Node's type stripping).
import type { IncomingMessage } from 'node:http';

export interface ApiRoute {
  path: string;
  /** Every path below `path` (else `path` exactly, with any query string). */
  prefix: boolean;
  /** Also forwards WebSocket upgrades (graphql-ws). */
  websocket: boolean;
  /** Only while the development mailbox exists; HTML requests stay with the portal's mailbox page. */
  mailbox: boolean;
}

export const API_ROUTES: readonly ApiRoute[] = [
  { path: '/graphql', prefix: false, websocket: true, mailbox: false },
  { path: '/protocol/', prefix: true, websocket: false, mailbox: false },
  { path: '/dev/mailbox', prefix: false, websocket: false, mailbox: true },
];

/** Options of every forwarded request: the visitor's address in X-Forwarded-For (per-IP rate limits). */
export const API_PROXY_OPTIONS = { xfwd: true, proxyTimeout: 60_000 } as const;

type Request = Pick<IncomingMessage, 'url' | 'headers'>;

function routeOf(req: Request): ApiRoute | undefined {
  const path = (req.url ?? '/').split('?')[0]!;
  return API_ROUTES.find((r) => (r.prefix ? path.startsWith(r.path) : path === r.path));
}

/** Whether an HTTP request goes to the API rather than to SvelteKit. */
export function forwardsToApi(req: Request, opts: { mailboxEnabled: boolean }): boolean {
  const route = routeOf(req);
  if (!route) return false;
  if (route.mailbox) return opts.mailboxEnabled && !(req.headers.accept ?? '').includes('text/html');
  return true;
}

/** Whether a WebSocket upgrade goes to the API (any other upgrade is refused in production). */
export function upgradesToApi(req: Request): boolean {
  return routeOf(req)?.websocket === true;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same table as Vite's `server.proxy` (keys are anchored patterns, so `/graphqlx` is not sent on). */
export function viteProxy(apiUrl: string, opts: { mailboxEnabled: boolean }) {
  return Object.fromEntries(
    API_ROUTES.filter((r) => !r.mailbox || opts.mailboxEnabled).map((r) => [
      `^${escapeRegExp(r.path)}${r.prefix ? '' : '(?:\\?|$)'}`,
      {
        target: apiUrl,
        ws: r.websocket,
        changeOrigin: false,
        ...API_PROXY_OPTIONS,
        // Requests the table keeps with the portal are served by Vite (the mailbox page).
        bypass: (req: IncomingMessage) => (forwardsToApi(req, opts) ? undefined : req.url),
      },
    ]),
  );
}
