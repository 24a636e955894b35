// The domain modules that make up the API. Add a module here to wire its resolvers, routes and workers.
import { accountsModule } from '../modules/accounts/accounts.module.ts';
import { apiKeysModule } from '../modules/api-keys/api-keys.module.ts';
import { federationModule } from '../modules/federation/federation.module.ts';
import { webhooksModule } from '../modules/webhooks/webhooks.module.ts';
import { billingModule } from '../modules/billing/billing.module.ts';
import { customersModule } from '../modules/customers/customers.module.ts';
import { installationHomeModule } from '../modules/customers/installation-home.module.ts';
import { grantsModule } from '../modules/grants/grants.module.ts';
import { mailModule } from '../modules/mail/mail.module.ts';
import { protocolModule } from '../modules/protocol/protocol.module.ts';
import { serviceRequestsModule } from '../modules/service-requests/service-requests.module.ts';
import type { AppModule } from './module.ts';

export const modules: AppModule[] = [
  accountsModule,
  customersModule,
  grantsModule,
  mailModule,
  protocolModule,
  installationHomeModule,
  billingModule,
  serviceRequestsModule,
  apiKeysModule,
  federationModule,
  webhooksModule,
];
