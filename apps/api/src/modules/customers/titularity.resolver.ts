import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Services } from '../../app/services.ts';
import { Role } from '../../graphql/auth-checker.ts';
import { requireViewer, type GraphQLContext } from '../../graphql/context.ts';
import { BusinessPartnerType } from './business-partner.type.ts';
import { CpfReclaimService } from './cpf-reclaim.service.ts';
import {
  ConfirmTitularityInput,
  PendingBusinessPartnerType,
  ReclaimCpfInput,
  RequestCpfReclaimCodeInput,
  TitularityCodeSentType,
} from './titularity.type.ts';
import { TitularityService } from './titularity.service.ts';

const instances = new WeakMap<Services, TitularityService>();
const reclaims = new WeakMap<Services, CpfReclaimService>();

function reclaimService(services: Services): CpfReclaimService {
  let s = reclaims.get(services);
  if (!s) {
    s = new CpfReclaimService({
      config: services.config,
      log: services.log,
      mail: services.mail,
      rateLimits: services.rateLimits,
      accounts: services.accounts,
    });
    reclaims.set(services, s);
  }
  return s;
}

/** The process's titularity service, built once from the shared services. */
export function titularityService(services: Services): TitularityService {
  let s = instances.get(services);
  if (!s) {
    s = new TitularityService({
      config: services.config,
      log: services.log,
      mail: services.mail,
      rateLimits: services.rateLimits,
    });
    instances.set(services, s);
  }
  return s;
}

@Resolver()
export class TitularityResolver {
  @Authorized(Role.PERSON)
  @Query(() => [PendingBusinessPartnerType], {
    description:
      'Business partners your CPF is on record for that you have not confirmed yet ("a confirmar"). Until confirmed they are not in `businessPartners` and grant no power.',
  })
  async pendingBusinessPartners(@Ctx() ctx: GraphQLContext): Promise<PendingBusinessPartnerType[]> {
    const rows = await titularityService(ctx.services).pendingPartners(ctx.em, requireViewer(ctx).userId);
    return rows.map((r) => PendingBusinessPartnerType.fromRow(r));
  }

  @Authorized(Role.PERSON)
  @Mutation(() => TitularityCodeSentType, {
    description:
      'E-mails a one-time code (15 minutes, single use) to the contact e-mail on record for the partner (never to an address you choose). CONFLICT when there is none; RATE_LIMITED after a few.',
  })
  async requestTitularityCode(
    @Arg('businessPartnerId', () => ID) businessPartnerId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TitularityCodeSentType> {
    const sent = await titularityService(ctx.services).requestCode(
      ctx.em,
      requireViewer(ctx).userId,
      businessPartnerId,
      ctx.meta,
    );
    return Object.assign(new TitularityCodeSentType(), sent);
  }

  @Authorized(Role.PERSON)
  @Mutation(() => BusinessPartnerType, {
    description:
      'Confirms titularity with the e-mailed code or the código do cliente; from then on the partner is in `businessPartners`. Wrong codes: VALIDATION_FAILED, then RATE_LIMITED with growing delays.',
  })
  async confirmTitularity(
    @Arg('input', () => ConfirmTitularityInput) input: ConfirmTitularityInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BusinessPartnerType> {
    const userId = requireViewer(ctx).userId;
    await titularityService(ctx.services).confirm(ctx.em, userId, input.businessPartnerId, input, ctx.meta);
    const partner = await ctx.services.customers.assertPartnerOwnedBy(
      ctx.em,
      userId,
      input.businessPartnerId,
    );
    return BusinessPartnerType.fromEntity(partner);
  }

  @Authorized(Role.PERSON_OR_ANONYMOUS)
  @Mutation(() => Boolean, {
    description:
      'Someone registered your CPF: e-mails a code to the contact on record for that business partner of the CPF. Always true (says nothing about accounts).',
  })
  async requestCpfReclaimCode(
    @Arg('input', () => RequestCpfReclaimCodeInput) input: RequestCpfReclaimCodeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await reclaimService(ctx.services).requestCode(ctx.em, input, ctx.meta);
    return true;
  }

  @Authorized(Role.PERSON_OR_ANONYMOUS)
  @Mutation(() => Boolean, {
    description:
      'Recuperar CPF: creates your account with the CPF after proving titularity of one of its partners; the account that held it loses it (and every titularity it proved) and both are told by e-mail. CONFLICT when no account holds the CPF (sign up instead).',
  })
  async reclaimCpf(
    @Arg('input', () => ReclaimCpfInput) input: ReclaimCpfInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await reclaimService(ctx.services).reclaim(ctx.em, input, ctx.meta);
    return true;
  }
}
