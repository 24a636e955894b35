// The production HTTP server without its listen(): SvelteKit's Node handler plus the same-origin proxy
// to the API. server.js builds it with the real build/handler.js; tests build it with a stand-in handler
// and a fake API. Erasable TypeScript only (server.js runs it through Node's type stripping).
import http from 'node:http';
import { createProxyServer } from 'http-proxy-3';
import type { PortalConfig } from './config.ts';
import { API_PROXY_OPTIONS, normalisedTarget, prepareForApi } from './proxy-routes.ts';
import { securityHeaders } from './security-headers.ts';

/** SvelteKit's Node handler (build/handler.js). */
export type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * SvelteKit's Node handler assumes https unless told otherwise; its CSRF check compares the Origin header
 * with that. We tell it the public protocol (from PORTAL_URL) through a header we always set ourselves,
 * so a client cannot spoof it. server.js sets PROTOCOL_HEADER to this name before loading the handler.
 */
export const PUBLIC_PROTO_HEADER = 'x-delega-public-proto';

const BAD_GATEWAY = JSON.stringify({
  errors: [
    {
      message: 'O serviço está indisponível no momento. Tente novamente em instantes.',
      extensions: { code: 'BAD_GATEWAY' },
    },
  ],
});

export function createPortalServer(config: PortalConfig, handler: NodeHandler): http.Server {
  const proxy = createProxyServer({ target: config.apiUrl, ws: true, ...API_PROXY_OPTIONS });
  proxy.on('error', (err, _req, res) => {
    console.error(`[portal] proxy error: ${err.message}`);
    if (res && 'writeHead' in res && !res.headersSent) {
      res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
      res.end(BAD_GATEWAY);
    } else if (res && 'destroy' in res) {
      res.destroy();
    }
  });

  const server = http.createServer((req, res) => {
    // Defaults: SvelteKit's own values (hooks.server.ts, same function) and the API's win if they set any.
    const pathname = normalisedTarget(req.url)?.pathname ?? '/';
    for (const [name, value] of Object.entries(securityHeaders(pathname, config))) res.setHeader(name, value);
    if (prepareForApi(req, config, false)) {
      proxy.web(req, res);
    } else {
      req.headers[PUBLIC_PROTO_HEADER] = config.publicProtocol;
      handler(req, res);
    }
  });

  server.on('upgrade', (req, socket, head) => {
    if (prepareForApi(req, config, true)) proxy.ws(req, socket, head);
    else socket.destroy();
  });
  return server;
}
