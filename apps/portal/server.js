// Production server: SvelteKit's handler plus a same-origin proxy to the API, so the browser talks only
// to the portal and the HttpOnly session cookie reaches the API. What goes to the API is the one table
// in src/lib/server/proxy-routes.ts; settings come from src/lib/server/config.ts (Node 24 runs both
// TypeScript files by stripping their types).
import http from 'node:http';
import { createProxyServer } from 'http-proxy-3';
import { loadPortalConfig, PortalConfigError } from './src/lib/server/config.ts';
import { API_PROXY_OPTIONS, forwardsToApi, upgradesToApi } from './src/lib/server/proxy-routes.ts';

let config;
try {
  config = loadPortalConfig();
} catch (e) {
  if (!(e instanceof PortalConfigError)) throw e;
  console.error(`[portal] ${e.message}`);
  process.exit(1);
}

// SvelteKit's Node handler assumes https unless told otherwise; its CSRF check compares the Origin
// header with that. We tell it the public protocol (from PORTAL_URL) through a header we always set
// ourselves, so a client cannot spoof it.
process.env.PROTOCOL_HEADER = 'x-delega-public-proto';
const { handler } = await import('./build/handler.js');

const proxy = createProxyServer({ target: config.apiUrl, ws: true, ...API_PROXY_OPTIONS });
proxy.on('error', (err, _req, res) => {
  console.error(`[portal] proxy error: ${err.message}`);
  if (res && 'writeHead' in res && !res.headersSent) {
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        errors: [
          {
            message: 'O serviço está indisponível no momento. Tente novamente em instantes.',
            extensions: { code: 'BAD_GATEWAY' },
          },
        ],
      }),
    );
  } else if (res && 'destroy' in res) {
    res.destroy();
  }
});

const server = http.createServer((req, res) => {
  if (forwardsToApi(req, config)) {
    proxy.web(req, res);
  } else {
    req.headers['x-delega-public-proto'] = config.publicProtocol;
    handler(req, res);
  }
});

server.on('upgrade', (req, socket, head) => {
  if (upgradesToApi(req)) proxy.ws(req, socket, head);
  else socket.destroy();
});

server.listen(config.port, config.host, () => {
  console.log(`[portal] http://localhost:${config.port} (API: ${config.apiUrl})`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
