// A local stand-in for SendGrid's v3 `POST /v3/mail/send`: checks the bearer key, records bodies and
// answers from a script (202, 400, 401, 429 + Retry-After, 500, hang), or goes down entirely.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FakeReply =
  | { status: 202 }
  | { status: 400 | 401 | 403 | 413 | 500 | 503; body?: unknown }
  | { status: 429; retryAfter?: string }
  | { hang: true };

export interface SendGridMailBody {
  personalizations: Array<{ to: Array<{ email: string; name?: string }> }>;
  from: { email: string; name?: string };
  subject: string;
  content: Array<{ type: string; value: string }>;
  custom_args?: Record<string, string>;
  headers?: Record<string, string>;
  tracking_settings?: Record<string, unknown>;
}

export interface RecordedRequest {
  at: number;
  authorization: string | undefined;
  body: SendGridMailBody;
  /** What the fake answered (status, or 0 for a hang). */
  answered: number;
}

export interface FakeSendGrid {
  /** Base URL to give @sendgrid/mail (`SENDGRID_BASE_URL`). */
  baseUrl: string;
  port: number;
  /** Every authenticated mail/send request, in arrival order. */
  requests: RecordedRequest[];
  /** Only the ones answered 202 (what SendGrid accepted). */
  accepted(): RecordedRequest[];
  /** Replies used, in order, by the next requests; afterwards 202. */
  script(...replies: FakeReply[]): void;
  /** One reply for every request (an outage: 5xx, or a hang) until `always(null)`. */
  always(reply: FakeReply | null): void;
  /** Stops listening (connections are refused) until `up()`. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeSendGrid(apiKey = 'test-key'): Promise<FakeSendGrid> {
  const requests: RecordedRequest[] = [];
  let queue: FakeReply[] = [];
  let standing: FakeReply | null = null;
  const sockets = new Set<Socket>();
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v3/mail/send') {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end('{"errors":[{"message":"not found"}]}');
        return;
      }
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            errors: [
              { field: null, message: 'The provided authorization grant is invalid, expired, or revoked' },
            ],
          }),
        );
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SendGridMailBody;
      const reply = standing ?? queue.shift() ?? { status: 202 };
      const record: RecordedRequest = {
        at: Date.now(),
        authorization: req.headers.authorization,
        body,
        answered: 0,
      };
      requests.push(record);
      if ('hang' in reply) {
        hanging.add(res);
        return;
      }
      record.answered = reply.status;
      if (reply.status === 202) {
        res.writeHead(202, { 'x-message-id': `fake-${randomUUID()}` }).end();
      } else if (reply.status === 429) {
        res
          .writeHead(429, { 'content-type': 'application/json', 'retry-after': reply.retryAfter ?? '1' })
          .end(JSON.stringify({ errors: [{ field: null, message: 'too many requests' }] }));
      } else {
        const b = reply.body ?? { errors: [{ field: 'from', message: `fake error ${reply.status}` }] };
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(b));
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const r of hanging) r.destroy();
      hanging.clear();
      for (const s of sockets) s.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });

  const port = await listen(0);
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    port,
    requests,
    accepted: () => requests.filter((r) => r.answered === 202),
    script(...replies) {
      queue = [...queue, ...replies];
    },
    always(reply) {
      standing = reply;
    },
    down: stop,
    async up() {
      await listen(port);
    },
    close: stop,
  };
}

/**
 * The environment of an API process that sends through `fake` with its workers on (no dev mailbox)
 * and quick retries, for the fault tests; `overrides` set what a test is about.
 */
export function sendGridProcessEnv(
  fake: FakeSendGrid,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    WORKERS_ENABLED: 'true',
    DEV_MAILBOX: '0',
    SENDGRID_API_KEY: 'test-key',
    SENDGRID_BASE_URL: fake.baseUrl,
    MAIL_RETRY_BASE_MS: '100',
    MAIL_POLL_MS: '500',
    JOBS_SUPERVISE_SECONDS: '1',
    ...overrides,
  };
}
