// One attempt at a webhook delivery, as a `webhook.deliver` job: only the due attempt acts (the
// row's `attempts` is one less than the job's), so a stale or repeated job sends nothing; the
// outcome, the next attempt's job, and disabling the endpoint (with its e-mail) are one transaction.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import type { JobQueue, RunningJob } from '../jobs/job-queue.ts';
import type { MailService } from '../mail/mail.service.ts';
import { disableEndpoint } from './webhook-disable.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { WebhookEndpointService } from './webhook-endpoint.service.ts';
import { postWebhook } from './webhook-http.ts';
import { WEBHOOK_DELIVER, type WebhookDeliverJob } from './webhook.jobs.ts';
import { afterAttempt, type AttemptOutcome } from './webhook-retry.ts';
import { signDelivery } from './webhook-signing.ts';
import { parseTargetUrl, type ResolveHost } from './webhook-target.ts';

const SEND_TIMEOUT_MS = 10_000;

export interface WebhookDeliveryDeps {
  orm: MikroORM;
  log: Logger;
  jobs: JobQueue;
  allowPrivate: boolean;
  keys: MailKeyring;
  mail: MailService;
  /** Counts failed attempts (metrics), by what happened. */
  onFailure?: (kind: 'retry' | 'failed' | 'disabled') => void;
  /** Tests: a DNS that answers what they say. */
  resolve?: ResolveHost;
}

interface DueRow {
  id: string;
  endpoint_id: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Enqueues the first attempt of deliveries just recorded, in the caller's transaction. */
export async function enqueueDeliveries(
  jobs: JobQueue,
  tx: EntityManager,
  ids: readonly string[],
): Promise<void> {
  for (const deliveryId of ids) await jobs.enqueue(tx, WEBHOOK_DELIVER, { deliveryId, attempt: 1 });
}

export class WebhookDeliverer {
  constructor(private readonly deps: WebhookDeliveryDeps) {}

  /** The handler of `webhook.deliver`. */
  async deliver(job: RunningJob<WebhookDeliverJob>): Promise<void> {
    const { deliveryId, attempt } = job.data;
    const [row] = await this.deps.orm.em
      .fork()
      .execute<DueRow[]>(
        `select id, endpoint_id, payload, attempts from webhook_delivery where id = ? and status = 'PENDING'`,
        [deliveryId],
      );
    if (!row || row.attempts !== attempt - 1) return; // done, or not this job's attempt
    const endpoint = await this.deps.orm.em.fork().findOne(WebhookEndpoint, { id: row.endpoint_id });
    if (!endpoint || endpoint.disabledAt) {
      const reason = endpoint ? 'endpoint disabled' : 'endpoint deleted';
      await this.record(row, { kind: 'FAILED', reason }, null, null);
      return;
    }
    const { status, retryAfter, error } = await this.send(row, endpoint, job.signal);
    const outcome = afterAttempt({ attempt, status, retryAfter });
    await this.record(row, outcome, status, error, endpoint.id);
  }

  /** The handler of the dead letter queue: an attempt that could not run is the delivery's end. */
  async giveUp(job: RunningJob<WebhookDeliverJob>): Promise<void> {
    await this.deps.orm.em.fork().execute(
      `update webhook_delivery set status = 'FAILED', last_error = 'could not be attempted (worker lost or error)'
        where id = ? and status = 'PENDING' and attempts = ?`,
      [job.data.deliveryId, job.data.attempt - 1],
    );
    this.deps.onFailure?.('failed');
  }

  /** Deletes delivered and failed deliveries older than `days` (the log's retention). */
  async sweep(days: number): Promise<void> {
    await this.deps.orm.em
      .fork()
      .execute(
        `delete from webhook_delivery where status <> 'PENDING' and created_at < now() - make_interval(days => ?)`,
        [days],
      );
  }

  private async send(
    row: DueRow,
    endpoint: WebhookEndpoint,
    signal: AbortSignal,
  ): Promise<{ status: number | null; retryAfter: string | null; error: string | null }> {
    try {
      const url = parseTargetUrl(endpoint.url, this.deps.allowPrivate);
      const body = JSON.stringify(row.payload);
      const headers = signDelivery({
        id: `msg_${row.id}`,
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
        signal,
      });
      return { status: res.status, retryAfter: res.retryAfter, error: null };
    } catch (err) {
      return {
        status: null,
        retryAfter: null,
        error: err instanceof Error ? err.message.slice(0, 200) : 'delivery failed',
      };
    }
  }

  /** The attempt's outcome, the next attempt's job, and disabling the endpoint: one transaction. */
  private async record(
    row: DueRow,
    o: AttemptOutcome,
    status: number | null,
    error: string | null,
    endpointId?: string,
  ): Promise<void> {
    const reason = 'reason' in o ? o.reason : null;
    const set =
      o.kind === 'DELIVERED'
        ? `status = 'DELIVERED', delivered_at = now()`
        : o.kind === 'RETRY'
          ? `next_attempt_at = now() + make_interval(secs => ${Math.round(o.inSeconds)})`
          : `status = 'FAILED'`;
    const disable =
      o.kind === 'DISABLE_ENDPOINT' ? 'GONE' : o.kind === 'FAILED' && o.final ? 'PERSISTENT_FAILURE' : null;
    const disabled = await this.deps.orm.em.fork().transactional(async (tx) => {
      await tx.execute(
        `update webhook_delivery set ${set}, attempts = attempts + 1, last_status = ?, last_error = ?
          where id = ? and attempts = ?`,
        [status, error ?? reason, row.id, row.attempts],
      );
      if (o.kind === 'RETRY')
        await this.deps.jobs.enqueue(
          tx,
          WEBHOOK_DELIVER,
          { deliveryId: row.id, attempt: row.attempts + 2 },
          { startAfterMs: o.inSeconds * 1000 },
        );
      return disable && endpointId ? disableEndpoint(tx, this.deps.mail, endpointId, disable) : false;
    });
    if (o.kind !== 'DELIVERED')
      this.deps.onFailure?.(o.kind === 'RETRY' ? 'retry' : disabled ? 'disabled' : 'failed');
    if (disabled) this.deps.log.warn({ endpointId, reason }, 'webhook endpoint disabled');
  }
}
