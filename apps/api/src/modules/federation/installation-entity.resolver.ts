// What the supergraph (and the portal) asks of an Installation entity: the access answer for a CPF
// (`accessFor(cpf)`; `access` is the viewer's own, from the customers domain)
// and the active grants the caller may see. Both are judged by the grants domain's rules.
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Role, Scope } from '../../graphql/auth-checker.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { InstallationType } from '../customers/installation.type.ts';
import { credentialOf, forgetRevokedCredential } from '../grants/access-credential.ts';
import { person, type Caller } from '../grants/grant-access.policy.ts';
import {
  InstallationAccess,
  InstallationAccessGrant,
  InstallationAccessReason,
} from '../grants/installation-access.type.ts';
import { activeGrantsOn } from './active-grants.query.ts';

function callerOf(ctx: GraphQLContext): Caller {
  return ctx.apiKey ? { kind: 'SERVICE_KEY' } : person(ctx.viewer?.userId ?? null);
}

@Resolver(() => InstallationType)
export class InstallationEntityResolver {
  @Authorized(Role.PERSON, Scope.INSTALLATION_ACCESS_READ)
  @FieldResolver(() => InstallationAccess, {
    description:
      'May this CPF act on this installation right now (as installationAccess): allowed, reason, grant, scopes, validity. (`access` is how the signed-in viewer holds it.)',
  })
  async accessFor(
    @Root() installation: Pick<InstallationType, 'number'>,
    @Arg('cpf', { description: 'CPF asked about, formatted or digits only.' }) cpf: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InstallationAccess> {
    const a = await ctx.services.grants
      .installationAccess(ctx.em, callerOf(ctx), credentialOf(ctx), installation.number, cpf)
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

  @Authorized(Role.PERSON, Scope.INSTALLATION_ACCESS_READ)
  @FieldResolver(() => [InstallationAccessGrant], {
    description:
      'Accepted grants in force on this installation that the caller may see: every one for a service key with installation-access:read or the titular; their own for an invitee; none for anyone else.',
  })
  async activeGrants(
    @Root() installation: Pick<InstallationType, 'number'>,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InstallationAccessGrant[]> {
    const rows = await activeGrantsOn(
      ctx.em,
      installation.number,
      ctx.apiKey ? null : (ctx.viewer?.userId ?? null),
    );
    return rows.map((r) => Object.assign(new InstallationAccessGrant(), r));
  }
}
