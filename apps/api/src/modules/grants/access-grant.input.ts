import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AccessGrantScope } from './access-grant-scope.ts';
import './access-grant-scope.type.ts';
import { AccessGrantStatus } from './access-grant.entity.ts';

@InputType('InviteeInput', { description: 'The person to invite, as they are (or will be) registered.' })
export class InviteeInput {
  @Field({ description: 'Full name (at least first and last name).' })
  fullName!: string;

  @Field({ description: 'CPF, formatted or digits only.' })
  cpf!: string;

  @Field({ description: 'E-mail the invite link is sent to.' })
  email!: string;
}

@InputType('GrantAccessInput', { description: 'Conceder acesso: invite a person to act on installations.' })
export class GrantAccessInput {
  @Field(() => ID, { description: 'One of your business partners.' })
  businessPartnerId!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Installation numbers to grant (all active, of this partner). Omit when `allInstallations` is true.',
  })
  installationNumbers?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '"Selecionar todas": every ACTIVE installation of the partner, resolved on the server.',
  })
  allInstallations?: boolean | null;

  @Field(() => InviteeInput, { description: 'Who to invite.' })
  invitee!: InviteeInput;

  @Field({
    description:
      '"Estou ciente que minha permissão dá acesso aos serviços ao Parceiro de Negócio": must be true.',
  })
  acknowledgePartnerConsent!: boolean;

  @Field({
    description: '"Eu concordo com os termos de aceite" (Termos da Permissão de Acesso): must be true.',
  })
  acceptTerms!: boolean;

  @Field({
    description:
      'Random key made once per form (e.g. a UUID): repeating the call with the same key returns the same grant instead of a second one.',
  })
  idempotencyKey!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      '"Prazo da permissão": the grant ends at this instant (at most 5 years ahead, after the invite expires). Null or omitted: "Até eu retirar".',
  })
  validUntil?: Date | null;

  @Field(() => [AccessGrantScope], {
    nullable: true,
    description:
      '"O que a pessoa poderá fazer": "Consultar contas e consumo" (VIEW_BILLS) and/or "Fazer solicitações" (REQUEST_SERVICES). Null or omitted: both (the default). At least one.',
  })
  scopes?: AccessGrantScope[] | null;
}

@InputType('AcceptAccessInviteInput', { description: "The invitee's acceptance." })
export class AcceptAccessInviteInput {
  @Field({ description: 'The token from the invite link (`/convite/<token>`).' })
  token!: string;

  @Field({ description: 'Agrees to the Termos da Permissão de Acesso: must be true.' })
  acceptPermissionTerms!: boolean;

  @Field({ description: 'Agrees to the Termos de Uso das Plataformas do Grupo CPFL: must be true.' })
  acceptPlatformTerms!: boolean;
}

/** Arguments of the two grant lists, `accessGrantsGiven` and `accessGrantsReceived`. */
@ArgsType()
export class AccessGrantListArgs {
  @Field(() => [AccessGrantStatus], { nullable: true, description: 'Only these (effective) statuses.' })
  status!: AccessGrantStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Page size (default 20, at most 100).' })
  first!: number | null;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after!: string | null;
}
