/**
 * Every error the API sends carries one of these codes in `extensions.code`: programs branch on the
 * code, people read `message` (Portuguese). One list for the API, the portal and other teams.
 *
 * - UNAUTHENTICATED: no valid session or API key.
 * - FORBIDDEN: signed in, but this resource or action is not yours.
 * - NOT_FOUND: does not exist *or* you may not know it exists (never told apart, to avoid leaking).
 * - VALIDATION_FAILED: input rejected; `extensions.fields` maps input paths to Portuguese messages.
 * - RATE_LIMITED: too many attempts; `extensions.retryAfterSeconds` says when to try again.
 * - CONFLICT: the state changed under you (e.g. the invite was already answered).
 * - EMAIL_NOT_VERIFIED: the action needs a verified e-mail address.
 * - INVITE_INVALID: the invite link is unknown, expired, used or revoked (deliberately not told apart).
 * - INVITEE_MISMATCH: the signed-in account's name, CPF or e-mail differs from what the titular typed;
 *   `extensions.fields` names which. The invite stays usable.
 * - INSTALLATIONS_REFUSED: some installations cannot be granted; `extensions.installations` lists
 *   `{ number, reason }` with reason NOT_FOUND | INACTIVE.
 * - PAYLOAD_TOO_LARGE: the request body is over the limit.
 * - SERVICE_UNAVAILABLE: a dependency (the database) is unreachable; retry later.
 * - INTERNAL_SERVER_ERROR: anything unexpected; details are logged, never sent.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'RATE_LIMITED',
  'CONFLICT',
  'EMAIL_NOT_VERIFIED',
  'INVITE_INVALID',
  'INVITEE_MISMATCH',
  'INSTALLATIONS_REFUSED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Codes emitted by graphql-js / Apollo for a malformed GraphQL document (not by our code): listed so
 * clients know the full set.
 */
export const GRAPHQL_DOCUMENT_ERROR_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
] as const;

export type GraphQLDocumentErrorCode = (typeof GRAPHQL_DOCUMENT_ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
