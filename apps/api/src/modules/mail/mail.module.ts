import type { AppModule } from '../../app/module.ts';
import { mailboxRoute } from './mailbox.route.ts';

export const mailModule: AppModule = {
  resolvers: [],
  routes: [mailboxRoute],
  workers: (services) => [services.mail.createWorker(services.orm)],
};
