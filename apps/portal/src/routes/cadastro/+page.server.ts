import { redirect } from '@sveltejs/kit';
import { signUp } from '#lib/server/auth.ts';
import { safeNext } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  return {
    next,
    prefill: { fullName: url.searchParams.get('nome') ?? '', email: url.searchParams.get('email') ?? '' },
  };
};

export const actions: Actions = {
  default: async (event) => {
    const result = await signUp(event);
    if ('ok' in result && result.signedIn) redirect(303, safeNext(event.url.searchParams.get('next')));
    return result;
  },
};
