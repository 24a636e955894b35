import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccessGrantScope } from './access-grant-scope.ts';
import './access-grant-scope.type.ts';

export enum InstallationAccessReason {
  TITULAR = 'TITULAR',
  GRANTED = 'GRANTED',
  NONE = 'NONE',
}

registerEnumType(InstallationAccessReason, {
  name: 'InstallationAccessReason',
  description: 'Why a person may (or may not) act on an installation.',
  valuesConfig: {
    TITULAR: { description: 'The CPF owns (or represents) the business partner of the installation.' },
    GRANTED: { description: 'An accepted, unrevoked grant covers the installation for this CPF.' },
    NONE: { description: 'No access.' },
  },
});

@ObjectType('InstallationAccessGrant', { description: 'The grant through which access is allowed.' })
export class InstallationAccessGrant {
  @Field(() => ID, { description: 'Grant identifier.' })
  id!: string;

  @Field({ description: 'Protocol number of the grant.' })
  protocolNumber!: string;

  @Field(() => Date, { description: 'When the invitee accepted.' })
  grantedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the grant ends (its validity); null: until revoked.',
  })
  validUntil!: Date | null;
}

@ObjectType('InstallationAccess', {
  description: 'Whether a person (CPF) may act on an installation right now, judged when asked.',
})
export class InstallationAccess {
  @Field({ description: 'The installation number asked about.' })
  installationNumber!: string;

  @Field({ description: 'True when the CPF is the titular or holds an active grant for it.' })
  allowed!: boolean;

  @Field(() => InstallationAccessReason, { description: 'TITULAR, GRANTED or NONE.' })
  reason!: InstallationAccessReason;

  @Field(() => InstallationAccessGrant, { nullable: true, description: 'The grant, when reason is GRANTED.' })
  grant!: InstallationAccessGrant | null;

  @Field(() => [AccessGrantScope], {
    description:
      'What the CPF may do there now: every scope for TITULAR, the grant’s scopes for GRANTED, none for NONE.',
  })
  scopes!: AccessGrantScope[];

  @Field(() => Date, { description: 'The database time the answer holds for.' })
  checkedAt!: Date;
}
