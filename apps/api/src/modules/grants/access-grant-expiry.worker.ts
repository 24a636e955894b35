import type { Worker } from '../../app/module.ts';
import type { Services } from '../../app/services.ts';

/** How often overdue invites are looked for (they are also refused at accept time by the database clock). */
export const EXPIRY_SWEEP_INTERVAL_MS = 30_000;

/** One sweep: marks overdue invites EXPIRED, e-mails the titulars, notifies. Exported for tests. */
export function sweepExpiredInvites(services: Pick<Services, 'orm' | 'grants'>): Promise<number> {
  return services.grants.expireOverdue(services.orm.em.fork());
}

/** Runs the sweep at start and every 30 s. Safe in every API process (rows are claimed SKIP LOCKED). */
export function accessGrantExpiryWorker(services: Services): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepExpiredInvites(services)
      .then((n) => {
        if (n > 0) services.log.info({ expired: n }, 'access invites expired');
      })
      .catch((err: unknown) => services.log.error({ err }, 'access invite expiry sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    name: 'access-grant-expiry',
    start() {
      tick();
      timer = setInterval(tick, EXPIRY_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
