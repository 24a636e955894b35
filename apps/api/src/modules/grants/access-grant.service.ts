import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type {
  AuthorityChange,
  AuthorityEndResult,
  GrantAuthority,
} from '../customers/customer-records.types.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { MailService } from '../mail/mail.service.ts';
import { ReadReplica } from '../../db/read-replica.ts';
import { acceptInvite, type AcceptInviteInput } from './accept-invite.command.ts';
import {
  eventsOf,
  installationPages,
  listGrants,
  previewInvite,
  requireUser,
  requireViewerRow,
  visibleGrant,
  type GrantInstallationPage,
  type GrantListArgs,
  type GrantListInclude,
  type GrantListing,
  type InstallationPageArgs,
  type InvitePreview,
  type UserRow,
  type ViewerRow,
} from './access-grant.queries.ts';
import type { GrantEventRow, GrantRow } from './access-grant.sql.ts';
import { declineInvite } from './decline-invite.command.ts';
import { endByAuthority } from './end-by-authority.command.ts';
import { expireInvites } from './expire-invites.command.ts';
import { grantAccess, type GrantAccessRequest } from './grant-access.command.ts';
import type { Caller } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { grantEffects } from './grant-effects.ts';
import type { IssuedLink } from './grant-insert.ts';
import type { GrantDeps } from './grant-transition.ts';
import {
  installationAccess,
  type AccessCredential,
  type InstallationAccessAnswer,
} from './installation-access.query.ts';
import { renounceGrant } from './renounce-grant.command.ts';
import { resendInvite } from './resend-invite.command.ts';
import { revokeGrant } from './revoke-grant.command.ts';
import { changeValidity, sweepValidity } from './validity.command.ts';
import { narrowScopes } from './narrow-scopes.command.ts';
import type { AccessGrantScope } from './access-grant-scope.ts';

/**
 * The grants domain as resolvers, routes and workers call it: one method per use case, each a
 * command file (`*.command.ts`), a read (`access-grant.queries.ts`) or `installation-access.query.ts`.
 * Every change runs in one transaction through the transition step (grant-transition.ts), which
 * writes the audit step and emits the domain event whose e-mails and notifications the effects
 * table (grant-effects.ts) sends: a rolled-back change leaves no trace.
 */
export class AccessGrantService implements GrantAuthority {
  private readonly grantDeps: GrantDeps;
  private readonly replica: ReadReplica;

  constructor(deps: {
    config: Config;
    log: Logger;
    pubsub: PgPubSub;
    mail: MailService;
    customers: CustomersService;
    /** Renders the protocol PDF ahead of the next download of a changed grant (grant effects). */
    jobs?: JobQueue;
    replica?: ReadReplica;
  }) {
    this.replica = deps.replica ?? new ReadReplica(undefined, deps.log);
    const { emit, links } = grantEffects(deps);
    this.grantDeps = { config: deps.config, customers: deps.customers, emit, links };
  }

  // ───────────────────────────── reads ─────────────────────────────

  /** Hot reads as named prepared statements unless DATABASE_PREPARED_STATEMENTS=false (PgBouncer < 1.21). */
  private get statementOptions(): { prepared: boolean } {
    return { prepared: this.grantDeps.config.DATABASE_PREPARED_STATEMENTS };
  }

  user(em: EntityManager, userId: string): Promise<UserRow> {
    return requireUser(em, userId);
  }

  /** The signed-in account with the partners it is titular of, in one statement. */
  viewer(em: EntityManager, userId: string): Promise<ViewerRow> {
    return requireViewerRow(em, userId);
  }

  visibleGrant(em: EntityManager, caller: Caller, id: string): Promise<GrantRow> {
    return visibleGrant(em, caller, id);
  }

  listGiven(
    em: EntityManager,
    userId: string,
    args: GrantListArgs,
    include?: GrantListInclude,
  ): Promise<GrantListing> {
    return listGrants(em, 'GIVEN', userId, args, include, this.statementOptions);
  }

