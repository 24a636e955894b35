import type { Handle } from '@sveltejs/kit/hooks';
import { MeQuery } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { portalConfig, SESSION_COOKIE } from '#lib/server/config.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';
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
  // The same headers server.js sets on everything (here too for `vite dev`).
  for (const [name, value] of Object.entries(securityHeaders(event.url.pathname, portalConfig())))
    response.headers.set(name, value);
  return response;
};
