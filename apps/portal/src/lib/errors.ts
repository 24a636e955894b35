import { isErrorCode, type ErrorCode, type GraphQLDocumentErrorCode } from '@delega/shared/errors';

// The API's error shape (extensions.code and friends), shared by server loads and browser calls.

/** The API's codes (one list in `@delega/shared/errors`), the GraphQL document codes and our own NETWORK. */
export type ApiErrorCode = ErrorCode | GraphQLDocumentErrorCode | 'NETWORK';

export interface RefusedInstallation {
  number: string;
  reason: string;
}

/** A plain, serialisable description of what went wrong, fit for form `fail(...)` data and for the UI. */
export interface ApiErrorInfo {
  code: ApiErrorCode;
  message: string;
  /** Field name (last segment of the input path) → Portuguese message. */
  fields: Record<string, string>;
  installations: RefusedInstallation[];
  retryAfterSeconds: number | null;
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

const FALLBACK = 'Não foi possível concluir agora. Tente novamente em instantes.';

/** Normalises a GraphQL error object into ApiErrorInfo. Field paths such as `input.invitee.cpf` become `cpf`. */
export function toApiError(raw: RawError | undefined | null): ApiErrorInfo {
  const ext = raw?.extensions ?? {};
  const code: ApiErrorCode =
    isErrorCode(ext.code) ||
    ext.code === 'GRAPHQL_VALIDATION_FAILED' ||
    ext.code === 'BAD_USER_INPUT' ||
    ext.code === 'GRAPHQL_PARSE_FAILED'
      ? ext.code
      : 'INTERNAL_SERVER_ERROR';
  const fields: Record<string, string> = {};
  if (ext.fields && typeof ext.fields === 'object') {
    for (const [path, msg] of Object.entries(ext.fields as Record<string, unknown>)) {
      if (typeof msg !== 'string') continue;
      const key = path.split('.').pop() ?? path;
      fields[key] ??= msg;
    }
  }
  const installations = Array.isArray(ext.installations)
    ? (ext.installations as unknown[]).flatMap((i) =>
        i && typeof i === 'object' && 'number' in i
          ? [
              {
                number: String((i as RefusedInstallation).number),
                reason: String((i as RefusedInstallation).reason),
              },
            ]
          : [],
      )
    : [];
  const message =
    typeof raw?.message === 'string' && raw.message && code !== 'INTERNAL_SERVER_ERROR'
      ? raw.message
      : FALLBACK;
  return {
    code,
    message: code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' ? FALLBACK : message,
    fields,
    installations,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null,
  };
}

export function networkError(): ApiErrorInfo {
  return {
    code: 'NETWORK',
    message: 'Não conseguimos falar com o servidor. Verifique sua conexão e tente novamente.',
    fields: {},
    installations: [],
    retryAfterSeconds: null,
  };
}

/** Portuguese reasons for refused installations (API codes and upload checks). */
export const REFUSAL_REASONS: Record<string, string> = {
  NOT_FOUND: 'Instalação não encontrada',
  INACTIVE: 'Instalação inativa',
  OTHER_PARTNER: 'Pertence a outro parceiro de negócio',
  INVALID_NUMBER: 'Número inválido',
  DUPLICATE: 'Repetida no arquivo',
  EMPTY: 'Célula vazia',
  EXCEL_NUMBER_FORMAT: 'Número alterado pelo Excel',
};

export function refusalReason(code: string): string {
  return REFUSAL_REASONS[code] ?? code;
}