  listReceived(
    em: EntityManager,
    userId: string,
    args: GrantListArgs,
    include?: GrantListInclude,
  ): Promise<GrantListing> {
    return listGrants(em, 'RECEIVED', userId, args, include, this.statementOptions);
  }

  installationPages(
    em: EntityManager,
    grantIds: readonly string[],
    args: InstallationPageArgs,
  ): Promise<Map<string, GrantInstallationPage>> {
    return installationPages(em, grantIds, args);
  }

  eventsOf(em: EntityManager, grantIds: readonly string[]): Promise<Map<string, GrantEventRow[]>> {
    return eventsOf(em, grantIds);
  }

  preview(em: EntityManager, actor: Actor, token: string): Promise<InvitePreview> {
    return previewInvite(em, actor, token);
  }

  installationAccess(
    em: EntityManager,
    caller: Caller,
    credential: AccessCredential,
    installationNumber: string,
    cpf: string,
  ): Promise<InstallationAccessAnswer> {
    const opts = this.statementOptions;
    // From the read replica when it has replayed everything committed so far (db/read-replica.ts).
    return this.replica.read(em, (from) =>
      installationAccess(from, caller, credential, installationNumber, cpf, opts),
    );
  }

  // ───────────────────────────── commands ─────────────────────────────

  /** `titular`: the actor's account when the caller already read it (one read per request). */
  grantAccess(
    em: EntityManager,
    actor: Actor,
    input: GrantAccessRequest,
    titular?: UserRow,
  ): Promise<IssuedLink> {
    return grantAccess(em, this.grantDeps, actor, input, titular);
  }

  accept(em: EntityManager, actor: Actor, input: AcceptInviteInput): Promise<string> {
    return acceptInvite(em, this.grantDeps, actor, input);
  }

  decline(em: EntityManager, actor: Actor, token: string): Promise<void> {
    return declineInvite(em, this.grantDeps, actor, token);
  }

  renounce(em: EntityManager, actor: Actor, id: string): Promise<string> {
    return renounceGrant(em, this.grantDeps, actor, id);
  }

  revoke(
    em: EntityManager,
    actor: Actor,
    id: string,
    installationNumbers?: string[] | null,
  ): Promise<string> {
    return revokeGrant(em, this.grantDeps, actor, id, installationNumbers);
  }

  resend(em: EntityManager, actor: Actor, id: string): Promise<IssuedLink> {
    return resendInvite(em, this.grantDeps, actor, id);
  }

  /** The customer records ended a titular's authority: see end-by-authority.command.ts. */
  endByAuthority(tx: EntityManager, change: AuthorityChange): Promise<AuthorityEndResult> {
    return endByAuthority(tx, this.grantDeps, change);
  }

  /** Extend or shorten a grant's validity (null: until revoked). */
  /** O que a pessoa poderá fazer, narrowed (titular): see narrow-scopes.command.ts. */
  narrowScopes(
    em: EntityManager,
    actor: Actor,
    id: string,
    scopes: readonly AccessGrantScope[],
  ): Promise<string> {
    return narrowScopes(em, this.grantDeps, actor, id, scopes);
  }

  changeValidity(em: EntityManager, actor: Actor, id: string, validUntil: Date | null): Promise<string> {
    return changeValidity(em, this.grantDeps, actor, id, validUntil);
  }

  /** Ends grants at the end of their validity and sends the 7-day reminders (access-grant-validity.jobs.ts). */
  sweepValidity(em: EntityManager): Promise<{ ended: number; reminded: number }> {
    return sweepValidity(em, this.grantDeps);
  }

  /** The expiry sweep (see access-grant-expiry.jobs.ts). */
  expireOverdue(em: EntityManager, batchSize = 200): Promise<number> {
    return expireInvites(em, this.grantDeps, batchSize);
  }
}
