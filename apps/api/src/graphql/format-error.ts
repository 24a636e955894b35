import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { defaultMessage, knownError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';

// Errors graphql-js and Apollo raise about the document itself; safe to show as they are.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * The one formatter for HTTP (Apollo's `formatError`) and WebSocket (`formatErrors`): AppError →
 * its code and Portuguese message; a lost database → SERVICE_UNAVAILABLE; document errors pass
 * through; everything else is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(log: Logger): ErrorFormatter {
  return (formatted, error) => {
    const original = unwrap(error);
    const known = knownError(original);
    if (known) {
      if (known.cause) log.error({ err: known.cause, path: formatted.path }, 'dependency unreachable');
      return {
        message: known.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: known.code, ...known.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    // graphql-armor and query validation errors: about the request itself, raised by graphql-js (no
    // path, no underlying error). A plain Error beneath means a failure, whatever the transport.
    if (!formatted.path && typeof code !== 'string' && original instanceof GraphQLError) {
      return { message: formatted.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: defaultMessage('INTERNAL_SERVER_ERROR'),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Formats graphql-js errors outside Apollo (graphql-ws) exactly as Apollo's `formatError` would. */
export function formatErrors(
  format: ErrorFormatter,
  errors: readonly GraphQLError[],
): GraphQLFormattedError[] {
  return errors.map((e) => format(e.toJSON(), e));
}

/** The error a resolver threw, beneath graphql-js's wrapping. */
function unwrap(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && e instanceof GraphQLError && e.originalError; i++) e = e.originalError;
  return e;
}
