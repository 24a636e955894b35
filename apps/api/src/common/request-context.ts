// The request id of the HTTP request being handled, for every log line (the logger's mixin) and
// every trace span (telemetry.ts) made while handling it, without passing it around. Each request
// gets one: the caller's `x-request-id` when well-formed, else a new UUID, written back on the
// request (so RequestMeta reads the same one) and sent in the answer.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The span attribute carrying it (every span of a request). */
export const REQUEST_ID_ATTRIBUTE = 'delega.request_id';

const WELL_FORMED = /^[\w-]{1,64}$/;

/** The id of the request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** Runs `fn` as part of the request `requestId` (tests, WebSocket operations). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** Wraps an HTTP handler: the request's id is set, answered in `x-request-id`, and in context. */
export function withRequestContext(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    // The HTTP server span started before this handler (instrumentation-http): label it here.
    trace.getActiveSpan()?.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    storage.run({ requestId }, () => handler(req, res));
  };
}
