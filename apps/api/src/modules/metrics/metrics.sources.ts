// Figures read at scrape time: the mail outbox, the job system's queues and the durable event
// stream, in one round trip.
import type { MikroORM } from '@mikro-orm/postgresql';
import { JOB_QUEUE_FIGURES_SQL, type JobQueueFigures } from '../jobs/job-stats.sql.ts';
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
  (select count(*) from mail_message where possible_duplicate)::int as duplicates,
  coalesce((select extract(epoch from now() - min(created_at))
              from mail_message where status in ('QUEUED', 'SENDING')), 0)::float8 as oldest,
  ${JOB_QUEUE_FIGURES_SQL} as jobs,
  coalesce((select max(id) from live_event), 0)::bigint::text as appended,
  coalesce((select extract(epoch from now() - min(created_at))
              from live_event where id > ?), 0)::float8 as lag_seconds,
  (select count(*) from live_event where id > ?)::int as lag_events`;

interface Row {
  queued: number;
  sending: number;
  failed: number;
  duplicates: number;
  oldest: number;
  jobs: JobQueueFigures[] | string;
  appended: string;
  lag_seconds: number;
  lag_events: number;
}

export function databaseSources(orm: MikroORM, events: DeliveredPosition): ScrapeSources {
  return {
    async collect(g) {
      const high = events.delivered.high;
      const [row] = await orm.em.fork().execute<Row[]>(SQL, [high, high]);
      if (!row) return;
      g.mailQueueDepth.set({ status: 'QUEUED' }, row.queued);
      g.mailQueueDepth.set({ status: 'SENDING' }, row.sending);
      g.mailFailed.set(row.failed);
      g.mailPossibleDuplicates.set(row.duplicates);
      g.mailQueueOldestSeconds.set(row.oldest);
      const jobs = typeof row.jobs === 'string' ? (JSON.parse(row.jobs) as JobQueueFigures[]) : row.jobs;
      for (const q of jobs) {
        g.jobQueueDepth.set({ queue: q.queue, state: 'waiting' }, q.waiting);
        g.jobQueueDepth.set({ queue: q.queue, state: 'active' }, q.active);
        g.jobQueueOldestSeconds.set({ queue: q.queue }, q.oldest_seconds);
      }
      g.eventStreamAppended.set(Number(row.appended));
      g.eventStreamDelivered.set(high);
      g.eventStreamLagEvents.set(row.lag_events);
      g.eventStreamLagSeconds.set(row.lag_seconds);
    },
  };
}
