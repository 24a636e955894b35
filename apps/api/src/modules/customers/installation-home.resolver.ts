// The installation home (`/instalacoes/<número>`) and "Minhas instalações" for both the titular and an
// invitee: `installation(number)`, `accessibleInstallations`, and `Installation.access` (how the
// viewer holds it). Access is the grants' one policy, judged at each call.
import { maskCpf, formatCpf } from '@delega/shared/documents';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { encodeCursor } from '../../db/sql.ts';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { ALL_SCOPES } from '../grants/access-grant-scope.ts';
import {
  InstallationAccessKind,
  ViewerAccessGrantType,
  ViewerInstallationAccessType,
} from '../grants/access-grant-scope.type.ts';
import { PersonType } from '../grants/access-grant.type.ts';
import { accessibleInstallations, type AccessibleRow } from '../grants/accessible-installations.query.ts';
import { person } from '../grants/grant-access.policy.ts';
import {
  authorizeInstallationAction,
  type InstallationAuthority,
} from '../grants/installation-authority.query.ts';
import { Installation } from './installation.entity.ts';
import { InstallationType, PageInfo } from './installation.type.ts';

/** An installation as the viewer holds it (`access` known already). */
type HeldInstallation = InstallationType & { viewerAccess?: ViewerInstallationAccessType };

const own = (): ViewerInstallationAccessType =>
  Object.assign(new ViewerInstallationAccessType(), {
    kind: InstallationAccessKind.OWN,
    scopes: [...ALL_SCOPES],
    grant: null,
  });

function granted(
  g: NonNullable<AccessibleRow['grant']>,
  viewerCpf: string | null,
): ViewerInstallationAccessType {
  const cpf = (g.titular.cpf === viewerCpf ? formatCpf(g.titular.cpf) : maskCpf(g.titular.cpf)) ?? '***';
  return Object.assign(new ViewerInstallationAccessType(), {
    kind: InstallationAccessKind.GRANTED,
    scopes: g.scopes,
    grant: Object.assign(new ViewerAccessGrantType(), {
      id: g.id,
      protocolNumber: g.protocolNumber,
      titular: Object.assign(new PersonType(), { fullName: g.titular.fullName, cpf }),
      scopes: g.scopes,
      acceptedAt: g.acceptedAt,
    }),
  });
}

function accessOf(a: InstallationAuthority): ViewerInstallationAccessType {
  return a.kind === 'OWN' ? own() : granted(a.grant, null);
}

@ObjectType('AccessibleInstallationEdge', { description: 'One installation in a page, with its cursor.' })
export class AccessibleInstallationEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this installation.' })
  cursor!: string;

  @Field(() => InstallationType, { description: 'The installation; `access` says how you hold it.' })
  node!: InstallationType;
}

@ObjectType('AccessibleInstallationConnection', {
  description: 'A page of the installations you may act on (your own and those granted to you), by number.',
})
export class AccessibleInstallationConnection {
  @Field(() => Int, { description: 'How many installations match (all pages).' })
  totalCount!: number;

  @Field(() => [AccessibleInstallationEdge], { description: 'The installations of this page.' })
  edges!: AccessibleInstallationEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}

@Resolver()
export class InstallationHomeResolver {
  @Authorized(Role.PERSON)
  @Query(() => InstallationType, {
    description:
      'One installation: yours, or one an active grant lets you act on. Anyone else’s reads NOT_FOUND, exactly like an unknown number. `access` says how you hold it.',
  })
  async installation(
    @Arg('number', { description: 'Nº Instalação.' }) number: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InstallationType> {
    const auth = await authorizeInstallationAction(
      ctx.em,
      person(requireViewer(ctx).userId),
      'VIEW_INSTALLATION',
      number,
    );
    const entity = await ctx.em.findOneOrFail(Installation, { id: auth.installation.id });
    return Object.assign(InstallationType.fromEntity(entity), { viewerAccess: accessOf(auth) });
  }

  @Authorized(Role.PERSON)
  @Query(() => AccessibleInstallationConnection, {
    description:
      'Minhas instalações: your own installations and, alongside, those others granted to you (active grants), in number order; each node’s `access` says which (with the titular and the grant’s protocol number).',
  })
  async accessibleInstallations(
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 50, at most 200).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' })
    after: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Digits only: numbers starting with them. Otherwise: address text, accents and case ignored.',
    })
    search: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AccessibleInstallationConnection> {
    const viewer = requireViewer(ctx);
    const page = await accessibleInstallations(ctx.em, viewer.userId, { first, after, search });
    const edges = page.rows.map((r) => {
      const node: HeldInstallation = Object.assign(
        InstallationType.fromEntity(ctx.em.map(Installation, r.installation)),
        { viewerAccess: r.grant ? granted(r.grant, null) : own() },
      );
      return Object.assign(new AccessibleInstallationEdge(), { cursor: encodeCursor(r.number), node });
    });
    return Object.assign(new AccessibleInstallationConnection(), {
      totalCount: page.totalCount,
      edges,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }
}

@Resolver(() => InstallationType)
export class InstallationAccessFieldResolver {
  @FieldResolver(() => ViewerInstallationAccessType, {
    description:
      'How you hold this installation right now: OWN, or GRANTED through which grant (titular, protocol number, scopes).',
  })
  async access(
    @Root() i: HeldInstallation,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerInstallationAccessType> {
    if (i.viewerAccess) return i.viewerAccess;
    const auth = await authorizeInstallationAction(
      ctx.em,
      person(requireViewer(ctx).userId),
      'VIEW_INSTALLATION',
      i.number,
    );
    return accessOf(auth);
  }
}
