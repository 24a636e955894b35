// GraphQL over WebSocket (graphql-ws) on the same port and path as HTTP: the same document limits,
// the same error formatter, sessions checked by SessionService, and connections closed when their
// session ends (sign-out, password reset, expiry).
import type http from 'node:http';
import {
  execute,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions, SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError, knownError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { withRequestId } from '../common/request-context.ts';
import type { RequestMeta } from '../common/request-meta.ts';
import type { Config } from '../config/config.ts';
import { formatErrors, type ErrorFormatter } from '../graphql/format-error.ts';
import type { ApiKeyPrincipal, GraphQLContext } from '../graphql/context.ts';
import type { Viewer } from '../modules/accounts/session.service.ts';
import type { Metrics } from '../modules/metrics/metrics.ts';
import { bindSocket } from '../modules/events/socket-of.ts';
import { MAX_TOKENS } from './apollo.ts';
import { identifySocketApiKey, identifySocketCaller, type Contexts } from './caller.ts';
import { asRequestError, unstorableInputs } from './input-characters.ts';
import { checkCost } from './query-cost.ts';
import type { Services } from './services.ts';
import { SessionSockets } from './session-sockets.ts';
import { subscribeShared } from './shared-execution.ts';

export interface WebSocketDeps {
  server: http.Server;
  schema: GraphQLSchema;
  config: Config;
  log: Logger;
  services: Services;
  contexts: Contexts;
  formatError: ErrorFormatter;
  /** graphql-armor's rules, as Apollo applies them over HTTP. */
  validationRules: ValidationRule[];
  /** Open connections and operations, errors by code. */
  metrics?: Metrics;
}

export interface GraphQLWebSocketServer {
  /** Closes connections whose session expired or was revoked (also runs every minute). */
  closeEndedSessionSockets: () => Promise<void>;
  close: () => Promise<void>;
}

/** What a connection learns at `connection_init`. */
interface SocketState extends Record<PropertyKey, unknown> {
  viewer: Viewer;
  /** A service key's connection (integrationEvents) has this instead of a viewer. */
  apiKey?: ApiKeyPrincipal;
  meta: RequestMeta;
}

/** graphql-ws `connection_init` payload. */
type Params = Record<string, unknown> | undefined;

const SESSION_SWEEP_MS = 60_000;

/** Standard "policy violation": graphql-ws clients take it as final and do not reconnect. */
export const TOO_MANY_SOCKETS_CLOSE = 1008;

export function attachWebSocketServer(deps: WebSocketDeps): GraphQLWebSocketServer {
  const { services, log } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  deps.server.on('upgrade', (req: http.IncomingMessage, socket, head) => {
    // Browsers must come from an allowed origin (cookie-bearing cross-site WebSocket hijacking);
    // non-browser clients send no Origin and authenticate explicitly.
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    if (pathname !== '/graphql' || (origin && !deps.config.allowedOrigins.includes(origin))) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const sockets = new SessionSockets();
  const unsubscribe = services.pubsub.on('SESSION_ENDED', ({ sessionIds }) => sockets.close(sessionIds));
  async function closeEndedSessionSockets(): Promise<void> {
    const ids = sockets.sessionIds();
    if (ids.length === 0) return;
    const alive = await services.sessions.stillActive(services.orm.em.fork(), ids);
    sockets.close(ids.filter((id) => !alive.has(id)));
  }
  const sweep = setInterval(() => {
    closeEndedSessionSockets().catch((err: unknown) => log.error({ err }, 'session sweep failed'));
  }, SESSION_SWEEP_MS);
  sweep.unref();

  const wsServer = useServer<Params, SocketState>(graphqlWsOptions(deps, sockets), wss);
  return {
    closeEndedSessionSockets,
    close: async () => {
      clearInterval(sweep);
      unsubscribe();
      await wsServer.dispose();
      wss.close();
    },
  };
}

function graphqlWsOptions(
  deps: WebSocketDeps,
  sockets: SessionSockets,
): ServerOptions<Params, Extra & Partial<SocketState>> {
  const { formatError } = deps;
  const documents = new DocumentCache(deps.schema, deps.validationRules);
  return {
    schema: deps.schema,
    // Log lines and spans of an operation carry its connection's request id, as over HTTP.
    execute: (args) => withRequestId(requestIdOf(args), () => execute(args)),
    // A live event is executed once per person and operation, for all of their tabs.
    subscribe: (args) => withRequestId(requestIdOf(args), () => subscribeShared(args)),
    onConnect: (ctx) => {
      ctx.extra.meta = deps.contexts.requestMeta(ctx.extra.request);
      return withRequestId(ctx.extra.meta.requestId, () => connect(deps, sockets, ctx));
    },
    onComplete: (ctx, id) => deps.metrics?.wsOperationEnded(ctx, id),
    onClose: (ctx) => {
      deps.metrics?.socketClosed(ctx);
      if (ctx.extra.viewer) sockets.remove(ctx.extra.viewer.sessionId, ctx.extra.socket);
    },
    onSubscribe: (ctx, id, payload) => {
      // graphql-ws has already registered this one.
      const max = deps.config.WS_MAX_OPERATIONS_PER_CONNECTION;
      if (Object.keys(ctx.subscriptions).length > max) return [tooManyOperations(max)];
      const args = executionArgs(deps.schema, documents, payload);
      // Timed from here to onComplete (a subscription: how long it stayed open).
      if (!Array.isArray(args)) deps.metrics?.wsOperationStarted(ctx, id, args);
      return args;
    },
    // The socket is bound to the context so a subscriber that cannot keep up can be closed (4429).
    context: (ctx) =>
      bindSocket(
        deps.contexts.forSocket(ctx.extra.viewer ?? null, ctx.extra.meta!, ctx.extra.apiKey ?? null),
        ctx.extra.socket,
      ),
    // Every error leaves through the HTTP formatter: masked, coded, in Portuguese.
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors
        ? { ...result, errors: counted(deps, formatErrors(formatError, result.errors.map(asApolloDoes))) }
        : undefined,
    onError: (_ctx, _id, _payload, errors) => counted(deps, formatErrors(formatError, errors)),
  };
}

/** A person's connection: their session, within the per-session limit (or a service key's). */
async function connect(
  deps: WebSocketDeps,
  sockets: SessionSockets,
  ctx: Context<Params, Extra & Partial<SocketState>>,
): Promise<boolean> {
  const { services, log } = deps;
  const { socket, request } = ctx.extra;
  const keyed = await connectServiceKey(deps, ctx);
  if (keyed !== undefined) return keyed;
  let viewer: Viewer | null;
  try {
    viewer = await identifySocketCaller(services, services.orm.em.fork(), request, ctx.connectionParams);
  } catch (err) {
    refuse(socket, err, log);
    return false;
  }
  if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
  const maxSockets = deps.config.WS_MAX_CONNECTIONS_PER_SESSION;
  if (sockets.count(viewer.sessionId) >= maxSockets) {
    log.warn({ sessionId: viewer.sessionId }, 'WebSocket refused: too many connections for the session');
    socket.close(TOO_MANY_SOCKETS_CLOSE, `Conexões demais abertas com esta sessão (máximo ${maxSockets}).`);
    return false;
  }
  ctx.extra.viewer = viewer;
  sockets.add(viewer.sessionId, socket);
  deps.metrics?.socketOpened(ctx);
  return true;
}

/**
 * A connection that carries `x-api-key`: accepted for that key (undefined: it carries none). An
 * unknown or revoked key is closed with 4403 like a missing session.
 */
async function connectServiceKey(
  deps: WebSocketDeps,
  ctx: Context<Params, Extra & Partial<SocketState>>,
): Promise<boolean | undefined> {
  let apiKey: ApiKeyPrincipal | null | undefined;
  try {
    apiKey = await identifySocketApiKey(deps.services, deps.services.orm.em.fork(), ctx.connectionParams);
  } catch (err) {
    refuse(ctx.extra.socket, err, deps.log);
    return false;
  }
  if (apiKey === undefined) return undefined;
  if (apiKey === null) return false;
  ctx.extra.apiKey = apiKey;
  deps.metrics?.socketOpened(ctx);
  return true;
}

function tooManyOperations(max: number): GraphQLError {
  return asRequestError(
    new AppError(
      'RATE_LIMITED',
      `Há assinaturas demais abertas nesta conexão (máximo ${max}). Encerre alguma antes de abrir outra.`,
    ),
  );
}

/** Errors sent over WebSocket, counted by code. */
function counted<E extends { extensions?: Record<string, unknown> }>(deps: WebSocketDeps, errors: E[]): E[] {
  for (const e of errors) deps.metrics?.error(e.extensions?.code, 'websocket');
  return errors;
}

/** A connection whose session could not be checked: closed, the cause logged, no detail sent. */
function refuse(socket: WebSocket, err: unknown, log: Logger): void {
  const known = knownError(err);
  log.error({ err: known?.cause ?? err }, 'WebSocket connection refused: session check failed');
  if (known?.code === 'SERVICE_UNAVAILABLE') socket.close(1013, 'Serviço indisponível. Tente novamente.');
  else socket.close(4500, 'Erro interno');
}

/**
 * Valid documents most recently parsed: every tab sends the same few (one AST for all of them, not
 * one per subscription). Bounded in count and size; refused documents are not kept.
 */
const DOCUMENT_CACHE_SIZE = 200;
const DOCUMENT_CACHE_MAX_CHARS = 16 * 1024;

class DocumentCache {
  private readonly entries = new Map<string, DocumentNode>();
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: ValidationRule[],
  ) {}

  /** Parses and validates with the HTTP limits; errors carry the codes Apollo gives them over HTTP. */
  get(query: string): DocumentNode | GraphQLError[] {
    const hit = this.entries.get(query);
    if (hit) {
      this.entries.delete(query);
      this.entries.set(query, hit);
      return hit;
    }
    const checked = this.check(query);
    if (Array.isArray(checked) || query.length > DOCUMENT_CACHE_MAX_CHARS) return checked;
    this.entries.set(query, checked);
    if (this.entries.size > DOCUMENT_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    return checked;
  }

  private check(query: string): DocumentNode | GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: MAX_TOKENS });
    } catch (err) {
      return [documentError(err, 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
    if (errors.length > 0) return errors.map((e) => documentError(e, 'GRAPHQL_VALIDATION_FAILED'));
    return document;
  }
}

/** The operation's arguments, or why it is refused (document, inputs, cost). */
function executionArgs(
  schema: GraphQLSchema,
  documents: DocumentCache,
  payload: SubscribePayload,
): ExecutionArgs | GraphQLError[] {
  const document = documents.get(payload.query);
  if (Array.isArray(document)) return document;
  const refused = unstorableInputs(document, payload.operationName, payload.variables);
  if (refused) return [asRequestError(refused)];
  const tooCostly = checkCost(schema, document, payload.operationName, payload.variables);
  if (tooCostly) return [tooCostly];
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
  };
}

function documentError(err: unknown, code: string): GraphQLError {
  if (!(err instanceof GraphQLError))
    return new GraphQLError('invalid document', { originalError: err as Error });
  return new GraphQLError(err.message, {
    nodes: err.nodes,
    source: err.source,
    positions: err.positions,
    extensions: { ...err.extensions, code },
  });
}

/** A variable's value refused by its type: BAD_USER_INPUT, as Apollo marks it over HTTP. */
function asApolloDoes(e: GraphQLError): GraphQLError {
  const node = e.nodes?.length === 1 ? e.nodes[0] : undefined;
  if (node?.kind !== Kind.VARIABLE_DEFINITION || e.extensions.code != null) return e;
  return new GraphQLError(e.message, {
    nodes: e.nodes,
    extensions: { ...e.extensions, code: 'BAD_USER_INPUT' },
  });
}

/** The request id of the connection an operation runs on (its context's RequestMeta). */
function requestIdOf(args: ExecutionArgs): string {
  return (args.contextValue as GraphQLContext).meta.requestId;
}
