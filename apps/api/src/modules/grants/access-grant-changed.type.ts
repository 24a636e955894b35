import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccessGrantStatus } from './access-grant.entity.ts';
import { AccessGrantType } from './access-grant.type.ts';
import { AccessGrantChange } from './grant-events.ts';

/**
 * What a subscriber is told: a grant's change, or RESYNC ("you may have missed changes: read your
 * lists again"), sent when a resume's cursor is older than the live events kept (24 hours).
 */
export const LiveGrantChange = { ...AccessGrantChange, RESYNC: 'RESYNC' } as const;
export type LiveGrantChange = AccessGrantChange | 'RESYNC';

registerEnumType(LiveGrantChange, {
  name: 'AccessGrantChange',
  description: 'What happened to a grant (`AccessGrantChangedEvent.change`).',
  valuesConfig: {
    CREATED: { description: 'An invite was made (also the new grant of a re-sent closed invite).' },
    LINK_REISSUED: { description: 'An open invite got new links and a new validity window.' },
    ACCEPTED: { description: 'The invitee accepted.' },
    DECLINED: { description: 'The invite was declined.' },
    EXPIRED: { description: 'The invite was not answered in time.' },
    CANCELLED: { description: 'The titular cancelled the open invite.' },
    REVOKED: { description: 'The titular ended the accepted grant (whole, or its last installations).' },
    INSTALLATIONS_REVOKED: { description: 'The titular removed some installations; the grant goes on.' },
    RENOUNCED: { description: 'The invitee gave up the accepted grant.' },
    REPLACED: { description: 'A closed invite was re-sent as a new grant (see `replacesId`).' },
    AUTHORITY_ENDED: {
      description:
        "The titular's authority ended in the customer records (endReason TITULARITY_CHANGED, INSTALLATION_DEACTIVATED, REPRESENTATIVE_REMOVED or PARTNER_ENDED): the grant, or some of its installations, ended.",
    },
    VALIDITY_ENDED: {
      description: 'The validity the titular chose came to its end (endReason VALIDITY_ENDED).',
    },
    VALIDITY_CHANGED: { description: 'The titular extended or shortened the validity (`validUntil`).' },
    VALIDITY_REMINDER_SENT: { description: 'The 7-day reminder of the end of the validity was sent.' },
    SCOPES_NARROWED: {
      description:
        'The titular narrowed what the grant lets the invitee do (`grant.scopes`): actions outside it are refused from now on.',
    },
    RESYNC: {
      description:
        'Not a change of one grant: changes may have been missed (the cursor is too old). Read the lists again.',
    },
  },
});

@ObjectType('AccessGrantChangedEvent', { description: 'A change to a grant you gave or received.' })
export class AccessGrantChangedEvent {
  @Field(() => ID, { nullable: true, description: 'The grant that changed (null for RESYNC).' })
  grantId!: string | null;

  @Field(() => LiveGrantChange, { description: 'What happened.' })
  change!: LiveGrantChange;

  @Field(() => AccessGrantStatus, {
    nullable: true,
    description: 'Status right after the change (null for RESYNC).',
  })
  status!: AccessGrantStatus | null;

  @Field(() => Date, { description: 'When it happened (database clock).' })
  at!: Date;

  @Field(() => AccessGrantType, {
    nullable: true,
    description: 'The grant as it is now, read again for you.',
  })
  grant!: AccessGrantType | null;

  @Field({
    description:
      'Opaque: pass it as `accessGrantChanged(after:)` when reconnecting to receive what you missed meanwhile.',
  })
  cursor!: string;
}
