// Test doubles for the portal's HTTP server: a fake API that records what reached it, a stand-in for
// SvelteKit's handler, and raw requests (fetch would normalise the paths an attacker sends).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadPortalConfig, type PortalConfig } from '../config.ts';
import { createPortalServer } from '../portal-server.ts';

export interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  upgrade: boolean;
}

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<Running> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A fake API: answers every request with 200 JSON and every upgrade with 400, recording both. */
export async function fakeApi(): Promise<Running & { received: Received[] }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, upgrade: false });
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"from":"api"}');
    });
  });
  server.on('upgrade', (req, socket) => {
    received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, upgrade: true });
    socket.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  return { ...(await listen(server)), received };
}

/** The portal's real server in front of `apiUrl`, with a stand-in for SvelteKit that records paths. */
export async function portal(
  apiUrl: string,
  env: Record<string, string> = {},
): Promise<Running & { config: PortalConfig; sveltekit: string[] }> {
  const config = loadPortalConfig({ API_URL: apiUrl, ...env });
  const sveltekit: string[] = [];
  const server = createPortalServer(config, (req, res) => {
    sveltekit.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<p>portal</p>');
  });
  return { ...(await listen(server)), config, sveltekit };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The client's own source port: what the portal must report to the API. */
  localPort: number;
}

/** One request with the path exactly as given (no client-side normalisation). */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string | string[]> } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let localPort = 0;
    const req = http.request(
      { hostname, port, path, method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, localPort }));
      },
    );
    req.on('socket', (s) => s.on('connect', () => (localPort = s.localPort ?? 0)));
    req.on('error', reject);
    req.end();
  });
}

/** A WebSocket upgrade request (the fake API refuses it after recording it). */
export function rawUpgrade(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; localPort: number }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    let localPort = 0;
    const req = http.request({
      hostname,
      port,
      path,
      agent: false,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-protocol': 'graphql-transport-ws',
        ...headers,
      },
    });
    req.on('socket', (s) => s.on('connect', () => (localPort = s.localPort ?? 0)));
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, localPort });
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, localPort });
    });
    req.on('error', (e: NodeJS.ErrnoException) =>
      e.code === 'ECONNRESET' ? resolve({ status: 0, localPort }) : reject(e),
    );
    req.end();
  });
}
