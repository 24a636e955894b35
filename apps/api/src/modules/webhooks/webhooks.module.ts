import type { AppModule } from '../../app/module.ts';
import { IntegrationEventsResolver } from './integration-events.resolver.ts';
import { WebhookWorker } from './webhook.worker.ts';
import { WebhookDeliveriesResolver } from './webhook-deliveries.resolver.ts';
import { WebhooksResolver } from './webhooks.resolver.ts';

export const webhooksModule: AppModule = {
  resolvers: [WebhooksResolver, WebhookDeliveriesResolver, IntegrationEventsResolver],
  workers: (services) => [
    new WebhookWorker({
      orm: services.orm,
      log: services.log,
      allowPrivate: services.config.WEBHOOK_ALLOW_PRIVATE,
      keys: services.mail.keys,
      mail: services.mail,
    }),
  ],
};
