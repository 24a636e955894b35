import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor } from '../../db/sql.ts';
import { Role, Scope } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { loader, selectedArgs } from '../../graphql/loaders.ts';
import { grantChangeFor, grantChanges } from '../events/access-grant-changes.ts';
import type { Delivery } from '../events/live-subscription.ts';
import { PageInfo } from '../customers/installation.type.ts';
import { AcceptAccessInviteInput, AccessGrantListArgs, GrantAccessInput } from './access-grant.input.ts';
import { AccessGrantChangedEvent } from './access-grant-changed.type.ts';
import type {
  GrantInstallationPage,
  GrantListInclude,
  InstallationPageArgs,
  ViewerRow,
} from './access-grant.queries.ts';
import { encodeGrantCursor, type GrantEventRow, type GrantRow } from './access-grant.sql.ts';
import {
  AccessGrantConnection,
  AccessGrantEdge,
  AccessGrantEventDto,
  AccessGrantType,
  GrantAccessPayload,
  GrantedInstallationConnection,
  GrantedInstallationEdge,
  GrantedInstallationType,
  type GrantViewer,
} from './access-grant.type.ts';
import { decide, person, type Caller } from './grant-access.policy.ts';
import type { Actor } from './grant-audit.ts';
import { grantNotFound } from './grant-errors.ts';
import { credentialOf, forgetRevokedCredential } from './access-credential.ts';
import {
  InstallationAccess,
  InstallationAccessGrant,
  InstallationAccessReason,
} from './installation-access.type.ts';
import { inviteeEmailOf, inviteLimits, inviteLinkExists } from './invite-limits.ts';
import { AccessInvitePreview, AccessInviteStatus } from './invite-preview.type.ts';

function actorOf(ctx: GraphQLContext): Actor {
  return { userId: ctx.viewer?.userId ?? null, meta: ctx.meta };
}

/** Who asks, as the access policy sees them: a service key or a person (signed in or not). */
function callerOf(ctx: GraphQLContext): Caller {
  return ctx.apiKey ? { kind: 'SERVICE_KEY' } : person(ctx.viewer?.userId ?? null);
}

/** The viewer's account row and the partners they are titular of, in one statement, once per request. */
function titularViewer(ctx: GraphQLContext): Promise<ViewerRow> {
  const viewer = requireViewer(ctx);
  let p = ctx.cache.get('grants:viewer-row') as Promise<ViewerRow> | undefined;
  if (!p) {
    p = ctx.services.grants.viewer(ctx.em, viewer.userId);
    ctx.cache.set('grants:viewer-row', p);
  }
  return p;
}

/** The viewer's id and CPF (masking depends on it), read once per request. */
async function grantViewer(ctx: GraphQLContext): Promise<GrantViewer> {
  let p = ctx.cache.get('grants:viewer') as Promise<GrantViewer> | undefined;
  if (!p) {
    p = titularViewer(ctx).then((u) => ({ userId: u.id, cpf: u.cpf, partnerIds: u.partner_ids }));
    ctx.cache.set('grants:viewer', p);
  }
  return p;
}

/** The viewer as the access policy sees them. */
export async function grantCaller(ctx: GraphQLContext): Promise<Caller> {
  const viewer = await grantViewer(ctx);
  return person(viewer.userId, viewer.cpf, viewer.partnerIds);
}

/** Reads a grant the viewer may VIEW (titular or invitee), or NOT_FOUND. */
async function grantFor(ctx: GraphQLContext, id: string): Promise<AccessGrantType> {
  const row = await ctx.services.grants.visibleGrant(ctx.em, await grantCaller(ctx), id);
  return AccessGrantType.fromRow(row, await grantViewer(ctx));
}

/** The installations field's DataLoader for one set of arguments (a list primes it). */
function installationsLoader(ctx: GraphQLContext, args: InstallationPageArgs) {
  const a = {
    first: args.first ?? null,
    after: args.after ?? null,
    includeRevoked: args.includeRevoked ?? true,
  };
  return loader<string, GrantInstallationPage>(
    ctx,
    `grants:installations:${a.first}:${a.after}:${a.includeRevoked}`,
    async (ids) => {
      const pages = await ctx.services.grants.installationPages(ctx.em, ids, a);
      return ids.map((id) => pages.get(id)!);
    },
  );
}

