import type { RequestEvent } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import type { MeQuery } from '../graphql/generated/graphql.ts';

/** Sends visitors without a session to "Entrar", coming back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): MeQuery['me'] {
  if (!event.locals.user) {
    const next = event.url.pathname + event.url.search;
    redirect(303, `/entrar?next=${encodeURIComponent(next)}`);
  }
  return event.locals.user;
}
