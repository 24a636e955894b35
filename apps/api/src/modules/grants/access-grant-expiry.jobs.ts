// Invite expiry on the job system: a scheduled sweep (every 30 s, one at a time for all processes).
import type { Services } from '../../app/services.ts';
import { defineQueue, type JobHandler } from '../jobs/job-queue.ts';

/** How often overdue invites are looked for (they are also refused at accept time by the database clock). */
export const EXPIRY_SWEEP_CRON = '*/30 * * * * *';

/** `exclusive`: a sweep still running makes the next occurrence a no-op. */
export const EXPIRE_INVITES = defineQueue<Record<string, never>>({
  name: 'grants.expire-invites',
  policy: 'exclusive',
  retryLimit: 0,
  retryDelaySeconds: 1,
  leaseSeconds: 300,
});

/** One sweep: marks overdue invites EXPIRED, e-mails the titulars, notifies. Exported for tests. */
export function sweepExpiredInvites(services: Pick<Services, 'orm' | 'grants'>): Promise<number> {
  return services.grants.expireOverdue(services.orm.em.fork());
}

/** The sweep's handler (expire-invites.command.ts, in batches; safe in several processes). */
export function accessGrantExpiryJob(services: Services): JobHandler<Record<string, never>> {
  return {
    queue: EXPIRE_INVITES,
    cron: EXPIRY_SWEEP_CRON,
    async handle() {
      const n = await sweepExpiredInvites(services);
      if (n > 0) services.log.info({ expired: n }, 'access invites expired');
    },
  };
}
