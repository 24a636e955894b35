import type { Handle } from '@sveltejs/kit/hooks';
import { MeQuery } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { SESSION_COOKIE } from '#lib/server/config.ts';
import { callOptions, clearSessionCookie } from '#lib/server/session.ts';

export const handle: Handle = async ({ event, resolve }) => {
  event.locals.token = event.cookies.get(SESSION_COOKIE) ?? null;
  event.locals.user = null;
  if (event.locals.token) {
    const result = await api(MeQuery, {}, callOptions(event));
    if (result.data) {
      event.locals.user = result.data.me;
    } else if (result.error.code === 'UNAUTHENTICATED') {
      clearSessionCookie(event.cookies);
      event.locals.token = null;
    }
  }
  const response = await resolve(event);
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  return response;
};
