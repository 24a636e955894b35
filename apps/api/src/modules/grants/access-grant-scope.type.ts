// The GraphQL face of what a grant covers and of how a viewer holds an installation.
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccessGrantScope } from './access-grant-scope.ts';
import { PersonType } from './access-grant.type.ts';

registerEnumType(AccessGrantScope, {
  name: 'AccessGrantScope',
  description:
    'What a grant lets the invitee do on its installations. Chosen by the titular when inviting (both by default); the titular may later only narrow it.',
  valuesConfig: {
    VIEW_BILLS: {
      description: '"Consultar contas e consumo": the bills (list and PDF) and the consumption history.',
    },
    REQUEST_SERVICES: {
      description:
        '"Fazer solicitações": service requests (due-date change, power outage) and the list of requests.',
    },
  },
});

/** How the viewer holds an installation. */
export enum InstallationAccessKind {
  OWN = 'OWN',
  GRANTED = 'GRANTED',
}

registerEnumType(InstallationAccessKind, {
  name: 'InstallationAccessKind',
  description: 'How the signed-in viewer holds an installation.',
  valuesConfig: {
    OWN: { description: 'The viewer is titular of its business partner.' },
    GRANTED: { description: 'Through an active grant someone gave the viewer (see `grant`).' },
  },
});

@ObjectType('ViewerAccessGrant', {
  description: 'The grant through which the viewer acts on an installation in the titular’s name.',
})
export class ViewerAccessGrantType {
  @Field(() => ID, { description: 'The grant’s id (as in `accessGrant(id)`).' })
  id!: string;

  @Field({ description: 'Protocol number of the grant, e.g. 2026-000123.' })
  protocolNumber!: string;

  @Field(() => PersonType, { description: 'Who gave the grant (CPF masked).' })
  titular!: PersonType;

  @Field(() => [AccessGrantScope], { description: 'What the grant lets the viewer do, right now.' })
  scopes!: AccessGrantScope[];

  @Field(() => Date, { nullable: true, description: 'When the viewer accepted it.' })
  acceptedAt!: Date | null;
}

@ObjectType('ViewerInstallationAccess', {
  description:
    'How the signed-in viewer holds an installation, judged at the moment of the query: their own, or through an active grant.',
})
export class ViewerInstallationAccessType {
  @Field(() => InstallationAccessKind, { description: 'OWN or GRANTED.' })
  kind!: InstallationAccessKind;

  @Field(() => [AccessGrantScope], {
    description: 'What the viewer may do on it: every scope for OWN, the grant’s scopes for GRANTED.',
  })
  scopes!: AccessGrantScope[];

  @Field(() => ViewerAccessGrantType, {
    nullable: true,
    description: 'The grant the viewer acts through (GRANTED only; null for OWN).',
  })
  grant!: ViewerAccessGrantType | null;
}
