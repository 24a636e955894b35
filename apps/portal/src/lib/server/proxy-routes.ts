// The one table of what the portal forwards to the API, used by server.js (production, http-proxy-3)
// and by Vite's dev proxy: the browser only ever talks to the portal's origin, so the HttpOnly session
// cookie reaches the API. A request path is normalised first (`..`, `%2e%2e`, backslashes: as the URL
// standard, which the proxy itself would apply afterwards), then must match one route exactly, and the
// normalised path is what is forwarded. Plain data and functions (server.js imports this file with
// Node's type stripping).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stampClient, type TrustedProxies } from './client-address.ts';

export interface ApiRoute {
  /** Matched against the whole normalised pathname. */
  pattern: RegExp;
  /** Also forwards WebSocket upgrades (graphql-ws). */
  websocket: boolean;
  /** Only while the development mailbox exists; HTML requests stay with the portal's mailbox page. */
  mailbox: boolean;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const API_ROUTES: readonly ApiRoute[] = [
  { pattern: /^\/graphql$/, websocket: true, mailbox: false },
  { pattern: new RegExp(`^/protocol/${UUID}\\.pdf$`, 'i'), websocket: false, mailbox: false },
  // A bill's PDF (Segunda via de conta); the API judges who may download it.
  { pattern: new RegExp(`^/bills/${UUID}\\.pdf$`, 'i'), websocket: false, mailbox: false },
  { pattern: /^\/dev\/mailbox$/, websocket: false, mailbox: true },
];

/**
 * Options of every forwarded request. `xfwd` stays off: the portal writes the client's address itself
 * (Forwarded with the port, replacing what the client sent), see client-address.ts.
 */
export const API_PROXY_OPTIONS = { xfwd: false, proxyTimeout: 60_000 } as const;

type Request = Pick<IncomingMessage, 'url' | 'headers'>;
export interface RouteOptions {
  mailboxEnabled: boolean;
}

const BASE = 'http://portal.invalid';

/**
 * The request target as the URL standard resolves it (pathname + query), or null for anything that is
 * not an origin-form path (`http://host/…`, `*`) or that leaves the origin.
 */
export function normalisedTarget(rawUrl: string | undefined): { pathname: string; search: string } | null {
  const raw = rawUrl ?? '/';
  if (!raw.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return { pathname: url.pathname, search: url.search };
}

function route(req: Request): { route: ApiRoute; target: string } | null {
  const t = normalisedTarget(req.url);
  if (!t) return null;
  const found = API_ROUTES.find((r) => r.pattern.test(t.pathname));
  return found ? { route: found, target: t.pathname + t.search } : null;
}

/** The normalised path to send to the API, or null when the request stays with SvelteKit. */
export function apiTarget(req: Request, opts: RouteOptions): string | null {
  const r = route(req);
  if (!r) return null;
  if (r.route.mailbox && (!opts.mailboxEnabled || (req.headers.accept ?? '').includes('text/html')))
    return null;
  return r.target;
}

/** The normalised path of a WebSocket upgrade for the API, or null (refused). */
export function upgradeTarget(req: Request): string | null {
  const r = route(req);
  return r?.route.websocket ? r.target : null;
}

/** Whether an HTTP request goes to the API rather than to SvelteKit. */
export function forwardsToApi(req: Request, opts: RouteOptions): boolean {
  return apiTarget(req, opts) !== null;
}

/** Whether a WebSocket upgrade goes to the API (any other upgrade is refused in production). */
export function upgradesToApi(req: Request): boolean {
  return upgradeTarget(req) !== null;
}

type ProxiedRequest = IncomingMessage;

/**
 * Prepares a request the table sends to the API: the normalised path, and the client's address in
 * place of every address the client claimed. Returns false when the request is not the API's.
 */
export function prepareForApi(
  req: ProxiedRequest,
  opts: RouteOptions & { trustedProxies: TrustedProxies },
  upgrade: boolean,
): boolean {
  const target = upgrade ? upgradeTarget(req) : apiTarget(req, opts);
  if (target === null) return false;
  req.url = target;
  stampClient(req, opts.trustedProxies);
  return true;
}

/**
 * Vite's `server.proxy` for the same table: one entry that sees every request and lets `bypass` decide
 * (a string keeps the request with Vite, undefined forwards it, prepared as in production).
 */
export function viteProxy(apiUrl: string, opts: RouteOptions & { trustedProxies: TrustedProxies }) {
  return {
    '^/': {
      target: apiUrl,
      ws: true,
      changeOrigin: false,
      ...API_PROXY_OPTIONS,
      bypass: (req: IncomingMessage, res?: ServerResponse) =>
        prepareForApi(req, opts, res === undefined) ? undefined : req.url,
    },
  };
}
