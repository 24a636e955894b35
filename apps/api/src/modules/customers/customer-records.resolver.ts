// The customer-records team's mutations (service key with scope `customers:write`). Thin: each calls
// its command with the grants domain as the authority port and the key's name as the audit source.
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Scope } from '../../graphql/auth-checker.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import {
  deactivateInstallation,
  endBusinessPartner,
  removePartnerRepresentative,
  transferInstallation,
  type CustomerRecordResult,
  type CustomerRecordsDeps,
} from './customer-records.command.ts';

@InputType('TransferInstallationInput', { description: 'Troca de titularidade.' })
export class TransferInstallationInput {
  @Field({ description: 'Nº Instalação.' })
  installationNumber!: string;

  @Field({ description: 'The business partner the installation now belongs to (its number).' })
  toBusinessPartnerNumber!: string;
}

@InputType('RemovePartnerRepresentativeInput', {
  description: 'A person no longer represents a company partner.',
})
export class RemovePartnerRepresentativeInput {
  @Field({ description: 'The company partner (its number).' })
  businessPartnerNumber!: string;

  @Field({ description: 'CPF of the representative, formatted or digits only.' })
  cpf!: string;
}

@ObjectType('CustomerRecordChangePayload', {
  description: 'What a customer-records change did to the grants (each change is idempotent).',
})
export class CustomerRecordChangePayload {
  @Field({ description: 'False when the records already said so: nothing changed, nothing was ended.' })
  changed!: boolean;

  @Field(() => Int, { description: 'Grants ended whole (accepted grants revoked, open invites cancelled).' })
  grantsEnded!: number;

  @Field(() => Int, { description: 'Accepted grants that lost this installation and go on with others.' })
  grantsReduced!: number;
}

function depsOf(ctx: GraphQLContext): CustomerRecordsDeps {
  return { authority: ctx.services.grants, source: `api-key:${ctx.apiKey?.name ?? 'unknown'}` };
}

const payload = (r: CustomerRecordResult) => Object.assign(new CustomerRecordChangePayload(), r);

@Resolver()
export class CustomerRecordsResolver {
  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerRecordChangePayload, {
    description:
      'Troca de titularidade: the installation moved to another business partner. Grants of its former partner covering it end (TITULARITY_CHANGED) at once.',
  })
  async transferInstallation(
    @Arg('input', () => TransferInstallationInput) input: TransferInstallationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerRecordChangePayload> {
    return payload(await transferInstallation(ctx.em, depsOf(ctx), input));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerRecordChangePayload, {
    description:
      'The installation was deactivated. Grants covering it end (INSTALLATION_DEACTIVATED) at once.',
  })
  async deactivateInstallation(
    @Arg('installationNumber', () => String) installationNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerRecordChangePayload> {
    return payload(await deactivateInstallation(ctx.em, depsOf(ctx), installationNumber));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerRecordChangePayload, {
    description:
      'A person no longer represents a company partner. The grants they made for it end (REPRESENTATIVE_REMOVED) unless they are still titular of it.',
  })
  async removePartnerRepresentative(
    @Arg('input', () => RemovePartnerRepresentativeInput) input: RemovePartnerRepresentativeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerRecordChangePayload> {
    return payload(await removePartnerRepresentative(ctx.em, depsOf(ctx), input));
  }

  @Authorized(Scope.CUSTOMERS_WRITE)
  @Mutation(() => CustomerRecordChangePayload, {
    description: 'The business partner ended. Every grant of it ends (PARTNER_ENDED) at once.',
  })
  async endBusinessPartner(
    @Arg('businessPartnerNumber', () => String) businessPartnerNumber: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerRecordChangePayload> {
    return payload(await endBusinessPartner(ctx.em, depsOf(ctx), businessPartnerNumber));
  }
}
