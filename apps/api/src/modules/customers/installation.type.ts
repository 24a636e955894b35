import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { InstallationScope } from './customers.service.ts';
import { CustomerClass, Installation, InstallationStatus, VoltageGroup } from './installation.entity.ts';

registerEnumType(InstallationStatus, {
  name: 'InstallationStatus',
  description: 'Whether an installation is in service.',
  valuesConfig: {
    ACTIVE: { description: 'Ativa: can be included in an access grant.' },
    INACTIVE: { description: 'Inativa: shown, but cannot be granted.' },
  },
});

registerEnumType(CustomerClass, {
  name: 'CustomerClass',
  description: 'Classe de consumo of an installation.',
  valuesConfig: {
    RESIDENTIAL: { description: 'Residencial.' },
    COMMERCIAL: { description: 'Comercial.' },
    INDUSTRIAL: { description: 'Industrial.' },
    RURAL: { description: 'Rural.' },
  },
});

registerEnumType(VoltageGroup, {
  name: 'VoltageGroup',
  description: 'Grupo tarifário (voltage group) of an installation.',
  valuesConfig: { LOW_VOLTAGE: { description: 'Grupo B: baixa tensão.' } },
});

/** Resolved outcome of one uploaded installation number. */
export enum InstallationCheckResult {
  OK = 'OK',
  NOT_FOUND = 'NOT_FOUND',
  INACTIVE = 'INACTIVE',
  OTHER_PARTNER = 'OTHER_PARTNER',
}

registerEnumType(InstallationCheckResult, {
  name: 'InstallationCheckResult',
  description: 'What an uploaded installation number turned out to be for the chosen partner.',
  valuesConfig: {
    OK: { description: 'An active installation of this partner: can be granted.' },
    NOT_FOUND: { description: 'No installation of yours has this number.' },
    INACTIVE: { description: 'An installation of this partner, but inactive: cannot be granted.' },
    OTHER_PARTNER: {
      description: 'An installation of another of your partners: choose that partner to grant it.',
    },
  },
});

@ObjectType('Installation', {
  description:
    'Instalação: an electricity connection point of a business partner, with its address and status.',
})
export class InstallationType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Nº Instalação: digits, leading zeros significant.' })
  number!: string;

  @Field({ description: 'Street (logradouro), e.g. "Rua Barão de Jaguara".' })
  street!: string;

  @Field({ description: 'Number on the street.' })
  streetNumber!: string;

  @Field(() => String, { nullable: true, description: 'Complement (apto, bloco, fundos), when any.' })
  complement!: string | null;

  @Field({ description: 'District (bairro).' })
  district!: string;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'State (UF), e.g. SP.' })
  state!: string;

  @Field({ description: 'CEP, 8 digits without punctuation.' })
  postalCode!: string;

  @Field(() => InstallationStatus, { description: 'Ativa or Inativa.' })
  status!: InstallationStatus;

  @Field(() => CustomerClass, { description: 'Classe de consumo.' })
  customerClass!: CustomerClass;

  @Field(() => VoltageGroup, { description: 'Voltage group (baixa tensão for these customers).' })
  voltageGroup!: VoltageGroup;

  /** For the `businessPartner` field resolver (batched). */
  businessPartnerId!: string;

  static fromEntity(i: Installation): InstallationType {
    return Object.assign(new InstallationType(), {
      id: i.id,
      number: i.number,
      street: i.street,
      streetNumber: i.streetNumber,
      complement: i.complement ?? null,
      district: i.district,
      city: i.city,
      state: i.state,
      postalCode: i.postalCode,
      status: i.status,
      customerClass: i.customerClass,
      voltageGroup: i.voltageGroup,
      businessPartnerId: i.businessPartner.id,
    });
  }
}

@ObjectType('InstallationEdge', { description: 'One installation in a page, with its cursor.' })
export class InstallationEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to get the installations that follow this one.' })
  cursor!: string;

  @Field(() => InstallationType, { description: 'The installation.' })
  node!: InstallationType;
}

@ObjectType('PageInfo', { description: 'Where a page of a cursor-paginated list stands.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page (pass it as `after`); null when the page is empty.',
  })
  endCursor!: string | null;
}

@ObjectType('InstallationConnection', {
  description: 'A page of installations ordered by number (keyset pagination: `first`/`after`).',
})
export class InstallationConnection {
  @Field(() => [InstallationEdge], { description: 'The installations of this page, in number order.' })
  edges!: InstallationEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to get the next one.' })
  pageInfo!: PageInfo;

  /** The filter of this page, for the `totalCount` field resolver (computed only when asked). */
  scope!: InstallationScope;
}

@ObjectType('InstallationCheck', {
  description: 'The check of one installation number from an uploaded file.',
})
export class InstallationCheck {
  @Field({ description: 'The installation number as checked (trimmed).' })
  number!: string;

  @Field(() => InstallationCheckResult, { description: 'Whether it can be granted, and if not, why.' })
  result!: InstallationCheckResult;

  @Field(() => ID, {
    nullable: true,
    description:
      'The business partner (one of yours) owning the installation: the chosen one, or, for OTHER_PARTNER, the other one. Null for NOT_FOUND.',
  })
  businessPartnerId!: string | null;
}
