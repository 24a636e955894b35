// Validity reminders and ending on the job system: a scheduled sweep (every 30 s, one at a time).
import type { Services } from '../../app/services.ts';
import { defineQueue, type JobHandler } from '../jobs/job-queue.ts';

/**
 * How often grants at the end of their validity are looked for. The end itself never waits for the
 * sweep: installationAccess, the lists and every action judge `valid_until` by the database clock.
 */
export const VALIDITY_SWEEP_CRON = '*/30 * * * * *';

/** `exclusive`: a sweep still running makes the next occurrence a no-op. */
export const GRANT_VALIDITY = defineQueue<Record<string, never>>({
  name: 'grants.validity',
  policy: 'exclusive',
  retryLimit: 0,
  retryDelaySeconds: 1,
  leaseSeconds: 300,
});

/** One sweep: ends grants whose validity came and sends the 7-day reminders. Exported for tests. */
export function sweepGrantValidity(services: Pick<Services, 'orm' | 'grants'>) {
  return services.grants.sweepValidity(services.orm.em.fork());
}

/** The sweep's handler (validity.command.ts; rows are claimed, safe in several processes). */
export function accessGrantValidityJob(services: Services): JobHandler<Record<string, never>> {
  return {
    queue: GRANT_VALIDITY,
    cron: VALIDITY_SWEEP_CRON,
    async handle() {
      const r = await sweepGrantValidity(services);
      if (r.ended + r.reminded > 0) services.log.info(r, 'grant validity sweep');
    },
  };
}
