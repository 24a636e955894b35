import { redirect } from '@sveltejs/kit';
import { signIn } from '#lib/server/auth.ts';
import { safeNext } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  return { next, email: url.searchParams.get('email') ?? '' };
};

export const actions: Actions = {
  default: async (event) => {
    const result = await signIn(event);
    if ('ok' in result) redirect(303, safeNext(event.url.searchParams.get('next')));
    return result;
  },
};
