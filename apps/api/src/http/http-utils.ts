import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, retryAfterSeconds } from '../common/errors.ts';

export const SESSION_COOKIE = 'delega_session';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k && !(k in out)) {
      try {
        out[k] = decodeURIComponent(v);
      } catch {
        out[k] = v;
      }
    }
  }
  return out;
}

/** Session token from `Authorization: Bearer …` (API clients) or the portal's HttpOnly cookie. */
export function sessionTokenFrom(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.toLowerCase().startsWith('bearer ')) return auth.slice(7).trim() || null;
  return parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null;
}

/** The request body as text; PAYLOAD_TOO_LARGE past `limit` bytes (declared or actually sent). */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new AppError('PAYLOAD_TOO_LARGE');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(data);
}

/**
 * Error answer for non-GraphQL routes: the status from HTTP_STATUS, the body shaped like a GraphQL
 * error, `Retry-After` when the error says when to retry.
 */
export function sendError(res: ServerResponse, err: AppError): void {
  const retry = retryAfterSeconds(err.details);
  sendJson(
    res,
    err.httpStatus,
    { errors: [{ message: err.message, extensions: { code: err.code, ...err.details } }] },
    retry ? { 'retry-after': String(retry) } : {},
  );
}
