// The `integrationEvents` subscription: the webhook events over graphql-ws, for a service key with
// the scope webhooks:manage (connectionParams `x-api-key`). Thin: integration-events.ts reads.
import { Arg, Authorized, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.ts';
import { integrationEvents, parseAfter, parseTypes, type IntegrationEvent } from './integration-events.ts';

@ObjectType('IntegrationEvent', {
  description:
    'A grant event, as a webhook would carry it (thin: ids, states, time). Confirm with installationAccess before acting.',
})
export class IntegrationEventType {
  @Field({
    description:
      'grant.accepted, grant.ended, installation_access.changed, or resync (your cursor was older than 24 hours: events may have been missed, ask installationAccess again for what you care about).',
  })
  type!: string;

  @Field({ description: 'When the change happened (the database clock of its transaction).' })
  timestamp!: Date;

  @Field(() => String, { nullable: true, description: 'The grant that changed (null for resync).' })
  grantId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The grant status after the change: INVITED, ACCEPTED, DECLINED, EXPIRED, CANCELLED, REVOKED.',
  })
  status!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What happened (e.g. ACCEPTED, REVOKED, INSTALLATIONS_REVOKED).',
  })
  change!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'grant.ended only: REVOKED, RENOUNCED, EXPIRED, DECLINED, CANCELLED, VALIDITY_ENDED or AUTHORITY_ENDED.',
  })
  reason!: string | null;

  @Field({
    description:
      'Where the stream stands after this event: after a reconnect pass the last one you processed as `after`.',
  })
  cursor!: string;

  static from(e: IntegrationEvent): IntegrationEventType {
    const d = (e.data ?? {}) as { grantId?: string; status?: string; change?: string; reason?: string };
    return Object.assign(new IntegrationEventType(), {
      type: e.type,
      timestamp: new Date(e.timestamp),
      grantId: d.grantId ?? null,
      status: d.status ?? null,
      change: d.change ?? null,
      reason: d.reason ?? null,
      cursor: e.cursor,
    });
  }
}

/** The events as an iterator whose `return()` (the client completed or left) stops the reads at once. */
function subscribe(
  ctx: GraphQLContext,
  args: { after?: unknown; types?: unknown },
): AsyncIterableIterator<IntegrationEvent> {
  const after = parseAfter(typeof args.after === 'string' ? args.after : null);
  const types = parseTypes(
    Array.isArray(args.types) ? args.types.filter((t) => typeof t === 'string') : null,
  );
  const abort = new AbortController();
  const source = integrationEvents(
    { em: () => ctx.services.orm.em.fork(), pubsub: ctx.services.pubsub, apiKeyId: ctx.apiKey!.apiKeyId },
    { after, types, signal: abort.signal },
  );
  const iterator: AsyncIterableIterator<IntegrationEvent> = {
    next: () => source.next(),
    return: () => {
      abort.abort();
      return source.return(undefined);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

@Resolver()
export class IntegrationEventsResolver {
  @Authorized('webhooks:manage')
  @Subscription(() => IntegrationEventType, {
    description:
      'The webhook events over this socket, for a service key with the scope webhooks:manage (graphql-ws connectionParams { "x-api-key": "dlg_…" }). At least once, in commit order; with `after` (a cursor you received) first what you missed, within 24 hours.',
    subscribe: ({ args, context }) =>
      subscribe(context as GraphQLContext, args as { after?: unknown; types?: unknown }),
  })
  integrationEvents(
    @Root() event: IntegrationEvent,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `cursor` of the last event you processed: first replays what you missed since.',
    })
    _after: string | null,
    @Arg('types', () => [String], {
      nullable: true,
      description:
        'Only these event types (grant.accepted, grant.ended, installation_access.changed); default all.',
    })
    _types: string[] | null,
  ): IntegrationEventType {
    return IntegrationEventType.from(event);
  }
}
