// Who is calling and from where, for HTTP requests and WebSocket connections alike.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../common/errors.ts';
import type { RequestMeta } from '../common/request-meta.ts';
import type { ApiKeyPrincipal, GraphQLContext } from '../graphql/context.ts';
import { clientAddress, proxyMatcher, type ProxyTrust } from '../http/client-address.ts';
import { sessionTokenFrom } from '../http/http-utils.ts';
import type { Viewer } from '../modules/accounts/session.service.ts';
import type { Services } from './services.ts';

export interface Caller {
  viewer: Viewer | null;
  apiKey: ApiKeyPrincipal | null;
}

type Em = GraphQLContext['em'];

/**
 * An HTTP caller: a service key (`x-api-key`, refused with UNAUTHENTICATED when unknown or revoked),
 * else the session of `Authorization: Bearer` or the portal's cookie, else anonymous. With
 * `deferConfirmation` (GraphQL: graphql/caller-confirmation.ts confirms before execution), a cached
 * credential comes back unconfirmed.
 */
export async function identifyHttpCaller(
  services: Services,
  em: Em,
  req: IncomingMessage,
  opts: { deferConfirmation?: boolean } = {},
): Promise<Caller> {
  const apiKeyHeader = req.headers['x-api-key'];
  if (typeof apiKeyHeader === 'string' && apiKeyHeader) {
    const apiKey = await services.apiKeys.authenticate(em, apiKeyHeader, opts);
    if (!apiKey) throw new AppError('UNAUTHENTICATED', 'Chave de API inválida ou revogada.');
    return { viewer: null, apiKey };
  }
  const token = sessionTokenFrom(req);
  return { viewer: token ? await services.sessions.authenticate(em, token, opts) : null, apiKey: null };
}

/**
 * A WebSocket caller: a person only (no service keys), by `connectionParams.authorization =
 * "Bearer …"` or the cookie sent with the upgrade request. Null when there is no valid session.
 */
export async function identifySocketCaller(
  services: Services,
  em: Em,
  req: IncomingMessage,
  connectionParams: Record<string, unknown> | undefined,
): Promise<Viewer | null> {
  const param = connectionParams?.authorization;
  const token =
    typeof param === 'string' && param.toLowerCase().startsWith('bearer ')
      ? param.slice(7).trim()
      : sessionTokenFrom(req);
  return token ? services.sessions.authenticate(em, token) : null;
}

/**
 * A service key over WebSocket (`connectionParams['x-api-key']`: integrationEvents): its principal,
 * null when unknown or revoked, undefined when the connection does not carry one.
 */
export async function identifySocketApiKey(
  services: Services,
  em: Em,
  connectionParams: Record<string, unknown> | undefined,
): Promise<ApiKeyPrincipal | null | undefined> {
  const key = connectionParams?.['x-api-key'];
  if (typeof key !== 'string' || !key) return undefined;
  return services.apiKeys.authenticate(em, key);
}

/** Reads request metadata: the request id (the caller's `x-request-id` when well-formed), client address and port, browser. */
export type RequestMetaReader = (req: IncomingMessage) => RequestMeta;

export function requestMetaReader(trust: ProxyTrust): RequestMetaReader {
  const isProxy = proxyMatcher(trust);
  return (req) => {
    const rid = req.headers['x-request-id'];
    const { ip, port } = clientAddress(req, isProxy);
    return {
      requestId: typeof rid === 'string' && /^[\w-]{1,64}$/.test(rid) ? rid : randomUUID(),
      ip,
      port,
      userAgent: req.headers['user-agent']?.slice(0, 400) ?? null,
    };
  };
}

/** Builds the per-request (HTTP) and per-operation (WebSocket) GraphQL contexts. */
export function createContexts(services: Services) {
  const { orm } = services;
  const requestMeta = requestMetaReader(services.config.proxyTrust);
  const context = (em: Em, caller: Caller, meta: RequestMeta): GraphQLContext => ({
    em,
    ...caller,
    meta,
    services,
    cache: new Map(),
  });
  return {
    /** One forked EntityManager per request; throws UNAUTHENTICATED for a bad API key. */
    forRequest: async (
      req: IncomingMessage,
      opts: { deferConfirmation?: boolean } = {},
    ): Promise<GraphQLContext> => {
      const em = orm.em.fork();
      return context(em, await identifyHttpCaller(services, em, req, opts), requestMeta(req));
    },
    /**
     * A WebSocket operation's context, for the connection's signed-in viewer. Its EntityManager is
     * forked when first used: a subscription is open for hours and most never read through it.
     */
    forSocket: (
      viewer: Viewer | null,
      meta: RequestMeta,
      apiKey: ApiKeyPrincipal | null = null,
    ): GraphQLContext => {
      let em: Em | undefined;
      return Object.defineProperty(context(undefined as unknown as Em, { viewer, apiKey }, meta), 'em', {
        configurable: true,
        enumerable: true,
        get: () => (em ??= orm.em.fork()),
        set: (v: Em) => {
          em = v;
        },
      });
    },
    /** The metadata of a request (a WebSocket upgrade's is read once, at connection_init). */
    requestMeta,
  };
}

export type Contexts = ReturnType<typeof createContexts>;
