import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';

/** The PDF protocol of an invite and its public verification. */
export class ProtocolService {
  constructor(private readonly deps: { config: Config; log: Logger }) {}
}
