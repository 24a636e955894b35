import type { AppModule } from '../../app/module.ts';
import { accessGrantExpiryWorker } from './access-grant-expiry.worker.ts';
import { AccessGrantFieldsResolver, AccessGrantResolver } from './access-grant.resolver.ts';
import { GrantActivityResolver } from './grant-activity.resolver.ts';

export const grantsModule: AppModule = {
  resolvers: [AccessGrantResolver, AccessGrantFieldsResolver, GrantActivityResolver],
  workers: (services) => [accessGrantExpiryWorker(services)],
};
