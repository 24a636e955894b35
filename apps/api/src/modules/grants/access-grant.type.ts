import { maskCpf, formatCpf } from '@delega/shared/documents';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InstallationStatus } from '../customers/installation.entity.ts';
import { PageInfo } from '../customers/installation.type.ts';
import { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import { AccessGrantEndReason, AccessGrantStatus } from './access-grant.entity.ts';
import {
  partiesOfRow,
  type GrantEventRow,
  type GrantInstallationRow,
  type GrantRow,
} from './access-grant.sql.ts';
import { person, viewerKind, type GrantParties } from './grant-access.policy.ts';
import { canResend, canRevoke } from './grant-state-machine.ts';
import { AccessGrantScope, canonicalScopes } from './access-grant-scope.ts';

registerEnumType(AccessGrantStatus, {
  name: 'AccessGrantStatus',
  description:
    'Where a grant stands. INVITED → ACCEPTED | DECLINED | EXPIRED | CANCELLED; ACCEPTED → REVOKED. An INVITED grant past its expiry reads as EXPIRED.',
  valuesConfig: {
    INVITED: {
      description: 'Convite enviado: waiting for the invitee (link valid until `inviteExpiresAt`).',
    },
    ACCEPTED: { description: 'Aceito: the invitee may act on the active installations.' },
    DECLINED: { description: 'Recusado pelo convidado.' },
    EXPIRED: { description: 'Expirado: not answered within 12 hours.' },
    CANCELLED: { description: 'Cancelado pelo titular (or replaced by a new invite) before an answer.' },
    REVOKED: {
      description: 'Encerrado after acceptance: revoked by the titular or renounced by the invitee.',
    },
  },
});

registerEnumType(AccessGrantEndReason, {
  name: 'AccessGrantEndReason',
  description: 'Why a grant or invite ended.',
});

registerEnumType(AccessGrantEventType, {
  name: 'AccessGrantEventType',
  description: 'A step of the audit trail of a grant.',
});

registerEnumType(ActorRole, {
  name: 'AccessGrantActorRole',
  description: 'Who took a step: the titular, the invitee, someone holding the link, or the system.',
});

export enum AccessGrantViewerRole {
  TITULAR = 'TITULAR',
  INVITEE = 'INVITEE',
}

registerEnumType(AccessGrantViewerRole, {
  name: 'AccessGrantViewerRole',
  description: 'How the signed-in viewer relates to a grant.',
  valuesConfig: {
    TITULAR: { description: 'The viewer gave this grant.' },
    INVITEE: { description: 'The viewer received this grant.' },
  },
});

/** Who reads a DTO: masking depends on it. */
export interface GrantViewer {
  userId: string;
  cpf: string;
  /** The partners the viewer is titular of now: a representative sees and manages all their grants. */
  partnerIds?: readonly string[];
}

@ObjectType('AccessGrantPartner', { description: 'The business partner whose installations a grant covers.' })
export class AccessGrantPartnerType {
  @Field(() => ID, { description: 'Stable identifier of the business partner.' })
  id!: string;

  @Field({ description: 'Partner number shown to customers.' })
  number!: string;

  @Field({ description: 'Name of the person or company.' })
  name!: string;
}

@ObjectType('Person', { description: 'The titular of a grant, as shown to the parties of the grant.' })
export class PersonType {
  @Field({ description: 'Full name.' })
  fullName!: string;

  @Field({
    description: 'CPF: formatted (000.000.000-00) for its owner, masked (***.000.000-**) for anyone else.',
  })
  cpf!: string;
}

@ObjectType('Invitee', { description: 'The invitee exactly as the titular typed them.' })
export class InviteeType {
  @Field({ description: 'Full name as typed by the titular.' })
  fullName!: string;

  @Field({ description: 'CPF: formatted for the invitee themself, masked (***.982.247-**) for the titular.' })
  cpf!: string;

  @Field({ description: 'E-mail the invite was sent to (lower-case).' })
  email!: string;
}

@ObjectType('GrantedInstallation', { description: 'One installation covered by a grant, with its address.' })
export class GrantedInstallationType {
  @Field({ description: 'Nº Instalação.' })
  number!: string;

  @Field({ description: 'Street (logradouro).' })
  street!: string;

  @Field({ description: 'Number on the street.' })
  streetNumber!: string;

  @Field(() => String, { nullable: true, description: 'Complement, when any.' })
  complement!: string | null;

  @Field({ description: 'District (bairro).' })
  district!: string;

  @Field({ description: 'City.' })
  city!: string;

  @Field({ description: 'State (UF).' })
  state!: string;

  @Field(() => InstallationStatus, {
    description: 'Whether the installation itself is in service (Ativa/Inativa).',
  })
  status!: InstallationStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When the titular removed it from this grant; null while granted.',
  })
  revokedAt!: Date | null;

  static fromRow(r: GrantInstallationRow): GrantedInstallationType {
    return Object.assign(new GrantedInstallationType(), {
      number: r.number,
      street: r.street,
      streetNumber: r.street_number,
      complement: r.complement,
      district: r.district,
      city: r.city,
      state: r.state,
      status: r.status,
      revokedAt: r.revoked_at,
    });
  }
}

