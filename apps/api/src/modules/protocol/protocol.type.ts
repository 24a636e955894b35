import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ProtocolFacts } from './protocol.service.ts';

/** Status of a protocol as shown on the public verification page. */
export enum ProtocolStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REVOKED = 'REVOKED',
}

registerEnumType(ProtocolStatus, {
  name: 'ProtocolStatus',
  description:
    'Current status of the access grant a protocol records (live: an unanswered invite past its 12 hours is EXPIRED).',
  valuesConfig: {
    INVITED: { description: 'Invite sent, waiting for the invitee (within its 12 hours).' },
    ACCEPTED: { description: 'Accepted: the access is in force.' },
    DECLINED: { description: 'The invitee declined.' },
    EXPIRED: { description: 'Not accepted within 12 hours.' },
    CANCELLED: { description: 'The titular cancelled the invite before it was answered.' },
    REVOKED: { description: 'The access ended (revoked by the titular or renounced by the invitee).' },
  },
});

@ObjectType('ProtocolVerification', {
  description: 'Public facts about a protocol, found by its verification code. Carries no personal data.',
})
export class ProtocolVerificationType {
  @Field({ description: 'Protocol number, e.g. 2026-000123.' })
  protocolNumber!: string;

  @Field(() => ProtocolStatus, { description: 'Current status, judged now by the database clock.' })
  status!: ProtocolStatus;

  @Field(() => Date, { description: 'When the invite was sent.' })
  createdAt!: Date;

  @Field(() => Date, {
    description: 'When the invite link stops (or stopped) being valid: 12 hours after it was sent.',
  })
  inviteExpiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitee accepted; null if never.' })
  acceptedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the grant or invite ended (declined, expired, cancelled, revoked, renounced); null while in force.',
  })
  endedAt!: Date | null;

  @Field(() => Int, { description: 'Installations included in the invite.' })
  installationCount!: number;

  @Field(() => Int, {
    description:
      'Installations still included (not individually revoked); 0 once the grant or invite has ended.',
  })
  activeInstallationCount!: number;

  static from(f: ProtocolFacts): ProtocolVerificationType {
    return Object.assign(new ProtocolVerificationType(), { ...f, status: f.status as ProtocolStatus });
  }
}
