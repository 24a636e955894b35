import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { portalConfig, SESSION_COOKIE } from './config.ts';
import type { CallOptions } from './api.ts';
import { clientEndpoint, normaliseAddress, type ClientEndpoint } from './client-address.ts';

export function setSessionCookie(cookies: Cookies, token: string): void {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: portalConfig().secureCookies,
    // The API's session has a sliding expiry; the cookie lives as long as the longest session.
    maxAge: 60 * 60 * 24 * 7,
  });
}

export function clearSessionCookie(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: portalConfig().secureCookies,
  });
}

/** What every server-side API call needs from the request: the token and the visitor's identity. */
export function callOptions(
  event: Pick<RequestEvent, 'locals' | 'request' | 'getClientAddress' | 'platform'>,
): CallOptions {
  return {
    token: event.locals.token,
    client: clientOf(event),
    userAgent: event.request.headers.get('user-agent'),
  };
}

/**
 * The browser's address and source port. adapter-node hands us the Node request (`platform.req`), read
 * as the proxy reads it (TRUSTED_PROXIES); `vite dev` has no platform, so there only the address.
 */
function clientOf(event: Pick<RequestEvent, 'getClientAddress' | 'platform'>): ClientEndpoint | null {
  const req = event.platform?.req;
  if (req) return clientEndpoint(req, portalConfig().trustedProxies);
  try {
    const address = normaliseAddress(event.getClientAddress());
    return address ? { address, port: null } : null;
  } catch {
    return null;
  }
}

const BASE = 'http://x';
// Control characters, any Unicode space, and backslashes (browsers read `\` as `/` and drop tabs and
// newlines from URLs, so `/\t/evil.example` becomes `//evil.example`, another site).
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/** A path as the browser could read it: no unsafe characters, one leading slash, no `//` anywhere. */
function safePath(path: string): boolean {
  return path.startsWith('/') && !path.includes('//') && !UNSAFE.test(path);
}

/**
 * Only same-origin absolute paths are followed after sign-in (no open redirects): a single leading `/`,
 * no `//` or `/\`, no control characters or spaces, also once percent-decoded (any number of times),
 * and resolving inside our origin. Anything else gives `fallback`.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || next.length > 2048) return fallback;
  const split = next.search(/[?#]/);
  let path = split === -1 ? next : next.slice(0, split);
  const rest = split === -1 ? '' : next.slice(split);
  if (UNSAFE.test(rest)) return fallback;
  for (let round = 0; ; round++) {
    if (!safePath(path)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return fallback; // a stray `%`
    }
    if (decoded === path) break;
    if (round === 5) return fallback;
    path = decoded;
  }
  const url = new URL(next, BASE);
  if (url.origin !== BASE) return fallback;
  return url.pathname + url.search + url.hash;
}
