// Figures read at scrape time: the mail outbox and the durable event stream, in one round trip.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ScrapeSources } from './metrics.ts';

/** What the events module says this process has delivered (its reader's watermark). */
export interface DeliveredPosition {
  readonly delivered: { high: number };
}

const SQL = `
select
  (select count(*) from mail_message where status = 'QUEUED')::int as queued,
  (select count(*) from mail_message where status = 'SENDING')::int as sending,
  (select count(*) from mail_message where status = 'FAILED')::int as failed,
  coalesce((select extract(epoch from now() - min(created_at))
              from mail_message where status in ('QUEUED', 'SENDING')), 0)::float8 as oldest,
  coalesce((select max(id) from live_event), 0)::bigint::text as appended,
  coalesce((select extract(epoch from now() - min(created_at))
              from live_event where id > ?), 0)::float8 as lag_seconds,
  (select count(*) from live_event where id > ?)::int as lag_events`;

export function databaseSources(orm: MikroORM, events: DeliveredPosition): ScrapeSources {
  return {
    async collect(g) {
      const high = events.delivered.high;
      const [row] = await orm.em.fork().execute<
        {
          queued: number;
          sending: number;
          failed: number;
          oldest: number;
          appended: string;
          lag_seconds: number;
          lag_events: number;
        }[]
      >(SQL, [high, high]);
      if (!row) return;
      g.mailQueueDepth.set({ status: 'QUEUED' }, row.queued);
      g.mailQueueDepth.set({ status: 'SENDING' }, row.sending);
      g.mailFailed.set(row.failed);
      g.mailQueueOldestSeconds.set(row.oldest);
      g.eventStreamAppended.set(Number(row.appended));
      g.eventStreamDelivered.set(high);
      g.eventStreamLagEvents.set(row.lag_events);
      g.eventStreamLagSeconds.set(row.lag_seconds);
    },
  };
}
