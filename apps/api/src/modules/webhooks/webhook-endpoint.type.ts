import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { WebhookEndpoint } from './webhook-endpoint.entity.ts';

@ObjectType('WebhookEndpoint', {
  description: "A team's HTTPS endpoint for grant events (Standard Webhooks).",
})
export class WebhookEndpointType {
  @Field(() => ID, { description: 'Id of the endpoint.' })
  id!: string;

  @Field({ description: 'Where deliveries are POSTed (HTTPS, a public address).' })
  url!: string;

  @Field(() => [String], {
    description: 'Event types: grant.accepted, grant.ended, installation_access.changed.',
  })
  events!: string[];

  @Field({ description: 'False once disabled (by its owner, a 410 answer, or persistent failure).' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  disabledReason!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when the previous secret also signs (after a rotation).',
  })
  previousSecretUntil!: Date | null;

  @Field({ description: 'When the endpoint was registered.' })
  createdAt!: Date;

  static from(e: WebhookEndpoint): WebhookEndpointType {
    return Object.assign(new WebhookEndpointType(), {
      id: e.id,
      url: e.url,
      events: e.events,
      enabled: !e.disabledAt,
      disabledReason: e.disabledReason ?? null,
      previousSecretUntil: e.previousSecretUntil ?? null,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('WebhookEndpointWithSecret', {
  description: 'An endpoint and its signing secret, shown this once.',
})
export class WebhookEndpointWithSecretType {
  @Field({
    description:
      'The signing secret (whsec_…): verify deliveries with it. Store it now: it is not shown again.',
  })
  secret!: string;

  @Field(() => WebhookEndpointType, { description: 'The endpoint.' })
  endpoint!: WebhookEndpointType;
}

@InputType('CreateWebhookEndpointInput', { description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'HTTPS URL on a public address.' })
  url!: string;

  @Field(() => [String], {
    description: 'Event types: grant.accepted, grant.ended, installation_access.changed.',
  })
  events!: string[];
}

@InputType('UpdateWebhookEndpointInput', {
  description: 'What to change of an endpoint (omitted: unchanged).',
})
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'New HTTPS URL.' })
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'New event types.' })
  events?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True re-enables a disabled endpoint; false disables it.',
  })
  enabled?: boolean | null;
}
