import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DocumentKind } from './business-partner.entity.ts';
import { emailHint } from './titularity-code.ts';
import type { PendingPartnerRow } from './titularity.service.ts';

@ObjectType('PendingBusinessPartner', {
  description:
    'A business partner your CPF is on record for, "a confirmar": you act as its titular only after confirming it once (`requestTitularityCode` + `confirmTitularity`). Shows only what helps you recognise it.',
})
export class PendingBusinessPartnerType {
  @Field(() => ID, { description: 'Pass it as `businessPartnerId` to confirm.' })
  id!: string;

  @Field({ description: 'Partner number, all but its last four digits hidden (e.g. ••••••5678).' })
  maskedNumber!: string;

  @Field({
    description: 'A company\'s name, or a person\'s first name and the initial of the last (e.g. "Ana S.").',
  })
  displayName!: string;

  @Field(() => DocumentKind, { description: 'Whether the partner is a person (CPF) or a company (CNPJ).' })
  documentKind!: DocumentKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Where a code would be sent, masked (e.g. t***@d***.com.br); null: no contact e-mail on record (use the código do cliente).',
  })
  contactEmailHint!: string | null;

  @Field({ description: "Whether the partner's bills carry a código do cliente that can confirm it." })
  canUseCustomerCode!: boolean;

  static fromRow(r: PendingPartnerRow): PendingBusinessPartnerType {
    const kind = r.document_kind as DocumentKind;
    const words = r.name.trim().split(/\s+/);
    const displayName =
      kind === DocumentKind.CNPJ || words.length < 2 ? r.name : `${words[0]} ${words.at(-1)!.slice(0, 1)}.`;
    return Object.assign(new PendingBusinessPartnerType(), {
      id: r.id,
      maskedNumber: `${'•'.repeat(Math.max(r.number.length - 4, 0))}${r.number.slice(-4)}`,
      displayName,
      documentKind: kind,
      contactEmailHint: r.contact_email ? emailHint(r.contact_email) : null,
      canUseCustomerCode: r.has_customer_code,
    });
  }
}

@ObjectType('TitularityCodeSent', {
  description: 'A confirmation code was e-mailed to the contact on record.',
})
export class TitularityCodeSentType {
  @Field({ description: 'Where it went, masked (e.g. t***@d***.com.br).' })
  destination!: string;

  @Field(() => Date, { description: 'When the code stops working (15 minutes; single use).' })
  expiresAt!: Date;
}

@InputType({
  description:
    'Confirms titularity of a business partner: the code e-mailed by `requestTitularityCode` or the "código do cliente" printed on one of its bills (exactly one).',
})
export class ConfirmTitularityInput {
  @Field(() => ID, { description: 'The partner to confirm (from `pendingBusinessPartners`).' })
  businessPartnerId!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code from the e-mail.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'The código do cliente printed on a bill.' })
  customerCode?: string | null;
}

@InputType({
  description:
    'Asks for a code to reclaim a CPF another account registered: sent to the contact e-mail on record for that business partner of the CPF.',
})
export class RequestCpfReclaimCodeInput {
  @Field({ description: 'The CPF, with or without punctuation.' })
  cpf!: string;

  @Field({ description: 'The number of a business partner of that CPF (printed on its bills).' })
  businessPartnerNumber!: string;
}

@InputType({
  description:
    'Creates your account with a CPF another account registered, after proving titularity of one of its business partners (e-mailed code or código do cliente: exactly one). The other account loses the CPF; both are told.',
})
export class ReclaimCpfInput {
  @Field({ description: 'Full name, as at sign-up.' })
  fullName!: string;

  @Field({ description: 'The CPF being reclaimed.' })
  cpf!: string;

  @Field({ description: 'E-mail for the new account (a verification link is sent to it).' })
  email!: string;

  @Field({ description: 'Password, under the sign-up policy.' })
  password!: string;

  @Field({ description: 'The number of the business partner whose titularity proves the CPF is yours.' })
  businessPartnerNumber!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code from `requestCpfReclaimCode`.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'The código do cliente printed on a bill.' })
  customerCode?: string | null;
}
