import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import type { RequestMeta } from '../common/request-meta.ts';
import type { Config } from '../config/config.ts';
import type { ApiKeyPrincipal, GraphQLContext } from '../graphql/context.ts';
import { createErrorFormatter } from '../graphql/format-error.ts';
import { PgPubSub } from '../graphql/pubsub.ts';
import { createSchema } from '../graphql/schema.ts';
import {
  clientIp,
  PayloadTooLargeError,
  readBody,
  sendError,
  sendJson,
  sessionTokenFrom,
} from '../http/http-utils.ts';
import type { Viewer } from '../modules/accounts/session.service.ts';
import type { Route, Worker } from './module.ts';
import { modules } from './modules.ts';
import { createServices, type Services } from './services.ts';

export interface App {
  server: http.Server;
  services: Services;
  schema: GraphQLSchema;
  listen(port: number, host?: string): Promise<number>;
  /** Closes WebSocket connections whose session expired or was revoked (also runs every minute). */
  closeEndedSessionSockets(): Promise<void>;
  close(): Promise<void>;
}

/** Limits on abusive queries, shared by HTTP and WebSocket operations. */
function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 1500 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  });
}

/**
 * Builds one API process: GraphQL over HTTP and WebSocket on `/graphql`, plus the modules' routes.
 * The caller owns the ORM (and the database behind it).
 */
