import { fail, redirect } from '@sveltejs/kit';
import {
  AcceptAccessInviteMutation,
  AccessInviteQuery,
  DeclineAccessInviteMutation,
} from '#lib/graphql/grants.ts';
import { api } from '#lib/server/api.ts';
import { signIn, signUp } from '#lib/server/auth.ts';
import { callOptions } from '#lib/server/session.ts';
import type { ApiErrorInfo } from '#lib/errors.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const result = await api(AccessInviteQuery, { token: event.params.token }, callOptions(event));
  return {
    invite: result.data?.accessInvite ?? null,
    loadError: result.error?.message ?? null,
    prefill: {
      email: event.url.searchParams.get('email') ?? '',
      fullName: event.url.searchParams.get('nome') ?? '',
    },
  };
};

export interface InviteActionFailure {
  form: 'accept' | 'decline';
  error: ApiErrorInfo;
  fields: Record<string, string>;
}

export const actions: Actions = {
  entrar: async (event) => {
    const result = await signIn(event);
    if ('ok' in result) redirect(303, event.url.pathname);
    return result;
  },
  cadastrar: async (event) => {
    const result = await signUp(event);
    if ('ok' in result && result.signedIn) redirect(303, event.url.pathname);
    return result;
  },
  aceitar: async (event) => {
    const form = await event.request.formData();
    const acceptPermissionTerms = form.get('acceptPermissionTerms') === 'on';
    const acceptPlatformTerms = form.get('acceptPlatformTerms') === 'on';
    const fields: Record<string, string> = {};
    if (!acceptPermissionTerms)
      fields.acceptPermissionTerms = 'Para aceitar, concorde com os Termos da Permissão de Acesso.';
    if (!acceptPlatformTerms)
      fields.acceptPlatformTerms = 'Para aceitar, concorde com os Termos de Uso das Plataformas.';
    if (Object.keys(fields).length) {
      return fail(400, {
        form: 'accept',
        fields,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Marque os dois termos para aceitar o convite.',
          fields,
          installations: [],
          retryAfterSeconds: null,
        },
      } satisfies InviteActionFailure);
    }
    if (!event.locals.user) redirect(303, event.url.pathname);
    const result = await api(
      AcceptAccessInviteMutation,
      { input: { token: event.params.token, acceptPermissionTerms, acceptPlatformTerms } },
      callOptions(event),
    );
    if (result.error) {
      return fail(400, {
        form: 'accept',
        fields: result.error.fields,
        error: result.error,
      } satisfies InviteActionFailure);
    }
    return { accepted: true as const, grant: result.data.acceptAccessInvite };
  },
  recusar: async (event) => {
    if (!event.locals.user) redirect(303, event.url.pathname);
    const result = await api(DeclineAccessInviteMutation, { token: event.params.token }, callOptions(event));
    if (result.error) {
      return fail(400, { form: 'decline', fields: {}, error: result.error } satisfies InviteActionFailure);
    }
    return { declined: true as const };
  },
};
