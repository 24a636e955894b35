// OpenTelemetry: a real API process started as `pnpm start` does (telemetry preloaded) with
// OTEL_EXPORTER_OTLP_ENDPOINT pointing at a local OTLP/HTTP receiver (JSON). One GraphQL request
// produces HTTP, GraphQL and PostgreSQL spans, every one carrying the request's id, and the request
// id is also in the log lines written while handling it and in the answer's x-request-id; an
// operation over WebSocket logs with its connection's request id.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { generateCpf } from '@delega/shared/documents';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './test-db.ts';
import { freePort } from './free-port.ts';
import WebSocket from 'ws';

const API_DIR = path.join(import.meta.dirname, '..');

interface OtlpSpan {
  name: string;
  attributes?: Array<{ key: string; value: { stringValue?: string } }>;
}
interface OtlpBody {
  resourceSpans?: Array<{ scopeSpans?: Array<{ scope?: { name?: string }; spans?: OtlpSpan[] }> }>;
}

const spans: Array<{ scope: string; name: string; attrs: Record<string, string | undefined> }> = [];
let receiver: http.Server;
let child: ChildProcess | undefined;
let output = '';
let apiUrl = '';
let db: Awaited<ReturnType<typeof createTestDatabase>>;

/** Starts main.ts as `pnpm start` does, with traces sent to the receiver; resolves when it is up. */
async function startTracedApi(env: Record<string, string>): Promise<{ proc: ChildProcess; url: string }> {
  const otlpPort = (receiver.address() as net.AddressInfo).port;
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    ['--import', '@oxc-node/core/register', '--import', './src/telemetry.ts', 'src/main.ts'],
    {
      cwd: API_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'debug',
        DATABASE_URL: db.url,
        DATABASE_SESSION_URL: db.sessionUrl,
        API_PORT: String(port),
        HOST: '127.0.0.1',
        PORTAL_URL: 'http://portal.test',
        DEV_MAILBOX: '1',
        WORKERS_ENABLED: 'false',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPort}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`API exited: ${output}`);
    const up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { proc, url };
    if (Date.now() > until) throw new Error(`API never came up: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** One GraphQL request with the given request id (an unknown session token: looked up, refused). */
async function probe(url: string, requestId: string): Promise<Response> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      authorization: 'Bearer not-a-session-token',
    },
    body: JSON.stringify({ query: 'query TelemetryProbe { me { id } }' }),
  });
  await res.text();
  return res;
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/v1/traces' && String(req.headers['content-type']).includes('json')) {
        const parsed = JSON.parse(body) as OtlpBody;
        for (const rs of parsed.resourceSpans ?? [])
          for (const ss of rs.scopeSpans ?? [])
            for (const s of ss.spans ?? [])
              spans.push({
                scope: ss.scope?.name ?? '',
                name: s.name,
                attrs: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, a.value.stringValue])),
              });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  db = await createTestDatabase();
  ({ proc: child, url: apiUrl } = await startTracedApi({ OTEL_BSP_SCHEDULE_DELAY: '200' }));
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await new Promise<void>((r) => receiver.close(() => r()));
  await db?.drop();
});

describe('OpenTelemetry traces', () => {
  it('one request: HTTP, GraphQL and PostgreSQL spans carrying its request id, also in its log lines', async () => {
    const requestId = 'otel-test-request-1';
    const res = await probe(apiUrl, requestId);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const mine = () => spans.filter((s) => s.attrs['delega.request_id'] === requestId);
    await expect
      .poll(
        () => {
          const scopes = new Set(mine().map((s) => s.scope));
          return ['http', 'graphql', 'pg'].filter((k) => [...scopes].some((sc) => sc.includes(k)));
        },
        { timeout: 20_000, interval: 200 },
      )
      .toEqual(['http', 'graphql', 'pg']);
    // The HTTP server span is the request's own.
    expect(mine().some((s) => s.scope.includes('http') && /POST/.test(s.name))).toBe(true);
    // Log lines written while handling it carry the id (the debug log of the request).
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { requestId?: string });
    expect(lines.some((l) => l.requestId === requestId)).toBe(true);
  });

  it("an operation over WebSocket: its log lines carry the connection's request id", async () => {
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: Record<string, { token?: string }> };
    };
    const email = `ws.${Date.now()}@exemplo.com.br`;
    const input = { email, password: 'Energia#Limpa42' };
    await post('mutation($i: SignUpInput!) { signUp(input: $i) { email } }', {
      i: { ...input, fullName: 'Marta Ribeiro Sales', cpf: generateCpf() },
    });
    const signedIn = await post('mutation($i: SignInInput!) { signIn(input: $i) { token } }', { i: input });
    const requestId = 'otel-test-websocket-1';
    // What the portal's proxy sends on the upgrade (a browser cannot set headers on a WebSocket).
    class WithRequestId extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'x-request-id': requestId } });
      }
    }
    const client = createClient({
      url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WithRequestId,
      connectionParams: { authorization: `Bearer ${signedIn.data.signIn!.token}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        client.subscribe(
          { query: 'mutation { signOut }' },
          { next: resolve, error: reject, complete: () => {} },
        );
      });
      expect(result).toEqual({ data: { signOut: true } });
    } finally {
      await client.dispose();
    }
    await expect
      .poll(() =>
        output
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as { requestId?: string; msg?: string })
          .filter((l) => l.msg === 'sign-out')
          .map((l) => l.requestId),
      )
      .toEqual([requestId]);
  });

  it('a SIGTERM sends the spans still batched before the process exits', async () => {
    // Batches are sent every 10 minutes here: only the shutdown can send this request's spans.
    const { proc, url } = await startTracedApi({ OTEL_BSP_SCHEDULE_DELAY: '600000' });
    const requestId = 'otel-test-request-shutdown';
    const exited = new Promise((r) => proc.once('exit', r));
    try {
      await probe(url, requestId);
      expect(spans.filter((s) => s.attrs['delega.request_id'] === requestId)).toEqual([]);
    } finally {
      proc.kill('SIGTERM');
      await exited;
    }
    expect(spans.some((s) => s.attrs['delega.request_id'] === requestId)).toBe(true);
  }, 90_000);
});
