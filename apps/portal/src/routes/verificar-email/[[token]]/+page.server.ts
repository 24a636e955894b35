import { fail } from '@sveltejs/kit';
import { RequestEmailVerificationMutation, VerifyEmailMutation } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const token = event.params.token ?? event.url.searchParams.get('token');
  if (!token) return { verified: null as boolean | null, message: null as string | null };
  const result = await api(VerifyEmailMutation, { token }, callOptions(event));
  if (result.error) return { verified: false, message: result.error.message };
  return { verified: result.data.verifyEmail, message: null };
};

export const actions: Actions = {
  resend: async (event) => {
    if (!event.locals.user)
      return fail(401, { sent: false, message: 'Entre na sua conta para pedir um novo link.' });
    const result = await api(RequestEmailVerificationMutation, {}, callOptions(event));
    if (result.error) return fail(400, { sent: false, message: result.error.message });
    return { sent: true, message: null };
  },
};
