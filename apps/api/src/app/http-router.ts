// Every HTTP request: /graphql, /healthz, /readyz and the modules' routes. Failures are answered
// here, once, with the status from HTTP_STATUS.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { AppError, assertNoFieldErrors, knownError, type FieldErrors } from '../common/errors.ts';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../common/storable-text.ts';
import type { Logger } from '../common/logger.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { sendError, sendJson } from '../http/http-utils.ts';
import type { Route } from './module.ts';

const HSTS = 'max-age=31536000; includeSubDomains';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface HttpRouterDeps {
  log: Logger;
  /** Production: every answer carries HSTS (browsers then never try plain HTTP for a year). */
  production?: boolean;
  graphql: Handler;
  /** Resolves with the body of a ready answer; throws SERVICE_UNAVAILABLE when not ready. */
  readiness: () => Promise<unknown>;
  routes: Route[];
  contextFor: (req: IncomingMessage) => Promise<GraphQLContext>;
  /** Request latency and errors; GET /metrics when its handler is given. */
  metrics?: { observe: HttpObserver; handler: Handler | null };
}

/** Called once per answered request, with the matched route (never the raw path) and the error code. */
export type HttpObserver = (m: {
  method: string;
  route: string;
  status: number;
  seconds: number;
  code?: string;
}) => void;

const FIXED_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/**
 * Route parameters (path captures, decoded, and query values) PostgreSQL could not store are refused
 * before the route runs: VALIDATION_FAILED naming the parameter (`0` for the first capture).
 */
function assertStorableParameters(params: string[], query: URLSearchParams): void {
  const fields: FieldErrors = {};
  params.forEach((raw, i) => {
    let value: string;
    try {
      value = decodeURIComponent(raw ?? '');
    } catch {
      value = '\u0000'; // not UTF-8 at all
    }
    if (!isStorableText(value)) fields[String(i)] = UNSTORABLE_TEXT_MESSAGE;
  });
  for (const [name, value] of query) {
    if (!isStorableText(name) || !isStorableText(value)) fields[name] = UNSTORABLE_TEXT_MESSAGE;
  }
  assertNoFieldErrors(fields);
}

export function createHttpRouter(deps: HttpRouterDeps): RequestListener {
  const { log } = deps;

  async function dispatch(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (pathname === '/graphql') return deps.graphql(req, res);
    if (pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/readyz') return sendJson(res, 200, await deps.readiness());
    if (pathname === '/metrics' && deps.metrics?.handler) return deps.metrics.handler(req, res);
    const route = deps.routes.find((r) => r.method === req.method && r.path.test(pathname));
    if (!route) throw new AppError('NOT_FOUND');
    const params = pathname.match(route.path)!.slice(1);
    assertStorableParameters(params, new URL(req.url ?? '/', 'http://localhost').searchParams);
    await route.handle(req, res, params, await deps.contextFor(req));
  }

  /** Known errors get their status; anything else is logged and answered as INTERNAL (500). */
  function fail(res: ServerResponse, err: unknown, path: string): string {
    const known = knownError(err);
    if (!known) log.error({ err, path }, 'request failed');
    else if (known.cause) log.error({ err: known.cause, path }, 'dependency unreachable');
    const answered = known ?? new AppError('INTERNAL_SERVER_ERROR');
    if (res.headersSent) {
      res.destroy();
      return answered.code;
    }
    sendError(res, answered);
    return answered.code;
  }

  /** The route label: a fixed path or the matched route's pattern (bounded, never the raw path). */
  function routeLabel(req: IncomingMessage, pathname: string): string {
    if (FIXED_ROUTES.has(pathname)) return pathname;
    const route = deps.routes.find((r) => r.method === req.method && r.path.test(pathname));
    return route ? route.path.source : 'unmatched';
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = process.hrtime.bigint();
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    if (deps.production) res.setHeader('strict-transport-security', HSTS);
    let code: string | undefined;
    try {
      await dispatch(req, res, pathname);
    } catch (err) {
      code = fail(res, err, pathname);
    } finally {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      log.debug({ method: req.method, path: pathname, status: res.statusCode, ms }, 'request');
      const m = deps.metrics;
      if (m) {
        const route = routeLabel(req, pathname);
        m.observe({ method: req.method ?? 'OTHER', route, status: res.statusCode, seconds: ms / 1000, code });
      }
    }
  }

  return (req, res) => {
    handle(req, res).catch((err: unknown) => log.error({ err }, 'unhandled request error'));
  };
}
