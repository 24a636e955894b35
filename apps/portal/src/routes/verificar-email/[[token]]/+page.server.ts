import { fail } from '@sveltejs/kit';
import { RequestEmailVerificationMutation, VerifyEmailMutation } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

// Opening the link changes nothing: mail scanners and link previews fetch it before the person does,
// and would confirm the address for whoever registered it. The load only reads the token from the URL
// (`?token=` as the e-mail sends it, or `/verificar-email/<token>`); the button's POST confirms.
function tokenOf(params: { token?: string }, url: URL): string {
  return params.token ?? url.searchParams.get('token') ?? '';
}

export const load: PageServerLoad = ({ params, url }) => ({ token: tokenOf(params, url) });

export const actions: Actions = {
  confirmar: async (event) => {
    const form = await event.request.formData();
    const field = form.get('token');
    const token = (typeof field === 'string' && field) || tokenOf(event.params, event.url);
    if (!token)
      return fail(400, {
        action: 'confirm' as const,
        confirmed: false,
        message: 'Este link está incompleto. Abra o link do e-mail novamente ou peça um novo.',
      });
    const result = await api(VerifyEmailMutation, { token }, callOptions(event));
    if (result.error || !result.data.verifyEmail)
      return fail(400, {
        action: 'confirm' as const,
        confirmed: false,
        message: result.error?.message ?? null,
      });
    return { action: 'confirm' as const, confirmed: true, message: null };
  },
  resend: async (event) => {
    if (!event.locals.user)
      return fail(401, {
        action: 'resend' as const,
        sent: false,
        message: 'Entre na sua conta para pedir um novo link.',
      });
    const result = await api(RequestEmailVerificationMutation, {}, callOptions(event));
    if (result.error)
      return fail(400, { action: 'resend' as const, sent: false, message: result.error.message });
    return { action: 'resend' as const, sent: true, message: null };
  },
};
