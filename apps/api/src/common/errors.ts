import { GraphQLError } from 'graphql';

/**
 * Every error a client may see carries one of these codes in `extensions.code`.
 * Programs branch on the code; people read `message`, written in Portuguese.
 *
 * - UNAUTHENTICATED: no valid session or API key.
 * - FORBIDDEN: signed in, but this resource or action is not yours.
 * - NOT_FOUND: does not exist *or* you may not know it exists (we never distinguish, to avoid leaking).
 * - VALIDATION_FAILED: input rejected; `extensions.fields` maps input paths to Portuguese messages.
 * - RATE_LIMITED: too many attempts; `extensions.retryAfterSeconds` says when to try again.
 * - CONFLICT: the state changed under you (e.g. the invite was already answered).
 * - EMAIL_NOT_VERIFIED: the action needs a verified e-mail address.
 * - INVITE_INVALID: the invite link is unknown, expired, used or revoked (deliberately not told apart).
 * - INVITEE_MISMATCH: the signed-in account's name, CPF or e-mail differs from what the titular typed;
 *   `extensions.fields` names which. The invite stays usable.
 * - INSTALLATIONS_REFUSED: some installations cannot be granted; `extensions.installations` lists
 *   `{ number, reason }` with reason NOT_FOUND | INACTIVE.
 * - BAD_USER_INPUT / GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED: the GraphQL document itself is wrong
 *   (emitted by Apollo/graphql-js, listed here so clients know the full set).
 * - INTERNAL_SERVER_ERROR: anything unexpected; details are logged, never sent.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'RATE_LIMITED'
  | 'CONFLICT'
  | 'EMAIL_NOT_VERIFIED'
  | 'INVITE_INVALID'
  | 'INVITEE_MISMATCH'
  | 'INSTALLATIONS_REFUSED'
  | 'INTERNAL_SERVER_ERROR';

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
