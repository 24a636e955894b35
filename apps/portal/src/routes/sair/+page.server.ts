import { redirect } from '@sveltejs/kit';
import { SignOutMutation } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { callOptions, clearSessionCookie } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async (event) => {
    if (event.locals.token) await api(SignOutMutation, {}, callOptions(event));
    clearSessionCookie(event.cookies);
    event.locals.user = null;
    event.locals.token = null;
    redirect(303, '/entrar');
  },
};
