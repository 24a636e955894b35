import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';

/** Business partners and installations of the signed-in customer. */
export class CustomersService {
  constructor(private readonly deps: { config: Config; log: Logger }) {}
}