function eventsLoader(ctx: GraphQLContext) {
  return loader<string, GrantEventRow[]>(ctx, 'grants:events', async (ids) => {
    const byGrant = await ctx.services.grants.eventsOf(ctx.em, ids);
    return ids.map((id) => byGrant.get(id) ?? []);
  });
}

/** What a list reads of each grant in its own statement: the selection's installations and events. */
function listInclude(info: GraphQLResolveInfo): GrantListInclude {
  const include: GrantListInclude = {};
  const installations = selectedArgs(info, ['edges', 'node', 'installations']) ?? [];
  // One set of arguments only (aliases with other pages are read by their own loaders).
  const distinct = new Set(installations.map((a) => JSON.stringify([a.first, a.after, a.includeRevoked])));
  if (distinct.size === 1) include.installations = installations[0];
  if ((selectedArgs(info, ['edges', 'node', 'events']) ?? []).length > 0) include.events = true;
  return include;
}

/**
 * One page of the grants the viewer gave (`listGiven`) or received (`listReceived`): one statement
 * reads the viewer, the page, its count and what the selection asks of each grant (installations,
 * events), then primes the loaders so the field resolvers send none.
 */
async function grantList(
  ctx: GraphQLContext,
  list: 'listGiven' | 'listReceived',
  { status, first, after }: AccessGrantListArgs,
  info: GraphQLResolveInfo,
): Promise<AccessGrantConnection> {
  const { userId } = requireViewer(ctx);
  const include = listInclude(info);
  const page = await ctx.services.grants[list](ctx.em, userId, { status, first, after }, include);
  const viewer: GrantViewer = { userId, cpf: page.viewer.cpf, partnerIds: page.viewer.partnerIds };
  if (!ctx.cache.has('grants:viewer')) ctx.cache.set('grants:viewer', Promise.resolve(viewer));
  if (page.installations) {
    const l = installationsLoader(ctx, include.installations!);
    for (const [id, p] of page.installations) l.prime(id, p);
  }
  if (page.events) {
    const l = eventsLoader(ctx);
    for (const [id, rows] of page.events) l.prime(id, rows);
  }
  return connection(page.rows, page.totalCount, page.hasNextPage, viewer);
}

function connection(
  rows: GrantRow[],
  totalCount: number,
  hasNextPage: boolean,
  viewer: GrantViewer,
): AccessGrantConnection {
  const edges = rows.map((r) =>
    Object.assign(new AccessGrantEdge(), {
      cursor: encodeGrantCursor(r),
      node: AccessGrantType.fromRow(r, viewer),
    }),
  );
  return Object.assign(new AccessGrantConnection(), {
    totalCount,
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
  });
}

/**
 * Grant changes for one user, from this process's LISTEN fan-out. Ending the subscription aborts the
 * underlying listener at once (not at the next event).
 */
