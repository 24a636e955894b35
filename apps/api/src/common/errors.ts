import { GraphQLError } from 'graphql';

import type { ErrorCode } from '@delega/shared/errors';
import { isDependencyUnreachable } from './unreachable.ts';

export type { ErrorCode };

/** The code list and its meaning live in `@delega/shared/errors` (one list for API, portal and other teams). */
const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Você precisa entrar na sua conta para continuar.',
  FORBIDDEN: 'Você não tem permissão para fazer isso.',
  NOT_FOUND: 'Não encontramos o que você procurou.',
  VALIDATION_FAILED: 'Alguns dados estão incorretos. Confira os campos indicados.',
  RATE_LIMITED: 'Muitas tentativas seguidas. Aguarde alguns minutos e tente novamente.',
  CONFLICT: 'Esta ação não pode mais ser feita porque a situação mudou. Atualize a página.',
  EMAIL_NOT_VERIFIED: 'Confirme seu e-mail antes de continuar. Enviamos um link para a sua caixa de entrada.',
  INVITE_INVALID:
    'Este convite não está mais disponível: ele pode ter expirado, já ter sido usado ou cancelado. Peça ao titular um novo convite.',
  INVITEE_MISMATCH:
    'Os dados da sua conta não conferem com os informados pelo titular no convite. Peça ao titular para conferir os dados.',
  INSTALLATIONS_REFUSED: 'Algumas instalações não podem ser incluídas no convite.',
  PAYLOAD_TOO_LARGE: 'O envio é grande demais. Divida-o em partes menores.',
  SERVICE_UNAVAILABLE: 'O serviço está indisponível no momento. Tente novamente em instantes.',
  INTERNAL_SERVER_ERROR: 'Ocorreu um erro inesperado. Tente novamente em instantes.',
};

/**
 * The one ErrorCode → HTTP status table, for every route: the plain HTTP routes always, GraphQL when
 * an operation fails wholly (no `data`; a partial result stays 200, as GraphQL over HTTP expects).
 * Refused input is 400 for every input code, as Apollo answers for a malformed document: "fix the
 * request", with `extensions.code` saying how. RATE_LIMITED also sends `Retry-After`.
 */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVITE_INVALID: 409,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION_FAILED: 400,
  INVITEE_MISMATCH: 400,
  INSTALLATIONS_REFUSED: 400,
  EMAIL_NOT_VERIFIED: 400,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly details: Record<string, unknown> = {},
    /** The unexpected failure this error stands for (logged, never sent). */
    options?: { cause?: unknown },
  ) {
    super(message ?? DEFAULT_MESSAGES[code], options);
    this.name = 'AppError';
  }

  static validation(fields: FieldErrors, message?: string): AppError {
    return new AppError('VALIDATION_FAILED', message, { fields });
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

/** Throws VALIDATION_FAILED when any field has a message. */
export function assertNoFieldErrors(fields: FieldErrors): void {
  if (Object.keys(fields).length > 0) throw AppError.validation(fields);
}

export function defaultMessage(code: ErrorCode): string {
  return DEFAULT_MESSAGES[code];
}

/**
 * The AppError a failure stands for: itself; SERVICE_UNAVAILABLE (with the failure as `cause`) when
 * the database could not be reached; null for anything unexpected (a bug: log it, answer INTERNAL).
 */
export function knownError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (isDependencyUnreachable(err)) return new AppError('SERVICE_UNAVAILABLE', undefined, {}, { cause: err });
  return null;
}

/** `Retry-After` seconds carried by a RATE_LIMITED error's details or extensions, when any. */
export function retryAfterSeconds(extensions: Record<string, unknown> | undefined): number | null {
  const s = extensions?.retryAfterSeconds;
  return typeof s === 'number' && Number.isFinite(s) && s > 0 ? Math.ceil(s) : null;
}