@ObjectType('GrantedInstallationEdge', {
  description: 'One installation of a grant in a page, with its cursor.',
})
export class GrantedInstallationEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this installation.' })
  cursor!: string;

  @Field(() => GrantedInstallationType, { description: 'The installation.' })
  node!: GrantedInstallationType;
}

@ObjectType('GrantedInstallationConnection', {
  description: 'A page of the installations of a grant, ordered by number (keyset pagination).',
})
export class GrantedInstallationConnection {
  @Field(() => Int, { description: 'How many installations match (all pages), honouring `includeRevoked`.' })
  totalCount!: number;

  @Field(() => [GrantedInstallationEdge], { description: 'The installations of this page.' })
  edges!: GrantedInstallationEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}

@ObjectType('AccessGrantEvent', { description: 'One step of the audit trail of a grant.' })
export class AccessGrantEventDto {
  @Field(() => AccessGrantEventType, { description: 'What happened.' })
  type!: AccessGrantEventType;

  @Field(() => Date, { description: 'When (database clock).' })
  at!: Date;

  @Field(() => ActorRole, { description: 'Who did it.' })
  actorRole!: ActorRole;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Details without personal data, e.g. `{ installationNumbers: [...] }`, `{ mismatchedFields: ["cpf"] }`, `{ newGrantId }`.',
  })
  data!: Record<string, unknown> | null;

  static fromRow(r: GrantEventRow): AccessGrantEventDto {
    return Object.assign(new AccessGrantEventDto(), {
      type: r.type,
      at: r.at,
      actorRole: r.actor_role,
      data: r.data,
    });
  }
}

