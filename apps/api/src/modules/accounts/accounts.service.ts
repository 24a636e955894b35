import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';
import type { MailService } from '../mail/mail.service.ts';
import type { SessionService } from './session.service.ts';

/** Sign-up, sign-in, e-mail verification and password reset. */
export class AccountsService {
  constructor(
    private readonly deps: { config: Config; log: Logger; sessions: SessionService; mail: MailService },
  ) {}
}
