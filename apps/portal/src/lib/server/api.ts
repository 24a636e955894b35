// Server-side GraphQL calls to the API. The session token travels as `Authorization: Bearer`; the
// browser never sees it.
import { networkError, toApiError, type ApiErrorInfo } from '../errors.ts';
import { clientHeaders, type ClientEndpoint } from './client-address.ts';
import { portalConfig } from './config.ts';
import type { TypedDocumentString } from '../graphql/generated/graphql.ts';

export type ApiResult<T> = { data: T; error: null } | { data: null; error: ApiErrorInfo };

export interface CallOptions {
  token?: string | null;
  /** The visitor's address and source port and browser, forwarded for rate limits and the audit trail. */
  client?: ClientEndpoint | null;
  userAgent?: string | null;
}

export async function api<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentString<TData, TVars>,
  variables: TVars,
  options: CallOptions = {},
): Promise<ApiResult<TData>> {
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  Object.assign(headers, clientHeaders(options.client ?? null));
  if (options.userAgent) headers['user-agent'] = options.userAgent;
  let body: { data?: TData | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
  try {
    const res = await fetch(`${portalConfig().apiUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    body = (await res.json()) as typeof body;
  } catch {
    return { data: null, error: networkError() };
  }
  if (body.errors?.length) return { data: null, error: toApiError(body.errors[0]) };
  if (!body.data) return { data: null, error: toApiError(null) };
  return { data: body.data, error: null };
}
