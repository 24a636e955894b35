// GET /readyz: ready when the database answers and no migration is pending.
import type { MikroORM } from '@mikro-orm/postgresql';
import { AppError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';

/** Resolves when ready; SERVICE_UNAVAILABLE otherwise (a database failure is logged, never sent). */
export function readinessCheck(orm: MikroORM, log: Logger) {
  return async (): Promise<{ ok: true; pendingMigrations: 0 }> => {
    let pending: number;
    try {
      pending = (await orm.migrator.getPending()).length;
    } catch (err) {
      log.error({ err }, 'readiness check failed');
      throw new AppError('SERVICE_UNAVAILABLE');
    }
    if (pending > 0) {
      log.warn({ pendingMigrations: pending }, 'not ready: migrations pending');
      throw new AppError('SERVICE_UNAVAILABLE', undefined, { pendingMigrations: pending });
    }
    return { ok: true, pendingMigrations: 0 };
  };
}
