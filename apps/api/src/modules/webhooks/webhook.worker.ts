// Runs in every API process: moves the webhook consumer along the event stream, then delivers what
// is due. Deliveries are claimed with FOR UPDATE SKIP LOCKED and leased (next_attempt_at pushed past
// one attempt), so two processes never send the same attempt and a crashed one's lease runs out.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Worker } from '../../app/module.ts';
import type { Logger } from '../../common/logger.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import type { MailService } from '../mail/mail.service.ts';
import { consumeOnce } from './webhook-consumer.ts';
import { disableEndpoint } from './webhook-disable.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { WebhookEndpointService } from './webhook-endpoint.service.ts';
import { postWebhook } from './webhook-http.ts';
import { afterAttempt, type AttemptOutcome } from './webhook-retry.ts';
import { signDelivery } from './webhook-signing.ts';
import { parseTargetUrl, type ResolveHost } from './webhook-target.ts';

export const WEBHOOK_POLL_MS = 1000;
const SEND_TIMEOUT_MS = 10_000;
const LEASE_SECONDS = 60;

interface Claimed {
  id: string;
  endpoint_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
}

export class WebhookWorker implements Worker {
  readonly name = 'webhook-delivery';
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: {
      orm: MikroORM;
      log: Logger;
      allowPrivate: boolean;
      keys: MailKeyring;
      mail: MailService;
      /** Tests: a DNS that answers what they say. */
      resolve?: ResolveHost;
    },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), WEBHOOK_POLL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .catch((err: unknown) => this.deps.log.warn({ err }, 'webhooks: pass failed; will retry'))
      .finally(() => {
        this.running = null;
      });
  }

  /** One pass: consume the stream, then send what is due. */
  async runOnce(): Promise<void> {
    while (await consumeOnce(this.deps.orm.em.fork())) {
      /* a full batch: read on */
    }
    const em = this.deps.orm.em.fork();
    const due = await em.execute<Claimed[]>(
      `update webhook_delivery d set next_attempt_at = now() + make_interval(secs => ?)
        where d.id in (select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= now()
                        order by next_attempt_at limit 20 for update skip locked)
        returning d.id, d.endpoint_id, d.payload, d.attempts, d.created_at`,
      [LEASE_SECONDS],
    );
    await Promise.all(due.map((d) => this.attempt(d)));
  }

  private async attempt(d: Claimed): Promise<void> {
    const em = this.deps.orm.em.fork();
    const endpoint = await em.findOne(WebhookEndpoint, { id: d.endpoint_id });
    if (!endpoint || endpoint.disabledAt) {
      await this.record(
        d,
        { kind: 'FAILED', reason: endpoint ? 'endpoint disabled' : 'endpoint deleted' },
        null,
      );
      return;
    }
    let status: number | null = null;
    let retryAfter: string | null = null;
    let error: string | null = null;
    try {
      const url = parseTargetUrl(endpoint.url, this.deps.allowPrivate);
      const body = JSON.stringify(d.payload);
      const headers = signDelivery({
        id: `msg_${d.id}`,
        at: new Date(),
        body,
        secrets: WebhookEndpointService.signingSecrets(endpoint, this.deps.keys),
      });
      const res = await postWebhook(url, {
        headers: { 'content-type': 'application/json', 'user-agent': 'Delega-Webhooks/1', ...headers },
        body,
        timeoutMs: SEND_TIMEOUT_MS,
        allowPrivate: this.deps.allowPrivate,
        resolve: this.deps.resolve,
      });
      status = res.status;
      retryAfter = res.retryAfter;
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 200) : 'delivery failed';
    }
    const outcome = afterAttempt({ attempt: d.attempts + 1, status, retryAfter });
    await this.record(d, outcome, status, error);
    if (outcome.kind === 'DISABLE_ENDPOINT' || (outcome.kind === 'FAILED' && outcome.final)) {
      const why = outcome.kind === 'DISABLE_ENDPOINT' ? 'GONE' : 'PERSISTENT_FAILURE';
      const disabled = await disableEndpoint(this.deps.orm.em.fork(), this.deps.mail, endpoint.id, why);
      if (disabled)
        this.deps.log.warn({ endpointId: endpoint.id, reason: outcome.reason }, 'webhook endpoint disabled');
    }
  }

  private async record(
    d: Claimed,
    o: AttemptOutcome,
    status: number | null,
    error: string | null = null,
  ): Promise<void> {
    const reason = 'reason' in o ? o.reason : null;
    const sql =
      o.kind === 'DELIVERED'
        ? `status = 'DELIVERED', delivered_at = now()`
        : o.kind === 'RETRY'
          ? `next_attempt_at = now() + make_interval(secs => ${Math.round(o.inSeconds)})`
          : `status = 'FAILED'`;
    await this.deps.orm.em
      .fork()
      .execute(
        `update webhook_delivery set ${sql}, attempts = attempts + 1, last_status = ?, last_error = ? where id = ?`,
        [status, error ?? reason, d.id],
      );
  }
}
