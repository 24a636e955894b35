import type { Worker } from '../../app/module.ts';
import type { Services } from '../../app/services.ts';

/**
 * How often grants at the end of their validity are looked for. The end itself never waits for the
 * sweep: installationAccess, the lists and every action judge `valid_until` by the database clock.
 */
export const VALIDITY_SWEEP_INTERVAL_MS = 30_000;

/** One sweep: ends grants whose validity came and sends the 7-day reminders. Exported for tests. */
export function sweepGrantValidity(services: Pick<Services, 'orm' | 'grants'>) {
  return services.grants.sweepValidity(services.orm.em.fork());
}

/** Runs the sweep at start and every 30 s. Safe in every API process (rows are claimed SKIP LOCKED). */
export function accessGrantValidityWorker(services: Services): Worker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = sweepGrantValidity(services)
      .then((r) => {
        if (r.ended + r.reminded > 0) services.log.info(r, 'grant validity sweep');
      })
      .catch((err: unknown) => services.log.error({ err }, 'grant validity sweep failed'))
      .finally(() => {
        running = null;
      });
  };
  return {
    name: 'access-grant-validity',
    start() {
      tick();
      timer = setInterval(tick, VALIDITY_SWEEP_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
