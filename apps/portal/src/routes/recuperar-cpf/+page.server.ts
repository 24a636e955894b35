// Recuperar CPF as form actions: the page works (and keeps what was typed) before the browser has run
// any script, and the CPF never travels in a URL.
import { fail } from '@sveltejs/kit';
import { ReclaimCpfMutation, RequestCpfReclaimCodeMutation } from '#lib/graphql/titularity.ts';
import type { ApiErrorInfo } from '#lib/errors.ts';
import { maskCpfInput } from '#lib/format.ts';
import { api } from '#lib/server/api.ts';
import { callOptions } from '#lib/server/session.ts';
import type { Actions } from './$types';

/** What the form shows again after an answer (never the password). */
export interface ReclaimValues {
  cpf: string;
  partnerNumber: string;
  method: 'email' | 'bill';
  customerCode: string;
  code: string;
  fullName: string;
  email: string;
}

function read(form: FormData): ReclaimValues & { password: string } {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.trim() : '';
  };
  return {
    cpf: maskCpfInput(text('cpf')),
    partnerNumber: text('partnerNumber'),
    method: text('method') === 'email' ? 'email' : 'bill',
    customerCode: text('customerCode'),
    code: text('code'),
    fullName: text('fullName'),
    email: text('email'),
    password: typeof form.get('password') === 'string' ? (form.get('password') as string) : '',
  };
}

function statusOf(error: ApiErrorInfo): number {
  if (error.code === 'RATE_LIMITED') return 429;
  if (error.code === 'NETWORK') return 503;
  if (error.code === 'CONFLICT') return 409;
  return 400;
}

function refused(values: ReclaimValues, error: ApiErrorInfo, codeSent: boolean) {
  const fields = error.fields;
  return fail(statusOf(error), {
    values,
    codeSent,
    fields,
    // CONFLICT: no account holds the CPF, so the page offers the ordinary sign-up instead.
    nobodyHoldsCpf: error.code === 'CONFLICT',
    // A field's own message says it all; otherwise the general one.
    message: Object.keys(fields).length ? null : error.message,
    done: false,
  });
}

/** A success answer, shaped as a refusal is (so the page reads one shape). */
function answered(values: ReclaimValues, state: { codeSent: boolean; done: boolean }) {
  return { values, ...state, fields: {} as Record<string, string>, nobodyHoldsCpf: false, message: null };
}

export const actions: Actions = {
  codigo: async (event) => {
    const { password: _password, ...values } = read(await event.request.formData());
    const input = { cpf: values.cpf.replace(/\D/g, ''), businessPartnerNumber: values.partnerNumber };
    const result = await api(RequestCpfReclaimCodeMutation, { input }, callOptions(event));
    if (result.error) return refused({ ...values, method: 'email' }, result.error, false);
    return answered({ ...values, method: 'email' }, { codeSent: true, done: false });
  },
  recuperar: async (event) => {
    const form = await event.request.formData();
    const { password, ...values } = read(form);
    // The code field shows once a code was sent; a wrong code keeps it there.
    const codeSent = values.method === 'email' && form.get('codeSent') === '1';
    const input = {
      fullName: values.fullName,
      cpf: values.cpf.replace(/\D/g, ''),
      email: values.email,
      password,
      businessPartnerNumber: values.partnerNumber,
      ...(values.method === 'email' ? { code: values.code } : { customerCode: values.customerCode }),
    };
    const result = await api(ReclaimCpfMutation, { input }, callOptions(event));
    if (result.error) return refused(values, result.error, codeSent);
    return answered(values, { codeSent, done: true });
  },
};
