import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../customers/installation.type.ts';
import { ServiceRequestStatus, ServiceRequestType } from './service-request.entity.ts';
import type { ServiceRequestRow } from './service-request.queries.ts';

registerEnumType(ServiceRequestType, {
  name: 'ServiceRequestType',
  description: 'A service that can be requested in the portal.',
  valuesConfig: {
    DUE_DATE_CHANGE: { description: 'Alteração da data de vencimento (`dueDay`: one of `dueDateOptions`).' },
    POWER_OUTAGE: { description: 'Informar falta de energia (optional `description`).' },
  },
});

registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: 'Where a service request stands.',
  valuesConfig: {
    RECEIVED: { description: 'Recebida: registered, waiting for the distributor.' },
    IN_PROGRESS: { description: 'Em andamento.' },
    COMPLETED: { description: 'Concluída.' },
    REJECTED: { description: 'Não atendida.' },
  },
});

/** Who made a request, as the installation's titular reads it. */
export enum ServiceRequestMadeBy {
  TITULAR = 'TITULAR',
  INVITEE = 'INVITEE',
}

registerEnumType(ServiceRequestMadeBy, {
  name: 'ServiceRequestMadeBy',
  description: 'Whether the titular made a request, or an invitee in the titular’s name (through a grant).',
  valuesConfig: {
    TITULAR: { description: 'The titular (or another titular of the same business partner).' },
    INVITEE: { description: 'An invitee, in the titular’s name, through `grant`.' },
  },
});

@InputType('RequestServiceInput', { description: 'A service request on an installation.' })
export class RequestServiceInput {
  @Field({ description: 'Nº Instalação: yours, or granted to you with REQUEST_SERVICES.' })
  installationNumber!: string;

  @Field(() => ServiceRequestType, { description: 'Which service.' })
  type!: ServiceRequestType;

  @Field(() => Int, {
    nullable: true,
    description: 'DUE_DATE_CHANGE: the new due day, one of `dueDateOptions.days`. Omit for POWER_OUTAGE.',
  })
  dueDay?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'POWER_OUTAGE: what is happening (optional, at most 1,000 characters).',
  })
  description?: string | null;

  @Field({
    description:
      'Random key made once per form (e.g. a UUID): repeating the call with the same key returns the same request instead of a second one.',
  })
  idempotencyKey!: string;
}

@ObjectType('ServiceRequestPerson', { description: 'The person who made a request.' })
export class ServiceRequestPersonType {
  @Field({ description: 'Full name.' })
  fullName!: string;
}

@ObjectType('ServiceRequestGrant', { description: 'The grant an invitee made a request through.' })
export class ServiceRequestGrantType {
  @Field(() => ID, { description: 'The grant’s id.' })
  id!: string;

  @Field({ description: 'The grant’s protocol number, e.g. 2026-000123.' })
  protocolNumber!: string;
}

@ObjectType('ServiceRequest', {
  description:
    'Solicitação: a service asked for on an installation, with its own protocol number; records who asked, on whose behalf, through which grant, when and from where.',
})
export class ServiceRequestDto {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field({ description: 'Protocol number of the request, e.g. SR-2026-000123.' })
  protocolNumber!: string;

  @Field(() => ServiceRequestType, { description: 'Which service.' })
  type!: ServiceRequestType;

  @Field(() => ServiceRequestStatus, { description: 'Where it stands.' })
  status!: ServiceRequestStatus;

  @Field({ description: 'Nº Instalação.' })
  installationNumber!: string;

  @Field(() => Int, { nullable: true, description: 'DUE_DATE_CHANGE: the due day asked for.' })
  dueDay!: number | null;

  @Field(() => String, { nullable: true, description: 'POWER_OUTAGE: what the customer wrote.' })
  description!: string | null;

  @Field(() => Date, { description: 'When it was made (database clock).' })
  requestedAt!: Date;

  @Field(() => ServiceRequestPersonType, { description: 'Who asked.' })
  requester!: ServiceRequestPersonType;

  @Field({ description: 'On whose behalf: the name of the installation’s business partner.' })
  onBehalfOf!: string;

  @Field(() => ServiceRequestMadeBy, { description: 'The titular, or an invitee in the titular’s name.' })
  madeBy!: ServiceRequestMadeBy;

  @Field(() => ServiceRequestGrantType, {
    nullable: true,
    description: 'The grant it was made through (INVITEE only).',
  })
  grant!: ServiceRequestGrantType | null;

  @Field(() => String, {
    nullable: true,
    description: 'From which address it was made: IP and source port (`203.0.113.7:51234`), when known.',
  })
  clientAddress!: string | null;

  static fromRow(r: ServiceRequestRow): ServiceRequestDto {
    const address = r.ip ? (r.port ? `${r.ip.includes(':') ? `[${r.ip}]` : r.ip}:${r.port}` : r.ip) : null;
    return Object.assign(new ServiceRequestDto(), {
      id: r.id,
      protocolNumber: r.protocol_number,
      type: r.type,
      status: r.status,
      installationNumber: r.installation_number,
      dueDay: r.due_day,
      description: r.description,
      requestedAt: r.requested_at,
      requester: Object.assign(new ServiceRequestPersonType(), { fullName: r.requester_name }),
      onBehalfOf: r.business_partner_name,
      madeBy: r.grant_id ? ServiceRequestMadeBy.INVITEE : ServiceRequestMadeBy.TITULAR,
      grant: r.grant_id
        ? Object.assign(new ServiceRequestGrantType(), {
            id: r.grant_id,
            protocolNumber: r.grant_protocol_number,
          })
        : null,
      clientAddress: address,
    });
  }
}

@ObjectType('ServiceRequestEdge', { description: 'One request in a page, with its cursor.' })
export class ServiceRequestEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this request.' })
  cursor!: string;

  @Field(() => ServiceRequestDto, { description: 'The request.' })
  node!: ServiceRequestDto;
}

@ObjectType('ServiceRequestConnection', {
  description: 'A page of an installation’s requests, newest first.',
})
export class ServiceRequestConnection {
  @Field(() => Int, { description: 'How many requests the installation has (all pages).' })
  totalCount!: number;

  @Field(() => [ServiceRequestEdge], { description: 'The requests of this page.' })
  edges!: ServiceRequestEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}
