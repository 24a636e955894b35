// The one job system: pg-boss (PostgreSQL-backed) for everything that must happen later, be
// retried, or run on a schedule. One JobQueue per API process (`services.jobs`), on the
// session-mode URL (`services.database.sessionUrl`, DATABASE_SESSION_URL behind PgBouncer) with a
// small pool of its own (JOBS_POOL_MAX). Its schema (`pgboss`) comes from our migrations
// (db/migrations/*_pg_boss.ts), never created at start (`migrate: false`).
//
// How a module uses it:
//   1. Declare a queue (module level, so every process can enqueue, workers or not):
//        export const WEBHOOK_DELIVER = defineQueue<{ deliveryId: string }>({
//          name: 'webhook.deliver', retryLimit: 10, retryDelaySeconds: 30, retryBackoff: true,
//          leaseSeconds: 60, deadLetter: 'webhook.deliver.dead' });
//      and list it (dead letter queue first) in the module: `jobs: { queues: (config) => [DEAD,
//      WEBHOOK_DELIVER], handlers: (services) => [jobHandler({ queue: WEBHOOK_DELIVER,
//      handle: (job) => ..., concurrency: 4 })] }` (`jobHandler` types `job.data` by the queue).
//      A handler with `cron` (UTC, six fields for seconds) is also sent on that schedule, once for
//      all processes; use `policy: 'exclusive'` for sweeps so at most one runs at a time.
//   2. Enqueue inside the transaction of the change that causes the job:
//        await services.jobs.enqueue(em, WEBHOOK_DELIVER, { deliveryId }, { startAfterMs: 0 });
//      The insert runs on `em`'s transaction connection: nothing is queued if it rolls back.
//      `em` must be in a transaction (`em.transactional`), else NoTransactionError.
//   3. The handler runs in a process with WORKERS_ENABLED. Throwing fails the attempt: it is
//      retried after the queue's delay, then moved to the dead letter queue. A worker that dies
//      mid-job loses its lease (`leaseSeconds`): the job is retried elsewhere once the lease has
//      passed and a supervision pass noticed it (JOBS_SUPERVISE_SECONDS). Delivery is therefore at
//      least once: handlers must be idempotent, or record what they cannot make idempotent (mail
//      records a possible duplicate send). `job.retryCount > 0` says an earlier run did not finish.
//   4. `sendNow(QUEUE, data)` sends a job outside any transaction (operators, tests: "sweep now").
// Tests: test/jobs.ts waits until a queue has nothing left to run. Figures: jobs/job-stats.sql.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { PgBoss, type Job, type SendOptions } from 'pg-boss';
import type { Logger } from '../../common/logger.ts';
import { transactionDb } from './em-database.ts';
import type { AnyJobHandler, QueueSpec } from './job-definitions.ts';

export {
  defineQueue,
  jobHandler,
  type JobHandler,
  type QueueSpec,
  type RunningJob,
} from './job-definitions.ts';

/** The pg-boss schema (created by our migrations). */
export const JOBS_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** Session-mode URL (LISTEN for wake-ups; pg-boss's advisory locks are per session). */
  url: string;
  log: Logger;
  poolMax: number;
  /** How often expired leases are failed over and queue figures refreshed (seconds). */
  superviseSeconds: number;
  /** This process runs handlers, schedules and supervision (WORKERS_ENABLED). */
  workers: boolean;
  /** How long close() waits for running handlers before failing them over (ms). */
  stopTimeoutMs: number;
}

export interface EnqueueOptions {
  /** Run no earlier than this many milliseconds from now (by the database clock). */
  startAfterMs?: number;
  /** With a singleton policy: at most one job per key. */
  singletonKey?: string;
}

export class JobQueue {
  private readonly boss: PgBoss;
  private started = false;
  private working = false;

