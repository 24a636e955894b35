import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { portalConfig, SESSION_COOKIE } from './config.ts';
import type { CallOptions } from './api.ts';

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
  event: Pick<RequestEvent, 'locals' | 'request' | 'getClientAddress'>,
): CallOptions {
  let clientIp: string | null;
  try {
    clientIp = event.getClientAddress();
  } catch {
    clientIp = null;
  }
  return {
    token: event.locals.token,
    clientIp,
    userAgent: event.request.headers.get('user-agent'),
  };
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
