import { GraphQLError } from 'graphql';

import type { ErrorCode } from '@delega/shared/errors';

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

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly details: Record<string, unknown> = {},
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'AppError';
  }

  static validation(fields: FieldErrors, message?: string): AppError {
    return new AppError('VALIDATION_FAILED', message, { fields });
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
