import type { AppModule } from '../../app/module.ts';
import { WebhooksResolver } from './webhooks.resolver.ts';

export const webhooksModule: AppModule = { resolvers: [WebhooksResolver] };
