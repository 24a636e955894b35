import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.ts';
import type { Logger } from '../common/logger.ts';
import type { DatabaseTargets } from '../db/database.ts';
import { ReadReplica } from '../db/read-replica.ts';
import type { PgPubSub } from '../graphql/pubsub.ts';
import type { JobQueue } from '../modules/jobs/job-queue.ts';
import { AccountsService } from '../modules/accounts/accounts.service.ts';
import { BillingService } from '../modules/billing/billing.service.ts';
import { SessionService } from '../modules/accounts/session.service.ts';
import { ApiKeyService } from '../modules/api-keys/api-key.service.ts';
import { CustomersService } from '../modules/customers/customers.service.ts';
import { AccessGrantService } from '../modules/grants/access-grant.service.ts';
import { MailService } from '../modules/mail/mail.service.ts';
import { ProtocolService } from '../modules/protocol/protocol.service.ts';
import { RateLimitService } from '../modules/rate-limit/rate-limit.service.ts';
import { ServiceRequestsService } from '../modules/service-requests/service-requests.service.ts';

/** Process-wide singletons shared by resolvers, routes and workers. Stateless: all state is in PostgreSQL. */
export interface Services {
  config: Config;
  log: Logger;
  orm: MikroORM;
  pubsub: PgPubSub;
  /** Session-mode URL (job workers) and the read replica, when configured. */
  database: DatabaseTargets;
  /** The job system (pg-boss): enqueue in the caller's transaction; see modules/jobs/job-queue.ts. */
  jobs: JobQueue;
  /** The read replica for the access check (the primary when unset or behind). */
  replica: ReadReplica;
  sessions: SessionService;
  apiKeys: ApiKeyService;
  mail: MailService;
  accounts: AccountsService;
  customers: CustomersService;
  grants: AccessGrantService;
  protocol: ProtocolService;
  rateLimits: RateLimitService;
  billing: BillingService;
  serviceRequests: ServiceRequestsService;
}

export interface CoreDeps {
  config: Config;
  log: Logger;
  orm: MikroORM;
  pubsub: PgPubSub;
  database: DatabaseTargets;
  jobs: JobQueue;
}

/** Wires the services; each is constructed with exactly what it uses. One line per service. */
export function createServices(core: CoreDeps): Services {
  const { config, log, pubsub, jobs } = core;
  const sessions = new SessionService({
    ttlMs: config.SESSION_TTL_HOURS * 3600_000,
    absoluteMs: config.SESSION_ABSOLUTE_DAYS * 86_400_000,
    pubsub,
    log,
  });
  const rateLimits = new RateLimitService({ orm: core.orm, log });
  const apiKeys = new ApiKeyService({ log, rateLimits, pubsub });
  const mail = new MailService({ config, log, jobs });
  const accounts = new AccountsService({ config, log, sessions, mail, rateLimits });
  const customers = new CustomersService({ config, log });
  const replica = new ReadReplica(core.database.replicaUrl, log, config.DATABASE_POOL_MAX);
  const grants = new AccessGrantService({ config, log, pubsub, mail, customers, replica, jobs });
  const protocol = new ProtocolService({ config, log });
  const billing = new BillingService({ log, pubsub, protocol });
  const serviceRequests = new ServiceRequestsService({ config, mail, pubsub });
  return {
    ...core,
    replica,
    sessions,
    apiKeys,
    mail,
    accounts,
    customers,
    grants,
    protocol,
    rateLimits,
    billing,
    serviceRequests,
  };
}
