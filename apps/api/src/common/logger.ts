import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.ts';

/**
 * Database exceptions carry the SQL text with parameter values inlined (MikroORM renders them),
 * which can include CPFs and e-mails: keep only their kind, SQLSTATE and constraint.
 */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: String(err) };
  const e = err as Error & { code?: unknown; sqlState?: unknown; constraint?: unknown; table?: unknown };
  // pg's DatabaseError (severity, routine) puts row values in `detail`; MikroORM's exceptions inline SQL.
  const fromDatabase =
    e.sqlState !== undefined ||
    'severity' in e ||
    'routine' in e ||
    /Exception$/.test(e.name) ||
    /\b(select|insert|update|delete)\b/i.test(e.message);
  if (fromDatabase) {
    return { type: e.name, code: e.code, sqlState: e.sqlState, constraint: e.constraint, table: e.table };
  }
  return stdSerializers.err(e);
}

/**
 * Structured JSON logs. Secrets and personal data are redacted by key name as a safety net;
 * code must still never pass passwords, tokens, full CPFs or e-mails to the logger. A line written
 * while handling an HTTP request carries its `requestId` (common/request-context.ts).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'delega-api' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      serializers: { err: serializeError },
      redact: {
        paths: [
          'password',
          'token',
          'cpf',
          'cnpj',
          'email',
          '*.password',
          '*.token',
          '*.cpf',
          '*.email',
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-api-key"]',
          'variables',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

export type { Logger };
