// The job system's figures, read from pg-boss's own tables (metrics): per declared queue, jobs
// waiting (created or retry, due now or later) and running, and the age of the oldest unfinished one.
import { JOBS_SCHEMA } from './job-queue.ts';

export interface JobQueueFigures {
  queue: string;
  waiting: number;
  active: number;
  oldest_seconds: number;
}

/** One JSON array of JobQueueFigures; only unfinished jobs are read (their index covers them). */
export const JOB_QUEUE_FIGURES_SQL = `
  (select coalesce(json_agg(f order by f.queue), '[]'::json) from (
     select q.name as queue,
            count(j.id) filter (where j.state in ('created', 'retry'))::int as waiting,
            count(j.id) filter (where j.state = 'active')::int as active,
            coalesce(extract(epoch from now() - min(j.created_on)), 0)::float8 as oldest_seconds
       from ${JOBS_SCHEMA}.queue q
       left join ${JOBS_SCHEMA}.job j on j.name = q.name and j.state < 'completed'
      group by q.name) f)`;
