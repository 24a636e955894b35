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

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