  constructor(private readonly o: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: o.url,
      schema: JOBS_SCHEMA,
      max: o.poolMax,
      application_name: 'delega-jobs',
      migrate: false,
      createSchema: false,
      supervise: o.workers,
      schedule: o.workers,
      superviseIntervalSeconds: o.superviseSeconds,
      monitorIntervalSeconds: o.superviseSeconds,
      useListenNotify: o.workers,
      instanceName: 'delega-api',
    });
    // Without a listener an 'error' event would crash the process; these are transient (a lost
    // connection, a failed poll) and pg-boss retries on its own.
    this.boss.on('error', (err) => o.log.warn({ err }, 'job system error'));
    this.boss.on('warning', (w) => o.log.warn({ warning: w.message }, 'job system warning'));
  }

  /** Connects and declares the queues (idempotent; options are brought up to date). */
  async start(queues: readonly QueueSpec[]): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const q of queues) {
      const options = {
        retryLimit: q.retryLimit,
        retryDelay: q.retryDelaySeconds,
        retryBackoff: q.retryBackoff ?? false,
        expireInSeconds: q.leaseSeconds,
        ...(q.deadLetter ? { deadLetter: q.deadLetter } : {}),
        // Jobs hold ids, not personal data; finished ones stay a day for operators to inspect.
        deleteAfterSeconds: 86_400,
        retentionSeconds: 7 * 86_400,
        notify: true,
      };
      await this.boss.createQueue(q.name, { ...options, policy: q.policy ?? 'standard' });
      await this.boss.updateQueue(q.name, options);
    }
  }

  /** Starts the handlers and their schedules (only in a process with WORKERS_ENABLED). */
  async work(handlers: readonly AnyJobHandler[]): Promise<void> {
    if (!this.o.workers || this.working) return;
    this.working = true;
    for (const h of handlers) {
      const name = h.queue.name;
      // NOTIFY wakes a worker only for a job due now; a delayed one (a retry) is found by polling,
      // so the poll stays the same with NOTIFY on.
      // A scheduled job is woken by NOTIFY when its occurrence is sent: its poll is only a backstop.
      const poll = Math.max(0.5, h.pollSeconds ?? (h.cron ? 10 : 2));
      await this.boss.work<object>(
        name,
        {
          batchSize: 1,
          localConcurrency: h.concurrency ?? 1,
          pollingIntervalSeconds: poll,
          notifyPollingIntervalSeconds: poll,
        },
        async (jobs: Job<object>[]) => {
          for (const job of jobs) await this.run(h, job);
        },
      );
      if (h.cron) await this.boss.schedule(name, h.cron, null, { tz: 'UTC' });
    }
  }

  private async run(h: AnyJobHandler, job: Job<object>): Promise<void> {
    try {
      await h.handle({ id: job.id, data: job.data, retryCount: job.retryCount, signal: job.signal });
    } catch (err) {
      this.o.log.warn(
        { err, queue: job.name, jobId: job.id, retryCount: job.retryCount },
        'job attempt failed',
      );
      throw err;
    }
  }

  /**
   * Inserts a job in `em`'s transaction: it exists only if that transaction commits. Returns its
   * id, or null when a singleton policy refused it.
   */
  async enqueue<T extends object>(
    em: EntityManager,
    queue: QueueSpec<T>,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    const send: SendOptions = { db: transactionDb(em) };
    if (options.startAfterMs && options.startAfterMs > 0) {
      send.startAfter = `${Math.ceil(options.startAfterMs)} milliseconds`;
    }
    if (options.singletonKey) send.singletonKey = options.singletonKey;
    return this.boss.send(queue.name, data, send);
  }

  /** Sends a job now, outside any transaction (operators, tests: "run the sweep now"). */
  async sendNow<T extends object>(queue: QueueSpec<T>, data: T): Promise<string | null> {
    return this.boss.send(queue.name, data);
  }

  /** Waits for running handlers (up to stopTimeoutMs; then their jobs are failed over), closes the pool. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: this.o.stopTimeoutMs });
  }
}
