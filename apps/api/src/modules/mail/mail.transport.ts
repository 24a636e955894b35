// How a message leaves the outbox: SendGrid in production, the local mailbox elsewhere.
import sgMail from '@sendgrid/mail';
import type { Config } from '../../config/config.ts';

/** What the worker hands to a transport (already rendered). */
export interface OutgoingMail {
  /** The outbox row id: the per-message idempotency key. */
  id: string;
  template: string;
  toEmail: string;
  toName: string | null;
  subject: string;
  html: string;
  text: string;
}

export interface SendResult {
  providerMessageId: string | null;
}

/**
 * A failed send. `retryable` false means it will never succeed (bad request, bad key, too large);
 * `retryAfterMs` is the provider's own wish (429 Retry-After); `outcomeUnknown`: the request may
 * have been accepted all the same (no answer before the timeout), so a retry may duplicate it.
 */
export class MailTransportError extends Error {
  constructor(
    readonly reason: string,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
    readonly outcomeUnknown = false,
  ) {
    super(reason);
    this.name = 'MailTransportError';
  }
}

export interface MailTransport {
  readonly name: 'sendgrid' | 'local-mailbox';
  send(mail: OutgoingMail): Promise<SendResult>;
}

/** Development and tests: the message is already in the table, which is the mailbox. */
export class LocalMailboxTransport implements MailTransport {
  readonly name = 'local-mailbox' as const;
  send(mail: OutgoingMail): Promise<SendResult> {
    return Promise.resolve({ providerMessageId: `local-${mail.id}` });
  }
}

interface SgClient {
  setDefaultRequest(key: string, value: unknown): void;
  setDefaultHeader(key: string, value: string): void;
}
type SgMailService = typeof sgMail & { client: SgClient };

// Non-2xx answers that will never succeed on retry.
const PERMANENT_STATUSES = new Set([400, 401, 403, 404, 405, 413, 415, 422]);

/** Parses Retry-After: seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const s = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function header(headers: unknown, name: string): unknown {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as Record<string, unknown> & { get?: (n: string) => unknown };
  if (typeof h.get === 'function') return h.get(name);
  return h[name] ?? h[name.toLowerCase()];
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors)) {
    return (body as { errors: Array<{ message?: string; field?: string | null }> }).errors
      .map((e) => [e.field, e.message].filter(Boolean).join(': '))
      .join('; ')
      .slice(0, 500);
  }
  return typeof body === 'string' ? body.slice(0, 500) : '';
}

/** Maps whatever @sendgrid/mail (axios underneath) threw to a retry decision. */
export function classifySendGridError(err: unknown): MailTransportError {
  const e = err as { code?: unknown; message?: string; response?: { headers?: unknown; body?: unknown } };
  if (typeof e?.code === 'number') {
    const status = e.code;
    const detail = describeBody(e.response?.body);
    const reason = `SendGrid HTTP ${status}${detail ? `: ${detail}` : ''}`;
    if (status === 429)
      return new MailTransportError(
        reason,
        true,
        parseRetryAfter(header(e.response?.headers, 'retry-after')),
      );
    if (status >= 500 || status === 408) return new MailTransportError(reason, true);
    if (PERMANENT_STATUSES.has(status) || (status >= 400 && status < 500))
      return new MailTransportError(reason, false);
    return new MailTransportError(reason, true);
  }
  const code = typeof e?.code === 'string' ? e.code : 'UNKNOWN';
  const msg = e?.message ?? String(err);
  if (code === 'ECONNABORTED' || /timeout/i.test(msg))
    return new MailTransportError(`SendGrid timeout: ${msg}`, true, null, true);
  // Network errors (ECONNREFUSED, ECONNRESET, DNS…) and anything unknown are retried: losing a
  // message is worse than a FAILED row after the last attempt.
  return new MailTransportError(`SendGrid unreachable (${code}): ${msg}`.slice(0, 500), true);
}

/** Production: SendGrid v3 `mail/send` through @sendgrid/mail 8 (one client per process). */
export class SendGridTransport implements MailTransport {
  readonly name = 'sendgrid' as const;
  private readonly client: SgMailService;

  constructor(
    private readonly opts: {
      apiKey: string;
      fromEmail: string;
      fromName: string;
      baseUrl?: string;
      timeoutMs: number;
    },
  ) {
    const Ctor = (sgMail as unknown as { MailService: new () => SgMailService }).MailService;
    this.client = new Ctor();
    // The Authorization header directly: setApiKey() also resets baseUrl and warns on non-"SG." test keys.
    this.client.client.setDefaultHeader('Authorization', `Bearer ${opts.apiKey}`);
    if (opts.baseUrl) this.client.client.setDefaultRequest('baseUrl', opts.baseUrl);
    this.client.setTimeout(opts.timeoutMs);
  }

  async send(mail: OutgoingMail): Promise<SendResult> {
    try {
      const [response] = await this.client.send({
        to: mail.toName ? { email: mail.toEmail, name: mail.toName } : mail.toEmail,
        from: { email: this.opts.fromEmail, name: this.opts.fromName },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        // Idempotency key: lets SendGrid events and support trace (and de-duplicate) each outbox row.
        customArgs: { message_id: mail.id, template: mail.template },
        headers: { 'X-Message-Key': mail.id },
        // No tracking pixels, no rewritten links.
        trackingSettings: {
          clickTracking: { enable: false, enableText: false },
          openTracking: { enable: false },
        },
      });
      const id = header(response.headers, 'x-message-id');
      return { providerMessageId: typeof id === 'string' ? id.slice(0, 100) : null };
    } catch (err) {
      throw classifySendGridError(err);
    }
  }
}

export function createMailTransport(config: Config): MailTransport {
  if (!config.SENDGRID_API_KEY) return new LocalMailboxTransport();
  return new SendGridTransport({
    apiKey: config.SENDGRID_API_KEY,
    fromEmail: config.MAIL_FROM_EMAIL,
    fromName: config.MAIL_FROM_NAME,
    baseUrl: config.SENDGRID_BASE_URL,
    timeoutMs: config.MAIL_SEND_TIMEOUT_MS,
  });
}