@Resolver()
export class AccessGrantResolver {
  @Authorized(Role.PERSON)
  @Mutation(() => GrantAccessPayload, {
    description:
      'Conceder acesso: invites a person to act on installations of one of your business partners. E-mails the invitee; the link is valid for 12 hours.',
  })
  async grantAccess(
    @Arg('input', () => GrantAccessInput) input: GrantAccessInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantAccessPayload> {
    const email = typeof input.invitee?.email === 'string' ? input.invitee.email : null;
    const { userId } = requireViewer(ctx);
    // The titular read once for the command and the answer (the viewer of grantFor).
    const titular = await titularViewer(ctx);
    const { grantId, inviteUrl } = await inviteLimits(ctx.services).sending(userId, email, () =>
      ctx.services.grants.grantAccess(ctx.em, actorOf(ctx), input, titular),
    );
    return Object.assign(new GrantAccessPayload(), { grant: await grantFor(ctx, grantId), inviteUrl });
  }

  @Query(() => AccessInvitePreview, {
    description:
      'Public preview of an invite link for the invite page. Never fails for a bad token: unknown, expired, used and cancelled links all read UNAVAILABLE (except to the invitee, signed in).',
  })
  async accessInvite(@Arg('token') token: string, @Ctx() ctx: GraphQLContext): Promise<AccessInvitePreview> {
    const limits = inviteLimits(ctx.services);
    await limits.beforeLookup(ctx.meta);
    const p = await ctx.services.grants.preview(ctx.em, actorOf(ctx), token);
    if (p.status === 'UNAVAILABLE' && !(await inviteLinkExists(ctx.em, token)))
      await limits.unknownLink(ctx.meta);
    return Object.assign(new AccessInvitePreview(), { ...p, status: AccessInviteStatus[p.status] });
  }

  @Authorized(Role.PERSON)
  @Mutation(() => AccessGrantType, {
    description:
      "Aceite: the signed-in invitee accepts. The account's full name, CPF and e-mail must match the invite (INVITEE_MISMATCH otherwise, and the invite stays usable).",
  })
  async acceptAccessInvite(
    @Arg('input', () => AcceptAccessInviteInput) input: AcceptAccessInviteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantType> {
    const limits = inviteLimits(ctx.services);
    await limits.beforeAccept(input.token, requireViewer(ctx).userId, ctx.meta);
    const id = await limits.guarded(ctx.em, input.token, ctx.meta, () =>
      ctx.services.grants.accept(ctx.em, actorOf(ctx), input),
    );
    return grantFor(ctx, id);
  }

  @Authorized(Role.PERSON_OR_ANONYMOUS)
  @Mutation(() => Boolean, {
    description:
      'Recusa: declines an invite. Holding the link suffices; when signed in, you are recorded as who declined.',
  })
  async declineAccessInvite(@Arg('token') token: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const limits = inviteLimits(ctx.services);
    await limits.beforeDecline(token, ctx.viewer?.userId ?? null, ctx.meta);
    await limits.guarded(ctx.em, token, ctx.meta, () =>
      ctx.services.grants.decline(ctx.em, actorOf(ctx), token),
    );
    return true;
  }

  @Authorized(Role.PERSON)
  @Mutation(() => AccessGrantType, {
    description:
      'Retirar a permissão (titular): the whole grant, or only `installationNumbers`, with immediate effect. On an open invite, cancels it.',
  })
  async revokeAccessGrant(
    @Arg('id', () => ID) id: string,
    @Arg('installationNumbers', () => [String], { nullable: true }) installationNumbers: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantType> {
    await ctx.services.grants.revoke(ctx.em, actorOf(ctx), id, installationNumbers);
    return grantFor(ctx, id);
  }

  @Authorized(Role.PERSON)
  @Mutation(() => AccessGrantType, {
    description:
      'Extend or shorten "Prazo da permissão" (any current titular of the partner) of an open invite or accepted grant: a new `validUntil` (at most 5 years ahead), or null for "Até eu retirar". The invitee is told.',
  })
  async changeAccessGrantValidity(
    @Arg('id', () => ID) id: string,
    @Arg('validUntil', () => Date, { nullable: true }) validUntil: Date | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantType> {
    await ctx.services.grants.changeValidity(ctx.em, actorOf(ctx), id, validUntil ?? null);
    return grantFor(ctx, id);
  }

  @Authorized(Role.PERSON)
  @Mutation(() => GrantAccessPayload, {
    description:
      'A new invite link (titular). Open invite: new link and new 12-hour window, old links stop working. Expired or declined: a new grant with the same invitee and installations (new protocol number).',
  })
  async resendAccessInvite(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantAccessPayload> {
    const email = await inviteeEmailOf(ctx.em, id);
    const { grantId, inviteUrl } = await inviteLimits(ctx.services).sending(
      requireViewer(ctx).userId,
      email,
      () => ctx.services.grants.resend(ctx.em, actorOf(ctx), id),
    );
    return Object.assign(new GrantAccessPayload(), { grant: await grantFor(ctx, grantId), inviteUrl });
  }

  @Authorized(Role.PERSON)
  @Mutation(() => AccessGrantType, {
    description: 'The invitee gives up an accepted grant, with immediate effect.',
  })
  async renounceAccessGrant(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessGrantType> {
    await ctx.services.grants.renounce(ctx.em, actorOf(ctx), id);
    return grantFor(ctx, id);
  }

  @Authorized(Role.PERSON)
  @Query(() => AccessGrantConnection, { description: 'Acessos concedidos: grants you gave, newest first.' })
  async accessGrantsGiven(
    @Args(() => AccessGrantListArgs) args: AccessGrantListArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccessGrantConnection> {
    return grantList(ctx, 'listGiven', args, info);
  }

  @Authorized(Role.PERSON)
  @Query(() => AccessGrantConnection, {
    description: 'Acessos recebidos: grants you accepted, newest first.',
  })
  async accessGrantsReceived(
    @Args(() => AccessGrantListArgs) args: AccessGrantListArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccessGrantConnection> {
    return grantList(ctx, 'listReceived', args, info);
  }

  @Authorized(Role.PERSON)
  @Query(() => AccessGrantType, {
    nullable: true,
    description:
      'One grant with its installations and audit trail. Only its titular and its invitee see it (NOT_FOUND otherwise).',
  })
  async accessGrant(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AccessGrantType> {
    return grantFor(ctx, id);
  }

  @Authorized(Role.PERSON, Scope.INSTALLATION_ACCESS_READ)
  @Query(() => InstallationAccess, {
    description:
      'May this CPF act on this installation right now, and through which grant? Service API keys (`x-api-key`, scope installation-access:read) may ask about anyone; a person about their own CPF or installations they are titular of.',
  })
  async installationAccess(
    @Arg('installationNumber') installationNumber: string,
    @Arg('cpf') cpf: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InstallationAccess> {
    const a = await ctx.services.grants
      .installationAccess(ctx.em, callerOf(ctx), credentialOf(ctx), installationNumber, cpf)
      .catch((err: unknown) => forgetRevokedCredential(ctx, err));
    return Object.assign(new InstallationAccess(), {
      installationNumber: a.installationNumber,
      allowed: a.allowed,
      reason: InstallationAccessReason[a.reason],
      grant: a.grant && Object.assign(new InstallationAccessGrant(), a.grant),
      scopes: a.scopes,
      checkedAt: a.checkedAt,
    });
  }

  @Authorized(Role.PERSON)
  @Subscription(() => AccessGrantChangedEvent, {
    description:
      'Changes to the grants you gave (accepted, declined, expired, renounced…) and received (revoked, installations removed). Who you are comes from the connection. Each event carries a `cursor`: after a reconnect pass the last one as `after` to receive what you missed (within 24 hours; older, a RESYNC tells you to read the lists again).',
    subscribe: ({ args, context }) =>
      grantChanges(context as GraphQLContext, (args as { after?: string | null }).after),
  })
  async accessGrantChanged(
    @Root() delivery: Delivery,
    @Ctx() ctx: GraphQLContext,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `cursor` of the last event you received: first replays what you missed since.',
    })
    _after: string | null,
  ): Promise<AccessGrantChangedEvent> {
    return grantChangeFor(ctx, delivery);
  }
}

@Resolver(() => AccessGrantType)
export class AccessGrantFieldsResolver {
  @FieldResolver(() => GrantedInstallationConnection, {
    description: 'The installations of the grant, by number (keyset pagination; batched across a list).',
  })
  async installations(
    @Root() grant: AccessGrantType,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 50, at most 200).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Arg('includeRevoked', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Include installations removed from the grant (with `revokedAt`). Default true.',
    })
    includeRevoked: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GrantedInstallationConnection> {
    const page = await installationsLoader(ctx, { first, after, includeRevoked }).load(grant.id);
    const edges = page.rows.map((r) =>
      Object.assign(new GrantedInstallationEdge(), {
        cursor: encodeCursor(r.number),
        node: GrantedInstallationType.fromRow(r),
      }),
    );
    return Object.assign(new GrantedInstallationConnection(), {
      totalCount: page.totalCount,
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }

  @FieldResolver(() => [AccessGrantEventDto], {
    description:
      'Audit trail, oldest first: every step with who took it (batched across a list). At most the first 200 steps: read long trails with `eventsConnection`.',
  })
  async events(@Root() grant: AccessGrantType, @Ctx() ctx: GraphQLContext): Promise<AccessGrantEventDto[]> {
    if (decide(await grantCaller(ctx), 'VIEW_EVENTS', grant.parties) !== 'ALLOWED') throw grantNotFound();
    const rows = await eventsLoader(ctx).load(grant.id);
    return rows.map((r) => AccessGrantEventDto.fromRow(r));
  }
}
