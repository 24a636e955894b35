// Runs in every API process: moves the webhook consumer along the event stream (one transaction per
// step records the deliveries and their first attempt's job; the job system delivers them,
// webhook-delivery.ts). Polled every second; any process may run it (the cursor row is locked).
// At start it also re-seals signing secrets sealed with an older data-at-rest key.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Worker } from '../../app/module.ts';
import type { Logger } from '../../common/logger.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { consumeOnce } from './webhook-consumer.ts';
import { WebhookEndpointService } from './webhook-endpoint.service.ts';

export const WEBHOOK_POLL_MS = 1000;

export class WebhookConsumerWorker implements Worker {
  readonly name = 'webhook-consumer';
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: { orm: MikroORM; log: Logger; jobs: JobQueue; keys: MailKeyring }) {}

  start(): void {
    const { orm, keys, log } = this.deps;
    WebhookEndpointService.resealSecrets(orm.em.fork(), keys, log).then(
      (n) => n > 0 && log.info({ endpoints: n }, 'webhook secrets re-sealed with the current key'),
      (err: unknown) => log.warn({ err }, 'webhook secrets: re-sealing failed; will retry at the next start'),
    );
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
      .catch((err: unknown) => this.deps.log.warn({ err }, 'webhooks: consumer pass failed; will retry'))
      .finally(() => {
        this.running = null;
      });
  }

  /** Reads the stream until it is caught up. */
  async runOnce(): Promise<void> {
    while (await consumeOnce(this.deps.orm.em.fork(), this.deps.jobs)) {
      /* a full batch: read on */
    }
  }
}
