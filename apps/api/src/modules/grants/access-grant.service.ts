import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import type { MailService } from '../mail/mail.service.ts';

/** The access-grant lifecycle: invite, accept, decline, revoke, renounce, expire. */
export class AccessGrantService {
  constructor(
    private readonly deps: {
      config: Config;
      log: Logger;
      pubsub: PgPubSub;
      mail: MailService;
      customers: CustomersService;
    },
  ) {}
}
