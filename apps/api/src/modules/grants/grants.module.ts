import type { AppModule } from '../../app/module.ts';
import { accessGrantExpiryJob, EXPIRE_INVITES } from './access-grant-expiry.jobs.ts';
import { accessGrantValidityJob, GRANT_VALIDITY } from './access-grant-validity.jobs.ts';
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
  jobs: {
    queues: () => [EXPIRE_INVITES, GRANT_VALIDITY],
    handlers: (services) => [accessGrantExpiryJob(services), accessGrantValidityJob(services)],
  },
};
