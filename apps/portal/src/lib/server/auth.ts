// Sign-in and sign-up as SvelteKit form actions: the API answers with a token, which becomes the
// HttpOnly cookie; the browser never sees it.
import type { RequestEvent } from '@sveltejs/kit';
import { fail, type ActionFailure } from '@sveltejs/kit';
import { SignInMutation, SignUpMutation } from '../graphql/accounts.ts';
import { maskCpfInput } from '../format.ts';
import {
  validateConfirmation,
  validateCpf,
  validateEmail,
  validateFullName,
  validatePassword,
} from '../validation.ts';
import { api } from './api.ts';
import { callOptions, setSessionCookie } from './session.ts';

export interface AuthFailure {
  form: 'signin' | 'signup';
  message: string | null;
  fields: Record<string, string>;
  values: Record<string, string>;
  retryAfterSeconds?: number | null;
}

function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

export async function signIn(event: RequestEvent): Promise<ActionFailure<AuthFailure> | { ok: true }> {
  const form = await event.request.formData();
  const email = text(form, 'email').trim();
  const password = text(form, 'password');
  const values = { email };
  const fields: Record<string, string> = {};
  const emailError = validateEmail(email);
  if (emailError) fields.email = emailError;
  if (!password) fields.password = 'Informe a senha.';
  if (Object.keys(fields).length)
    return fail(400, { form: 'signin', message: null, fields, values } as AuthFailure);

  const result = await api(SignInMutation, { input: { email, password } }, callOptions(event));
  if (result.error) {
    const status = result.error.code === 'RATE_LIMITED' ? 429 : result.error.code === 'NETWORK' ? 503 : 400;
    return fail(status, {
      form: 'signin',
      message: result.error.message,
      fields: result.error.fields,
      values,
      retryAfterSeconds: result.error.retryAfterSeconds,
    } as AuthFailure);
  }
  setSessionCookie(event.cookies, result.data.signIn.token);
  event.locals.user = result.data.signIn.user;
  event.locals.token = result.data.signIn.token;
  return { ok: true };
}

export async function signUp(
  event: RequestEvent,
): Promise<ActionFailure<AuthFailure> | { ok: true; signedIn: boolean; email: string; message: string }> {
  const form = await event.request.formData();
  const fullName = text(form, 'fullName').trim().replace(/\s+/g, ' ');
  const cpf = text(form, 'cpf');
  const email = text(form, 'email').trim().toLowerCase();
  const password = text(form, 'password');
  const passwordConfirmation = text(form, 'passwordConfirmation');
  const values = { fullName, cpf: maskCpfInput(cpf), email };
  const fields: Record<string, string> = {};
  const checks: [string, string | undefined][] = [
    ['fullName', validateFullName(fullName)],
    ['cpf', validateCpf(cpf)],
    ['email', validateEmail(email)],
    ['password', validatePassword(password)],
    ['passwordConfirmation', validateConfirmation(password, passwordConfirmation)],
  ];
  for (const [k, v] of checks) if (v) fields[k] = v;
  if (form.get('acceptPlatformTerms') !== 'on' && form.has('termsRequired')) {
    fields.acceptPlatformTerms = 'Para criar a conta, aceite os Termos de Uso das Plataformas.';
  }
  if (Object.keys(fields).length)
    return fail(400, { form: 'signup', message: null, fields, values } as AuthFailure);

  const options = callOptions(event);
  const result = await api(
    SignUpMutation,
    { input: { fullName, cpf: cpf.replace(/\D/g, ''), email, password } },
    options,
  );
  if (result.error) {
    const status = result.error.code === 'RATE_LIMITED' ? 429 : 400;
    return fail(status, {
      form: 'signup',
      message: result.error.message,
      fields: result.error.fields,
      values,
      retryAfterSeconds: result.error.retryAfterSeconds,
    } as AuthFailure);
  }
  // The API answers alike whether or not the account existed; signing in tells us if it is ours.
  const session = await api(SignInMutation, { input: { email, password } }, options);
  if (session.data) {
    setSessionCookie(event.cookies, session.data.signIn.token);
    event.locals.user = session.data.signIn.user;
    event.locals.token = session.data.signIn.token;
    return { ok: true, signedIn: true, email, message: result.data.signUp.message };
  }
  return { ok: true, signedIn: false, email, message: result.data.signUp.message };
}
