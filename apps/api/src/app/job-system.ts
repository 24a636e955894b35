// The process's job system (modules/jobs): one pg-boss on the session-mode URL, with every module's
// queues declared, so this process can enqueue whether or not it runs workers.
import type { Logger } from '../common/logger.ts';
import type { Config } from '../config/config.ts';
import { JobQueue } from '../modules/jobs/job-queue.ts';
import { modules } from './modules.ts';

export async function startJobQueue(config: Config, log: Logger, sessionUrl: string): Promise<JobQueue> {
  const jobs = new JobQueue({
    url: sessionUrl,
    log,
    poolMax: config.JOBS_POOL_MAX,
    superviseSeconds: config.JOBS_SUPERVISE_SECONDS,
    workers: config.WORKERS_ENABLED,
    // A send in flight finishes (bounded by the transport timeout) rather than being failed over.
    stopTimeoutMs: config.MAIL_SEND_TIMEOUT_MS + 2000,
  });
  try {
    await jobs.start(modules.flatMap((m) => m.jobs?.queues(config) ?? []));
  } catch (err) {
    await jobs.stop().catch(() => {});
    throw err;
  }
  return jobs;
}
