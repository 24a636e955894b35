import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Config } from '../../config/config.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { Caller } from '../grants/grant-access.policy.ts';
import type { Actor } from '../grants/grant-audit.ts';
import { authorizeInstallationAction } from '../grants/installation-authority.query.ts';
import type { MailService } from '../mail/mail.service.ts';
import {
  requestService,
  type RequestServiceDeps,
  type RequestServiceRequest,
} from './request-service.command.ts';
import {
  serviceRequestPage,
  serviceRequestsByIds,
  type ServiceRequestRow,
} from './service-request.queries.ts';

/** Solicitações: made and listed by the titular or an invitee with REQUEST_SERVICES, judged at each call. */
export class ServiceRequestsService {
  private readonly deps: RequestServiceDeps;

  constructor(deps: { config: Config; mail: MailService; pubsub: PgPubSub }) {
    this.deps = { mail: deps.mail, pubsub: deps.pubsub, portalUrl: deps.config.PORTAL_URL };
  }

  request(
    em: EntityManager,
    caller: Caller,
    actor: Actor,
    input: RequestServiceRequest,
  ): Promise<ServiceRequestRow> {
    return requestService(em, this.deps, caller, actor, input);
  }

  async list(
    em: EntityManager,
    caller: Caller,
    number: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<{ rows: ServiceRequestRow[]; hasNextPage: boolean; totalCount: number }> {
    const auth = await authorizeInstallationAction(em, caller, 'VIEW_SERVICE_REQUESTS', number);
    return serviceRequestPage(em, auth.installation.id, args);
  }

  /** Whether the caller may see the requests of installation `number` right now (live updates). */
  async maySee(em: EntityManager, caller: Caller, number: string): Promise<boolean> {
    try {
      await authorizeInstallationAction(em, caller, 'VIEW_SERVICE_REQUESTS', number);
      return true;
    } catch (err) {
      if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'FORBIDDEN')) return false;
      throw err;
    }
  }

  /** By id, for batches; callers must have authorised the ids. */
  byIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, ServiceRequestRow>> {
    return serviceRequestsByIds(em, ids);
  }
}
