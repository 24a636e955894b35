// Production server: SvelteKit's handler plus a same-origin proxy to the API, so the browser talks only
// to the portal and the HttpOnly session cookie reaches the API (GraphQL over HTTP and WebSocket, the
// protocol PDF and, in development, the mailbox JSON).
import http from 'node:http';
import { createProxyServer } from 'http-proxy-3';

// SvelteKit's Node handler assumes https unless told otherwise; its CSRF check compares the Origin
// header with that. We tell it the public protocol (from PORTAL_URL) through a header we always set
// ourselves, so a client cannot spoof it.
const PUBLIC_PROTOCOL = process.env.PORTAL_URL
  ? new URL(process.env.PORTAL_URL).protocol.replace(':', '')
  : 'http';
process.env.PROTOCOL_HEADER = 'x-delega-public-proto';
const { handler } = await import('./build/handler.js');

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '0.0.0.0';
const API_URL = process.env.API_URL ?? 'http://localhost:4000';
const MAILBOX = process.env.NODE_ENV !== 'production';

const proxy = createProxyServer({ target: API_URL, xfwd: true, ws: true, proxyTimeout: 60_000 });
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

/** Which requests go to the API rather than to SvelteKit. */
function proxied(req) {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/graphql') return true;
  if (path.startsWith('/protocol/')) return true;
  // /dev/mailbox is both a page (HTML) and the API's JSON: the Accept header decides.
  if (path === '/dev/mailbox' && MAILBOX) return !(req.headers.accept ?? '').includes('text/html');
  return false;
}

const server = http.createServer((req, res) => {
  if (proxied(req)) {
    proxy.web(req, res);
  } else {
    req.headers['x-delega-public-proto'] = PUBLIC_PROTOCOL;
    handler(req, res);
  }
});

server.on('upgrade', (req, socket, head) => {
  if ((req.url ?? '').split('?')[0] === '/graphql') proxy.ws(req, socket, head);
  else socket.destroy();
});

server.listen(PORT, HOST, () => {
  console.log(`[portal] http://localhost:${PORT} (API: ${API_URL})`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
