import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../customers/installation.type.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import type { ActivityRow } from './grant-activity.ts';

/** The acts under a grant, as `grantActivity` lists them (the audit step types of the same names). */
export enum GrantActivityType {
  BILL_VIEWED = 'BILL_VIEWED',
  BILL_DOWNLOADED = 'BILL_DOWNLOADED',
  CONSUMPTION_VIEWED = 'CONSUMPTION_VIEWED',
  SERVICE_REQUESTED = 'SERVICE_REQUESTED',
}

registerEnumType(GrantActivityType, {
  name: 'GrantActivityType',
  description: 'What the invitee did under a grant.',
  valuesConfig: {
    BILL_VIEWED: { description: 'Viu a lista de contas (`referenceMonths`: the bills listed).' },
    BILL_DOWNLOADED: { description: 'Baixou a segunda via de uma conta (`referenceMonths`: that bill).' },
    CONSUMPTION_VIEWED: { description: 'Viu o histórico de consumo (`months` months).' },
    SERVICE_REQUESTED: { description: 'Fez uma solicitação (`serviceRequest`, `protocolNumber`).' },
  },
});

@ObjectType('GrantActivity', {
  description:
    'One act done under a grant, in the titular’s name: who, when, on which installation. Seen by the grant’s titular and invitee only.',
})
export class GrantActivityDto {
  @Field(() => ID, { description: 'Stable identifier (of the audit step).' })
  id!: string;

  @Field(() => ID, { description: 'The grant it was done under.' })
  grantId!: string;

  @Field(() => GrantActivityType, { description: 'What was done.' })
  type!: GrantActivityType;

  @Field(() => Date, { description: 'When (database clock).' })
  at!: Date;

  @Field(() => ActorRole, { description: 'Who did it (the invitee).' })
  actorRole!: ActorRole;

  @Field({ description: 'Full name of the person who did it.' })
  actorName!: string;

  @Field({ description: 'Nº Instalação it was done on.' })
  installationNumber!: string;

  @Field(() => [String], {
    description: 'Reference months of the bills concerned, `YYYY-MM` (empty for requests).',
  })
  referenceMonths!: string[];

  @Field(() => Int, { nullable: true, description: 'CONSUMPTION_VIEWED: how many months were shown.' })
  months!: number | null;

  @Field(() => ID, { nullable: true, description: 'SERVICE_REQUESTED: the request’s id.' })
  serviceRequestId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SERVICE_REQUESTED: the request’s protocol number (e.g. SR-2026-000123).',
  })
  protocolNumber!: string | null;

  static fromRow(r: ActivityRow): GrantActivityDto {
    const d = r.data ?? { installationNumber: '' };
    return Object.assign(new GrantActivityDto(), {
      id: r.id,
      grantId: r.grant_id,
      type: r.type as unknown as GrantActivityType,
      at: r.at,
      actorRole: r.actor_role,
      actorName: r.actor_name ?? '',
      installationNumber: d.installationNumber ?? '',
      referenceMonths: d.referenceMonths ?? [],
      months: d.months ?? null,
      serviceRequestId: d.serviceRequestId ?? null,
      protocolNumber: d.protocolNumber ?? null,
    });
  }
}

@ObjectType('GrantActivityEdge', { description: 'One act in a page, with its cursor.' })
export class GrantActivityEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this act.' })
  cursor!: string;

  @Field(() => GrantActivityDto, { description: 'The act.' })
  node!: GrantActivityDto;
}

@ObjectType('GrantActivityConnection', { description: 'A page of a grant’s activity, newest first.' })
export class GrantActivityConnection {
  @Field(() => Int, { description: 'How many acts the grant has (all pages).' })
  totalCount!: number;

  @Field(() => [GrantActivityEdge], { description: 'The acts of this page.' })
  edges!: GrantActivityEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor for the next one.' })
  pageInfo!: PageInfo;
}
