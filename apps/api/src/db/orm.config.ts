import 'reflect-metadata';
import path from 'node:path';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger.ts';
import { entities } from './entities.ts';

export const MIGRATIONS_DIR = path.join(import.meta.dirname, 'migrations');

/** The one MikroORM configuration: used by the app, the migration scripts, seeds and tests. */
export function createOrmConfig(
  clientUrl: string,
  opts: { poolMax?: number; logger?: Logger } = {},
): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    pool: { min: 0, max: opts.poolMax ?? 10 },
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotName: '.snapshot-delega',
      snapshotOnMigrate: false,
      silent: true,
    },
    // Schema changes only through committed migrations.
    ensureDatabase: false,
    allowGlobalContext: false,
    debug: false,
    forceUtcTimezone: true,
    logger: (msg) => opts.logger?.debug({ orm: msg }),
  });
}
