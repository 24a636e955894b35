// Webhook endpoints, for a service key with the scope webhooks:manage. Thin: the service does the rest.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.ts';
import { WebhookEndpointService } from './webhook-endpoint.service.ts';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointType,
  WebhookEndpointWithSecretType,
} from './webhook-endpoint.type.ts';

const WEBHOOKS_MANAGE = 'webhooks:manage';

function service(ctx: GraphQLContext): WebhookEndpointService {
  return new WebhookEndpointService({
    allowPrivate: ctx.services.config.WEBHOOK_ALLOW_PRIVATE,
    keys: ctx.services.mail.keys,
  });
}

/** The team the key belongs to (its name; a rotated key keeps it). */
function owner(ctx: GraphQLContext): string {
  return ctx.apiKey!.name;
}

function withSecret(r: { endpoint: Parameters<typeof WebhookEndpointType.from>[0]; secret: string }) {
  return Object.assign(new WebhookEndpointWithSecretType(), {
    secret: r.secret,
    endpoint: WebhookEndpointType.from(r.endpoint),
  });
}

@Resolver()
export class WebhooksResolver {
  @Authorized(WEBHOOKS_MANAGE)
  @Query(() => [WebhookEndpointType], {
    description: "Your team's webhook endpoints (scope webhooks:manage).",
  })
  async webhookEndpoints(@Ctx() ctx: GraphQLContext): Promise<WebhookEndpointType[]> {
    return (await service(ctx).list(ctx.em, owner(ctx))).map((e) => WebhookEndpointType.from(e));
  }

  @Authorized(WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpointWithSecretType, {
    description:
      'Registers an HTTPS endpoint for event types; its signing secret is shown this once (scope webhooks:manage).',
  })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecretType> {
    return withSecret(await service(ctx).create(ctx.em, owner(ctx), input));
  }

  @Authorized(WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpointType, {
    description: 'Changes an endpoint’s URL, event types or enabled state.',
  })
  async updateWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointType> {
    return WebhookEndpointType.from(await service(ctx).update(ctx.em, owner(ctx), id, input));
  }

  @Authorized(WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpointWithSecretType, {
    description:
      'A new signing secret, shown this once; the previous one also signs for overlapMinutes (0–10080, default 1440): deliveries then carry both signatures.',
  })
  async rotateWebhookSecret(
    @Arg('id', () => ID) id: string,
    @Arg('overlapMinutes', () => Int, {
      defaultValue: 1440,
      description: 'How long the previous secret also signs.',
    })
    overlapMinutes: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecretType> {
    return withSecret(await service(ctx).rotateSecret(ctx.em, owner(ctx), id, overlapMinutes));
  }

  @Authorized(WEBHOOKS_MANAGE)
  @Mutation(() => Boolean, { description: 'Deletes an endpoint; nothing more is delivered to it.' })
  async deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return service(ctx).delete(ctx.em, owner(ctx), id);
  }
}
