import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessGrantScope } from './access-grant-scope.ts';
import './access-grant-scope.type.ts';

export enum AccessInviteStatus {
  VALID = 'VALID',
  UNAVAILABLE = 'UNAVAILABLE',
  EXPIRED = 'EXPIRED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

registerEnumType(AccessInviteStatus, {
  name: 'AccessInviteStatus',
  description:
    'What the invite page may say. Anyone holding the link sees VALID or UNAVAILABLE; only the invitee (signed in with the invited CPF) sees why it is unavailable.',
  valuesConfig: {
    VALID: { description: 'Can be accepted or declined now.' },
    UNAVAILABLE: {
      description: 'Unknown, expired, used, cancelled or revoked: deliberately not told apart.',
    },
    EXPIRED: { description: 'To the invitee: not answered within 12 hours.' },
    ACCEPTED: { description: 'To the invitee: already accepted.' },
    DECLINED: { description: 'To the invitee: declined.' },
    CANCELLED: { description: 'To the invitee: cancelled by the titular or replaced by a newer link.' },
    REVOKED: { description: 'To the invitee: accepted, then ended.' },
  },
});

@ObjectType('AccessInvitePreview', {
  description:
    'Public preview of an invite link. No personal data of the invitee; details only while VALID or to the invitee.',
})
export class AccessInvitePreview {
  @Field(() => AccessInviteStatus, {
    description: 'VALID, UNAVAILABLE, or (to the invitee) the specific state.',
  })
  status!: AccessInviteStatus;

  @Field(() => Date, { nullable: true, description: 'When the link stops working.' })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Titular\'s first name (e.g. "Ana convidou você").' })
  titularFirstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the business partner.' })
  businessPartnerName!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many installations the invite covers.' })
  installationCount!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: '"Prazo da permissão" the titular chose; null: until revoked (or no details).',
  })
  validUntil!: Date | null;

  @Field(() => [AccessGrantScope], {
    nullable: true,
    description:
      '"O que você poderá fazer": what the grant will cover, as the titular chose it (or no details).',
  })
  scopes!: AccessGrantScope[] | null;
}
