import { fail } from '@sveltejs/kit';
import { ResetPasswordMutation } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import { validateConfirmation, validatePassword } from '#lib/validation.ts';
import type { Actions, PageServerLoad } from './$types';

function tokenOf(params: { token?: string }, url: URL): string {
  return params.token ?? url.searchParams.get('token') ?? '';
}

export const load: PageServerLoad = ({ params, url }) => ({ hasToken: tokenOf(params, url).length > 0 });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const rawPassword = form.get('password');
    const rawConfirmation = form.get('passwordConfirmation');
    const password = typeof rawPassword === 'string' ? rawPassword : '';
    const confirmation = typeof rawConfirmation === 'string' ? rawConfirmation : '';
    const fields: Record<string, string> = {};
    const p = validatePassword(password);
    if (p) fields.password = p;
    const c = validateConfirmation(password, confirmation);
    if (c) fields.passwordConfirmation = c;
    if (Object.keys(fields).length) return fail(400, { fields, message: null, done: false });
    const token = tokenOf(event.params, event.url);
    const result = await api(ResetPasswordMutation, { input: { token, password } }, callOptions(event));
    if (result.error) {
      return fail(400, { fields: result.error.fields, message: result.error.message, done: false });
    }
    return { fields: {} as Record<string, string>, message: null, done: true };
  },
};
