import { maskDocument } from '@delega/shared/documents';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { loader } from '../../graphql/loaders.ts';
import { BusinessPartnerType, CustomerProfile } from './business-partner.type.ts';
import { DEFAULT_PAGE_SIZE, encodeCursor, type PartnerInstallationCounts } from './customers.service.ts';
import { InstallationStatus, VoltageGroup } from './installation.entity.ts';
import {
  InstallationCheck,
  InstallationCheckResult,
  InstallationConnection,
  InstallationType,
} from './installation.type.ts';

const PROFILE_VOLTAGE: Record<CustomerProfile, VoltageGroup> = {
  [CustomerProfile.LOW_VOLTAGE]: VoltageGroup.LOW_VOLTAGE,
};

function countsLoader(ctx: GraphQLContext) {
  return loader<string, PartnerInstallationCounts>(ctx, 'customers.installationCounts', async (ids) => {
    const counts = await ctx.services.customers.installationCounts(ctx.em, ids);
    return ids.map((id) => counts.get(id) ?? { total: 0, active: 0 });
  });
}

function partnerLoader(ctx: GraphQLContext) {
  return loader<string, BusinessPartnerType>(ctx, 'customers.partnerById', async (ids) => {
    const partners = await ctx.services.customers.partnersByIds(ctx.em, ids);
    return ids.map((id) => {
      const p = partners.get(id);
      return p ? BusinessPartnerType.fromEntity(p) : new Error(`business partner ${id} not found`);
    });
  });
}

@Resolver()
export class CustomersResolver {
  @Authorized(Role.PERSON)
  @Query(() => [BusinessPartnerType], {
    description:
      "The signed-in user's business partners for a profile: the partner whose document is the user's CPF first, then the companies the user represents.",
  })
  async businessPartners(
    @Ctx() ctx: GraphQLContext,
    @Arg('profile', () => CustomerProfile, {
      defaultValue: CustomerProfile.LOW_VOLTAGE,
      description: 'The profile chosen by the user (only LOW_VOLTAGE today).',
    })
    profile: CustomerProfile,
  ): Promise<BusinessPartnerType[]> {
    const viewer = requireViewer(ctx);
    const partners = await ctx.services.customers.listPartnersForUser(ctx.em, viewer.userId, {
      voltageGroup: PROFILE_VOLTAGE[profile],
    });
    return partners.map((p) => BusinessPartnerType.fromEntity(p));
  }

  @Authorized(Role.PERSON)
  @Query(() => InstallationConnection, {
    description:
      "A page of the signed-in user's installations, ordered by number. NOT_FOUND when `businessPartnerId` is not one of the user's partners.",
  })
  async installations(
    @Ctx() ctx: GraphQLContext,
    @Arg('businessPartnerId', () => ID, {
      nullable: true,
      description: "Only this partner's installations; omitted: all of the user's partners.",
    })
    businessPartnerId: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Digits only: installation numbers starting with them. Otherwise: address text (street, number, district, city), accents and case ignored.',
    })
    search: string | null,
    @Arg('status', () => InstallationStatus, {
      nullable: true,
      description: 'Only installations in this status.',
    })
    status: InstallationStatus | null,
    @Arg('first', () => Int, {
      defaultValue: DEFAULT_PAGE_SIZE,
      description: 'Page size; at most 200 (larger values are reduced to 200).',
    })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`pageInfo.endCursor` of the previous page; omitted: the first page.',
    })
    after: string | null,
  ): Promise<InstallationConnection> {
    const viewer = requireViewer(ctx);
    const page = await ctx.services.customers.listInstallations(ctx.em, viewer.userId, {
      businessPartnerId,
      search,
      status,
      first,
      after,
    });
    const edges = page.nodes.map((n) => ({
      cursor: encodeCursor(n.number),
      node: InstallationType.fromEntity(n),
    }));
    return Object.assign(new InstallationConnection(), {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      scope: page.scope,
    });
  }

  @Authorized(Role.PERSON)
  @Query(() => [InstallationCheck], {
    description:
      "Checks installation numbers (e.g. from an uploaded file, at most 100,000) against one of the user's partners. One result per distinct number, in the order given. NOT_FOUND when the partner is not the user's.",
  })
  async checkInstallations(
    @Ctx() ctx: GraphQLContext,
    @Arg('businessPartnerId', () => ID, { description: 'The partner chosen for the grant.' })
    businessPartnerId: string,
    @Arg('numbers', () => [String], { description: 'Installation numbers, as read from the file.' })
    numbers: string[],
  ): Promise<InstallationCheck[]> {
    const viewer = requireViewer(ctx);
    const rows = await ctx.services.customers.checkInstallations(
      ctx.em,
      viewer.userId,
      businessPartnerId,
      numbers,
    );
    return rows.map((r) =>
      Object.assign(new InstallationCheck(), { ...r, result: InstallationCheckResult[r.result] }),
    );
  }
}

@Resolver(() => BusinessPartnerType)
export class BusinessPartnerFieldsResolver {
  @FieldResolver(() => Int, { description: 'How many installations the partner has (any status).' })
  async installationCount(@Root() partner: BusinessPartnerType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await countsLoader(ctx).load(partner.id)).total;
  }

  @FieldResolver(() => Int, { description: 'How many of its installations are active (can be granted).' })
  async activeInstallationCount(
    @Root() partner: BusinessPartnerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number> {
    return (await countsLoader(ctx).load(partner.id)).active;
  }
}

@Resolver(() => InstallationType)
export class InstallationFieldsResolver {
  @FieldResolver(() => BusinessPartnerType, {
    description: 'The business partner that owns the installation.',
  })
  async businessPartner(
    @Root() installation: InstallationType & { viewerAccess?: { kind: string } },
    @Ctx() ctx: GraphQLContext,
  ): Promise<BusinessPartnerType> {
    const partner = await partnerLoader(ctx).load(installation.businessPartnerId);
    // Someone acting through a grant sees the titular's document masked, as on the grant itself.
    if (installation.viewerAccess?.kind !== 'GRANTED') return partner;
    return Object.assign(new BusinessPartnerType(), {
      ...partner,
      document: maskDocument(partner.document) ?? '***',
    });
  }
}

@Resolver(() => InstallationConnection)
export class InstallationConnectionFieldsResolver {
  @FieldResolver(() => Int, { description: 'How many installations match the filter, across all pages.' })
  totalCount(@Root() connection: InstallationConnection, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.customers.countInstallations(ctx.em, connection.scope);
  }
}
