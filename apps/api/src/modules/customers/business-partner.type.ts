import { formatDocument } from '@delega/shared/documents';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BusinessPartner, DocumentKind } from './business-partner.entity.ts';

/** Perfil: the family of services a customer chooses first ("Selecione seu perfil"). */
export enum CustomerProfile {
  LOW_VOLTAGE = 'LOW_VOLTAGE',
}

registerEnumType(CustomerProfile, {
  name: 'CustomerProfile',
  description: 'Customer profile chosen before the partner ("Selecione seu perfil").',
  valuesConfig: {
    LOW_VOLTAGE: {
      description:
        'Baixa tensão (grupo B): residential, commercial, industrial and rural customers on low voltage.',
    },
  },
});

registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'Kind of tax document of a business partner.',
  valuesConfig: {
    CPF: { description: 'CPF: a person (11 digits).' },
    CNPJ: { description: 'CNPJ: a company (14 characters; alphanumeric since July 2026).' },
  },
});

@ObjectType('BusinessPartner', {
  description:
    'Parceiro de negócio: the customer record tied to a CPF or CNPJ that owns installations. Only its owner (that CPF, or a representative of that company) can see it.',
})
export class BusinessPartnerType {
  @Field(() => ID, { description: 'Stable identifier; pass it as `businessPartnerId`.' })
  id!: string;

  @Field({ description: 'Partner number shown to customers (e.g. 0012345678).' })
  number!: string;

  @Field({ description: 'Name of the person or company.' })
  name!: string;

  @Field({
    description:
      'CPF (000.000.000-00) or CNPJ (00.000.000/0000-00, letters allowed in alphanumeric CNPJs), formatted: unmasked for its titular; masked (***.000.000-**) for someone acting through a grant (`Installation.businessPartner` of a granted installation).',
  })
  document!: string;

  @Field(() => DocumentKind, { description: 'Whether `document` is a CPF (person) or a CNPJ (company).' })
  documentKind!: DocumentKind;

  static fromEntity(p: BusinessPartner): BusinessPartnerType {
    return Object.assign(new BusinessPartnerType(), {
      id: p.id,
      number: p.number,
      name: p.name,
      document: formatDocument(p.document) ?? p.document,
      documentKind: p.documentKind,
    });
  }
}
