import type { AppModule } from '../../app/module.ts';
import { jobHandler } from '../jobs/job-queue.ts';
import { IntegrationEventsResolver } from './integration-events.resolver.ts';
import { WebhookDeliveriesResolver } from './webhook-deliveries.resolver.ts';
import { WebhookDeliverer } from './webhook-delivery.ts';
import { WebhookConsumerWorker } from './webhook.worker.ts';
import {
  WEBHOOK_DELIVER,
  WEBHOOK_DELIVER_DEAD,
  WEBHOOK_LOG_RETENTION_DAYS,
  WEBHOOK_RETENTION,
} from './webhook.jobs.ts';
import { WebhooksResolver } from './webhooks.resolver.ts';

export const webhooksModule: AppModule = {
  resolvers: [WebhooksResolver, WebhookDeliveriesResolver, IntegrationEventsResolver],
  workers: (services) => [
    new WebhookConsumerWorker({
      orm: services.orm,
      log: services.log,
      jobs: services.jobs,
      keys: services.mail.keys,
    }),
  ],
  jobs: {
    queues: () => [WEBHOOK_DELIVER_DEAD, WEBHOOK_DELIVER, WEBHOOK_RETENTION],
    handlers: (services) => {
      const delivery = new WebhookDeliverer({
        orm: services.orm,
        log: services.log,
        jobs: services.jobs,
        allowPrivate: services.config.WEBHOOK_ALLOW_PRIVATE,
        keys: services.mail.keys,
        mail: services.mail,
      });
      return [
        jobHandler({
          queue: WEBHOOK_DELIVER,
          handle: (job) => delivery.deliver(job),
          concurrency: 4,
          pollSeconds: 1,
        }),
        jobHandler({ queue: WEBHOOK_DELIVER_DEAD, handle: (job) => delivery.giveUp(job) }),
        jobHandler({
          queue: WEBHOOK_RETENTION,
          handle: () => delivery.sweep(WEBHOOK_LOG_RETENTION_DAYS),
          cron: '*/30 * * * *',
        }),
      ];
    },
  },
};
