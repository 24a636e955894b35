import type { GraphQLFormattedError } from 'graphql';
import { AppError, defaultMessage } from '../common/errors.ts';
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

/** Maps AppError to `extensions.code`; masks and logs everything unexpected. */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof AppError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    // graphql-armor and query validation errors have no path and are about the request itself.
    if (!formatted.path && typeof code !== 'string') {
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

/** The error a resolver threw, beneath graphql-js's wrapping. */
function unwrap(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 5 && e && typeof e === 'object' && 'originalError' in e && e.originalError; i++) {
    if (e instanceof AppError) break;
    e = e.originalError;
  }
  return e;
}