@ObjectType('AccessGrant', {
  description:
    'Permissão de acesso: a titular lets an invitee act on some installations of one business partner, from the invite to its end. Visible to its titular and its invitee only.',
})
export class AccessGrantType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Protocol number, e.g. 2026-000123.' })
  protocolNumber!: string;

  @Field(() => AccessGrantStatus, {
    description: 'Current status (an unanswered invite past its expiry reads EXPIRED).',
  })
  status!: AccessGrantStatus;

  @Field(() => AccessGrantViewerRole, {
    description: 'Whether the viewer is the titular or the invitee of this grant.',
  })
  viewerRole!: AccessGrantViewerRole;

  @Field(() => AccessGrantPartnerType, {
    description: 'The business partner whose installations are granted.',
  })
  businessPartner!: AccessGrantPartnerType;

  @Field(() => PersonType, { description: 'Who gave the grant.' })
  titular!: PersonType;

  @Field(() => InviteeType, { description: 'Who was invited, as the titular typed them.' })
  invitee!: InviteeType;

  @Field(() => Int, { description: 'Installations in the grant when it was made.' })
  installationCount!: number;

  @Field(() => Int, { description: 'Installations not revoked (all of them end when the grant ends).' })
  activeInstallationCount!: number;

  @Field(() => Date, { description: 'When the invite was made.' })
  createdAt!: Date;

  @Field(() => Date, {
    description: 'When the current invite link stops working (12 hours after it was sent).',
  })
  inviteExpiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitee accepted.' })
  acceptedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the grant or invite ended (declined, expired, cancelled, revoked).',
  })
  endedAt!: Date | null;

  @Field(() => AccessGrantEndReason, { nullable: true, description: 'Why it ended.' })
  endReason!: AccessGrantEndReason | null;

  @Field(() => Date, {
    nullable: true,
    description:
      '"Prazo da permissão": the grant ends at this instant (database clock; endReason VALIDITY_ENDED). Null: until revoked.',
  })
  validUntil!: Date | null;

  @Field(() => [AccessGrantScope], {
    description:
      '"O que a pessoa poderá fazer": VIEW_BILLS ("Consultar contas e consumo") and/or REQUEST_SERVICES ("Fazer solicitações"). The titular may only narrow it.',
  })
  scopes!: AccessGrantScope[];

  @Field(() => ID, {
    nullable: true,
    description: 'The earlier (expired or declined) grant this one re-invites.',
  })
  replacesId!: string | null;

  @Field({ description: 'Whether the titular can send a new link now (INVITED, EXPIRED or DECLINED).' })
  canResend!: boolean;

  @Field({ description: 'Whether the titular can revoke (ACCEPTED) or cancel (INVITED) now.' })
  canRevoke!: boolean;

  /** Who the grant's parties are, for the access policy (not a GraphQL field). */
  parties!: GrantParties;

  static fromRow(r: GrantRow, viewer: GrantViewer): AccessGrantType {
    const parties = partiesOfRow(r);
    const isTitular = viewerKind(person(viewer.userId, viewer.cpf, viewer.partnerIds), parties) === 'TITULAR';
    // Acting needs titularity now (a former representative only looks).
    const canAct = isTitular && (viewer.partnerIds?.includes(r.business_partner_id) ?? true);
    const cpfFor = (cpf: string) => (cpf === viewer.cpf ? formatCpf(cpf) : maskCpf(cpf)) ?? '***';
    return Object.assign(new AccessGrantType(), {
      id: r.id,
      protocolNumber: r.protocol_number,
      status: r.status,
      viewerRole: isTitular ? AccessGrantViewerRole.TITULAR : AccessGrantViewerRole.INVITEE,
      businessPartner: Object.assign(new AccessGrantPartnerType(), {
        id: r.business_partner_id,
        number: r.business_partner_number,
        name: r.business_partner_name,
      }),
      titular: Object.assign(new PersonType(), { fullName: r.titular_full_name, cpf: cpfFor(r.titular_cpf) }),
      invitee: Object.assign(new InviteeType(), {
        fullName: r.invitee_full_name,
        cpf: cpfFor(r.invitee_cpf),
        email: r.invitee_email,
      }),
      installationCount: r.installation_count,
      activeInstallationCount: r.active_installation_count,
      createdAt: r.created_at,
      inviteExpiresAt: r.invite_expires_at,
      acceptedAt: r.accepted_at,
      endedAt: r.ended_at,
      endReason: r.end_reason,
      replacesId: r.replaces_id,
      validUntil: r.valid_until,
      scopes: canonicalScopes(r.scopes),
      canResend: canAct && canResend(r.status, r.replaced),
      canRevoke: canAct && canRevoke(r.status),
      parties,
    });
  }
}

@ObjectType('AccessGrantEdge', { description: 'One grant in a page, with its cursor.' })
export class AccessGrantEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this grant.' })
  cursor!: string;

  @Field(() => AccessGrantType, { description: 'The grant.' })
  node!: AccessGrantType;
}

@ObjectType('AccessGrantConnection', { description: 'A page of grants, newest first (keyset pagination).' })
export class AccessGrantConnection {
  @Field(() => Int, { description: 'How many grants match the filter (all pages).' })
  totalCount!: number;

  @Field(() => [AccessGrantEdge], { description: 'The grants of this page.' })
  edges!: AccessGrantEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}

@ObjectType('GrantAccessPayload', { description: 'A new (or re-issued) invite.' })
export class GrantAccessPayload {
  @Field(() => AccessGrantType, { description: 'The grant, INVITED.' })
  grant!: AccessGrantType;

  @Field({
    description:
      'The invite link to copy (e.g. into WhatsApp). Shown once: it is stored only as a hash. The invitee also receives their own link by e-mail.',
  })
  inviteUrl!: string;
}
