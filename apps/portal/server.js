// Production server: SvelteKit's handler plus a same-origin proxy to the API, so the browser talks only
// to the portal and the HttpOnly session cookie reaches the API. The server itself is
// src/lib/server/portal-server.ts; settings come from src/lib/server/config.ts (Node 24 runs both
// TypeScript files by stripping their types).
import { loadPortalConfig, PortalConfigError } from './src/lib/server/config.ts';
import { createPortalServer, PUBLIC_PROTO_HEADER } from './src/lib/server/portal-server.ts';

let config;
try {
  config = loadPortalConfig();
} catch (e) {
  if (!(e instanceof PortalConfigError)) throw e;
  console.error(`[portal] ${e.message}`);
  process.exit(1);
}

process.env.PROTOCOL_HEADER = PUBLIC_PROTO_HEADER;
const { handler } = await import('./build/handler.js');
const server = createPortalServer(config, handler);

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
