import { fail } from '@sveltejs/kit';
import { RequestPasswordResetMutation } from '#lib/graphql/accounts.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import { validateEmail } from '#lib/validation.ts';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const rawEmail = form.get('email');
    const email = (typeof rawEmail === 'string' ? rawEmail : '').trim();
    const emailError = validateEmail(email);
    if (emailError) return fail(400, { email, error: emailError, message: null, sent: false });
    const result = await api(RequestPasswordResetMutation, { email }, callOptions(event));
    if (result.error && result.error.code !== 'NOT_FOUND') {
      return fail(result.error.code === 'RATE_LIMITED' ? 429 : 400, {
        email,
        error: result.error.fields.email ?? null,
        message: result.error.message,
        sent: false,
      });
    }
    return { email, error: null, message: null, sent: true };
  },
};