export async function createApp(
  config: Config,
  log: Logger,
  orm: MikroORM,
  databaseUrl: string,
): Promise<App> {
  const pubsub = new PgPubSub(databaseUrl, log);
  await pubsub.start();
  const services = createServices({ config, log, orm, pubsub });
  const schema = await createSchema(pubsub);
  const armor = createArmor().protect();
  const formatError = createErrorFormatter(log);

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    ...armor,
    // graphql-armor's types point at Apollo's CJS build; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<GraphQLContext>[]),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: armor.validationRules,
    introspection: !config.isProduction,
    csrfPrevention: true,
    formatError,
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();

  const routes: Route[] = modules
    .flatMap((m) => m.routes ?? [])
    .filter((r) => !r.devOnly || !config.isProduction);
  const workers: Worker[] = config.WORKERS_ENABLED ? modules.flatMap((m) => m.workers?.(services) ?? []) : [];

  async function principalFrom(
    req: IncomingMessage,
    em: GraphQLContext['em'],
  ): Promise<{ viewer: Viewer | null; apiKey: ApiKeyPrincipal | null }> {
    const apiKeyHeader = req.headers['x-api-key'];
    if (typeof apiKeyHeader === 'string' && apiKeyHeader) {
      const apiKey = await services.apiKeys.authenticate(em, apiKeyHeader);
      if (!apiKey) throw new AppError('UNAUTHENTICATED', 'Chave de API inválida ou revogada.');
      return { viewer: null, apiKey };
    }
    const token = sessionTokenFrom(req);
    return { viewer: token ? await services.sessions.authenticate(em, token) : null, apiKey: null };
  }

  function metaFrom(req: IncomingMessage): RequestMeta {
    const rid = req.headers['x-request-id'];
    return {
      requestId: typeof rid === 'string' && /^[\w-]{1,64}$/.test(rid) ? rid : randomUUID(),
      ip: clientIp(req, config.TRUST_PROXY),
      userAgent: req.headers['user-agent']?.slice(0, 400) ?? null,
    };
  }

  async function contextFor(req: IncomingMessage): Promise<GraphQLContext> {
    const em = orm.em.fork();
    const { viewer, apiKey } = await principalFrom(req, em);
    return { em, viewer, apiKey, meta: metaFrom(req), services, cache: new Map() };
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) {
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    }
    const raw = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendError(res, 400, new AppError('VALIDATION_FAILED', 'O corpo da requisição não é um JSON válido.'));
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => contextFor(req),
    });
    const outHeaders: Record<string, string> = { 'cache-control': 'no-store' };
    for (const [k, v] of result.headers) outHeaders[k] = v;
    res.writeHead(result.status ?? 200, outHeaders);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    try {
      if (url.pathname === '/graphql') {
        await handleGraphQL(req, res);
      } else if (url.pathname === '/healthz') {
        sendJson(res, 200, { status: 'ok' });
      } else if (url.pathname === '/readyz') {
        const ready = await readiness();
        sendJson(res, ready.ok ? 200 : 503, ready);
      } else {
        const route = routes.find((r) => r.method === req.method && r.path.test(url.pathname));
        if (!route) {
          sendError(res, 404, new AppError('NOT_FOUND'));
          return;
        }
        const params = url.pathname.match(route.path)!.slice(1);
        await route.handle(req, res, params, await contextFor(req));
      }
    } catch (err) {
      if (err instanceof PayloadTooLargeError) {
        sendError(res, 413, new AppError('VALIDATION_FAILED', 'A requisição é grande demais.'));
      } else if (err instanceof AppError) {
        const status = err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'RATE_LIMITED' ? 429 : 400;
        if (!res.headersSent) sendError(res, status, err);
      } else {
        log.error({ err, path: url.pathname }, 'request failed');
        if (!res.headersSent) sendError(res, 500, new AppError('INTERNAL_SERVER_ERROR'));
        else res.destroy();
      }
    } finally {
      log.debug(
        {
          method: req.method,
          path: url.pathname,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - start) / 1e6,
        },
        'request',
      );
    }
  }

  async function readiness(): Promise<{ ok: boolean; pendingMigrations?: number; error?: string }> {
    try {
      const pending = await orm.migrator.getPending();
      return { ok: pending.length === 0, pendingMigrations: pending.length };
    } catch {
      return { ok: false, error: 'database unreachable' };
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => log.error({ err }, 'unhandled request error'));
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  // WebSocket: same port and path. Browsers must come from an allowed origin (cookie-bearing
  // cross-site WebSocket hijacking); non-browser clients send no Origin and authenticate explicitly.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    if (url.pathname !== '/graphql' || (origin && !config.allowedOrigins.includes(origin))) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const socketsBySession = new Map<string, Set<WebSocket>>();
  const unsubscribeSessionEnded = pubsub.on('SESSION_ENDED', ({ sessionIds }) => {
    for (const id of sessionIds) {
      for (const ws of socketsBySession.get(id) ?? []) ws.close(4401, 'Sessão encerrada');
    }
  });
  // Sessions also end by expiry: re-check the connected ones every minute.
  async function closeEndedSessionSockets(): Promise<void> {
    const ids = [...socketsBySession.keys()];
    if (ids.length === 0) return;
    const rows = await orm.em
      .fork()
      .execute<{ id: string }[]>(
        `select id from "session" where id in (?) and revoked_at is null and expires_at > now()`,
        [ids],
      );
    const alive = new Set(rows.map((r) => r.id));
    for (const id of ids) {
      if (!alive.has(id)) for (const ws of socketsBySession.get(id) ?? []) ws.close(4401, 'Sessão encerrada');
    }
  }
  const sessionSweep = setInterval(() => {
    closeEndedSessionSockets().catch((err: unknown) => log.error({ err }, 'session sweep failed'));
  }, 60_000);
  sessionSweep.unref();

  interface WsExtra {
    socket: WebSocket;
    request: IncomingMessage;
    viewer?: Viewer;
    meta?: RequestMeta;
  }

  const wsServer = useServer<Record<string, unknown> | undefined, Partial<WsExtra>>(
    {
      schema,
      onConnect: async (ctx) => {
        const extra = ctx.extra as WsExtra;
        const em = orm.em.fork();
        const param = ctx.connectionParams?.authorization;
        const token =
          typeof param === 'string' && param.toLowerCase().startsWith('bearer ')
            ? param.slice(7).trim()
            : sessionTokenFrom(extra.request);
        const viewer = token ? await services.sessions.authenticate(em, token) : null;
        if (!viewer) return false; // closes with 4403 Forbidden
        extra.viewer = viewer;
        extra.meta = metaFrom(extra.request);
        let set = socketsBySession.get(viewer.sessionId);
        if (!set) socketsBySession.set(viewer.sessionId, (set = new Set()));
        set.add(extra.socket);
        return true;
      },
      onClose: (ctx) => {
        const extra = ctx.extra as WsExtra;
        if (!extra.viewer) return;
        const set = socketsBySession.get(extra.viewer.sessionId);
        set?.delete(extra.socket);
        if (set?.size === 0) socketsBySession.delete(extra.viewer.sessionId);
      },
      onSubscribe: (_ctx, _id, payload) => {
        // Same document limits as HTTP.
        try {
          const document = parse(payload.query, { maxTokens: 1500 });
          const errors = validate(schema, document, [...specifiedRules, ...armor.validationRules]);
          if (errors.length) return errors.map((e) => formatErrorAsGraphQL(e, formatError));
        } catch (e) {
          return [formatErrorAsGraphQL(e as Error, formatError)];
        }
      },
      context: (ctx): GraphQLContext => {
        const extra = ctx.extra as WsExtra;
        return {
          em: orm.em.fork(),
          viewer: extra.viewer ?? null,
          apiKey: null,
          meta: extra.meta ?? { requestId: randomUUID(), ip: null, userAgent: null },
          services,
          cache: new Map(),
        };
      },
    },
    wss,
  );

  return {
    server,
    services,
    schema,
    closeEndedSessionSockets,
    async listen(port, host = config.HOST) {
      await new Promise<void>((resolve) => server.listen(port, host, resolve));
      for (const w of workers) w.start();
      return (server.address() as AddressInfo).port;
    },
    async close() {
      clearInterval(sessionSweep);
      unsubscribeSessionEnded();
      await Promise.all(workers.map((w) => w.stop()));
      await wsServer.dispose();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await pubsub.stop();
      await services.protocol.close();
    },
  };
}

// graphql-ws expects GraphQLError instances from onSubscribe; keep our masking rules.
function formatErrorAsGraphQL(e: Error, format: ReturnType<typeof createErrorFormatter>): GraphQLError {
  const gqlError = e instanceof GraphQLError ? e : new GraphQLError(e.message);
  const f = format(gqlError.toJSON(), gqlError);
  return new GraphQLError(f.message, { extensions: f.extensions });
}
