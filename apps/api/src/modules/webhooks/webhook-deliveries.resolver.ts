// The delivery log of an endpoint and redelivery, for the team that owns it (scope webhooks:manage).
import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError } from '../../common/errors.ts';
import { isUuid } from '../../db/sql.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { enqueueDeliveries } from './webhook-delivery.ts';
import { WebhookDelivery } from './webhook-delivery.entity.ts';
import { WebhookEndpointService } from './webhook-endpoint.service.ts';

@ObjectType('WebhookDelivery', {
  description: 'One webhook message to an endpoint and how its attempts went.',
})
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Id of the delivery; the webhook-id header is msg_<id>.' })
  id!: string;

  @Field({ description: 'Event type, e.g. grant.ended.' })
  type!: string;

  @Field({ description: 'PENDING (to be tried again), DELIVERED or FAILED.' })
  status!: string;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'HTTP status of the last attempt (null: network error or none yet).',
  })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field({ description: 'When the next attempt is due (PENDING).' })
  nextAttemptAt!: Date;

  @Field({ description: 'When the message was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted it (2xx).' })
  deliveredAt!: Date | null;

  static from(d: WebhookDelivery): WebhookDeliveryType {
    return Object.assign(new WebhookDeliveryType(), {
      id: d.id,
      type: d.type,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus ?? null,
      lastError: d.lastError ?? null,
      nextAttemptAt: d.nextAttemptAt,
      createdAt: d.createdAt,
      deliveredAt: d.deliveredAt ?? null,
    });
  }
}

function endpoints(ctx: GraphQLContext): WebhookEndpointService {
  return new WebhookEndpointService({
    allowPrivate: ctx.services.config.WEBHOOK_ALLOW_PRIVATE,
    keys: ctx.services.mail.keys,
  });
}

@Resolver()
export class WebhookDeliveriesResolver {
  @Authorized('webhooks:manage')
  @Query(() => [WebhookDeliveryType], {
    description:
      'The latest 100 deliveries to one of your endpoints, newest first (finished ones are kept 30 days).',
  })
  async webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDeliveryType[]> {
    const endpoint = await endpoints(ctx).get(ctx.em, ctx.apiKey!.name, endpointId);
    const rows = await ctx.em.find(
      WebhookDelivery,
      { endpointId: endpoint.id },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 100 },
    );
    return rows.map((d) => WebhookDeliveryType.from(d));
  }

  @Authorized('webhooks:manage')
  @Mutation(() => WebhookDeliveryType, {
    description:
      'Sends a delivery again as a new message (same payload, new webhook-id), now. CONFLICT while the endpoint is disabled.',
  })
  async redeliverWebhook(
    @Arg('deliveryId', () => ID) deliveryId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDeliveryType> {
    const original = isUuid(deliveryId) ? await ctx.em.findOne(WebhookDelivery, { id: deliveryId }) : null;
    if (!original) throw new AppError('NOT_FOUND', 'Entrega de webhook não encontrada.');
    // Another team's delivery reads as none.
    const endpoint = await endpoints(ctx)
      .get(ctx.em, ctx.apiKey!.name, original.endpointId)
      .catch(() => {
        throw new AppError('NOT_FOUND', 'Entrega de webhook não encontrada.');
      });
    if (endpoint.disabledAt)
      throw new AppError(
        'CONFLICT',
        'Este endpoint está desativado: reative-o com updateWebhookEndpoint antes.',
      );
    // The copy and its first attempt's job commit together.
    const copy = await ctx.em.transactional(async (tx) => {
      const made = tx.create(WebhookDelivery, {
        endpointId: endpoint.id,
        eventId: original.eventId ?? null,
        type: original.type,
        payload: original.payload,
      });
      await tx.persist(made).flush();
      await enqueueDeliveries(ctx.services.jobs, tx, [made.id]);
      return made;
    });
    return WebhookDeliveryType.from(copy);
  }
}
