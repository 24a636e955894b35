import type { AppModule } from '../../app/module.ts';
import { accessGrantExpiryWorker } from './access-grant-expiry.worker.ts';
import { accessGrantValidityWorker } from './access-grant-validity.worker.ts';
import { AccessGrantFieldsResolver, AccessGrantResolver } from './access-grant.resolver.ts';
import { GrantActivityResolver } from './grant-activity.resolver.ts';
import { GrantScopesResolver } from './grant-scopes.resolver.ts';
import { GrantEventPageResolver } from './grant-event-page.resolver.ts';
import { InviteViewedResolver } from './invite-viewed.resolver.ts';

export const grantsModule: AppModule = {
  resolvers: [
    AccessGrantResolver,
    AccessGrantFieldsResolver,
    GrantActivityResolver,
    GrantScopesResolver,
    GrantEventPageResolver,
    InviteViewedResolver,
  ],
  workers: (services) => [accessGrantExpiryWorker(services), accessGrantValidityWorker(services)],
};
