// What a module declares to the job system: its queues (always, so any process can enqueue) and
// the handlers and schedules that run them (only where WORKERS_ENABLED).
import type { QueuePolicy } from 'pg-boss';

/** A queue and the options every job in it inherits. `T` is the job's data (JSON). */
export interface QueueSpec<T extends object = object> {
  readonly name: string;
  /** `exclusive`: at most one job queued or running (scheduled sweeps); default `standard`. */
  readonly policy?: QueuePolicy;
  /** Retries after a failure or a lost lease (the handler threw, or its process died). */
  readonly retryLimit: number;
  /** First retry delay in seconds; doubles per retry with jitter when `retryBackoff`. */
  readonly retryDelaySeconds: number;
  readonly retryBackoff?: boolean;
  /** The lease: a job running longer than this is taken to be lost and retried elsewhere. */
  readonly leaseSeconds: number;
  /** Where a job goes once its retries are spent (a queue declared before this one). */
  readonly deadLetter?: string;
  /** Phantom field: carries `T` for `enqueue`. */
  readonly __data?: T;
}

/** Declares a queue; `T` types the data `enqueue` accepts and the handler receives. */
export function defineQueue<T extends object>(spec: Omit<QueueSpec<T>, '__data'>): QueueSpec<T> {
  return spec;
}

/** One job as a handler sees it. `retryCount` > 0: an earlier run failed or its worker was lost. */
export interface RunningJob<T> {
  id: string;
  data: T;
  retryCount: number;
  /** Aborted when the lease is lost or the process stops. */
  signal: AbortSignal;
}

/** Runs the jobs of one queue. Throwing fails the attempt (retried as the queue says). */
export interface JobHandler<T extends object = object> {
  readonly queue: QueueSpec<T>;
  handle(job: RunningJob<T>): Promise<void>;
  /** Jobs run at once by this process (default 1). */
  readonly concurrency?: number;
  /** Cron (UTC; six fields for seconds): a job is sent on this schedule, once for all processes. */
  readonly cron?: string;
  /** Poll period in seconds when no NOTIFY arrives (default 2, 10 with `cron`; at least 0.5). */
  readonly pollSeconds?: number;
}

/** The same handler, its data type erased, to be listed beside others. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobHandler = JobHandler<any>;

/** Types a handler by its queue (the job's data), for a module's list of handlers. */
export function jobHandler<T extends object>(handler: JobHandler<T>): AnyJobHandler {
  return handler;
}
