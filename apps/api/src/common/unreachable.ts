// Is this failure "a dependency (PostgreSQL) could not be reached", as opposed to a bug? Such
// requests get SERVICE_UNAVAILABLE ("tente novamente") instead of an internal error.

// Node's socket errors when the database host refuses, drops or cannot be found.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

// SQLSTATE: class 08 is "connection exception" except 08P01 (protocol violation: the message we sent
// was malformed, e.g. a NUL byte in a parameter; a bug, not an outage); 57P01-57P03 the server
// shutting down or starting; 53300 too many connections.
const SQLSTATES = /^(08(?!P01)[0-9A-Z]{3}|57P0[123]|53300)$/;

// node-pg reports a dropped connection or a pool timeout without a code.
const MESSAGES =
  /^(Connection terminated|Connection terminated unexpectedly|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** True when `err` (or an error it wraps: `cause`, MikroORM's `previous`, AggregateError's `errors`) is a lost connection. */
export function isDependencyUnreachable(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 4) return false;
  const e = err as Error & { code?: unknown; previous?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (NETWORK_CODES.has(e.code) || SQLSTATES.test(e.code))) return true;
  if (e.name === 'ConnectionException' || MESSAGES.test(e.message)) return true;
  const inner: unknown[] = [e.cause, e.previous, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : [])];
  return inner.some((i) => isDependencyUnreachable(i, depth + 1));
}
