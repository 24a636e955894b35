import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../config/config.ts';
import type { Logger } from '../common/logger.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { createOrmConfig } from './orm.config.ts';

export interface Database {
  /** The request pool's URL (may be PgBouncer in transaction mode). */
  url: string;
  /** Session-mode URL for LISTEN, job workers and migrations (DATABASE_SESSION_URL, else url). */
  sessionUrl: string;
  /** A read replica for the read-only access check, when configured. */
  replicaUrl?: string;
  /** Stops the embedded server when this process started one. */
  stop: () => Promise<void>;
}

/** What an API process needs besides its request pool: the session-mode URL and the replica. */
export type DatabaseTargets = Pick<Database, 'sessionUrl' | 'replicaUrl'>;

const EMBEDDED_DB_NAME = 'delega';

/** Creates the database if it does not exist (embedded server only: a managed one is provisioned). */
export async function ensureDatabaseExists(serverUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '')}"`);
  } finally {
    await admin.end();
  }
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL with its data under DATA_DIR. */
export async function resolveDatabase(config: Config, log: Logger): Promise<Database> {
  if (config.DATABASE_URL) {
    return {
      url: config.DATABASE_URL,
      sessionUrl: config.DATABASE_SESSION_URL ?? config.DATABASE_URL,
      replicaUrl: config.DATABASE_REPLICA_URL,
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(config.DATA_DIR, 'postgres'),
    port: config.EMBEDDED_PG_PORT,
    log: (msg) => log.info(msg),
  });
  await ensureDatabaseExists(embedded.url('postgres'), EMBEDDED_DB_NAME);
  log.info({ port: config.EMBEDDED_PG_PORT }, 'embedded PostgreSQL ready');
  const url = embedded.url(EMBEDDED_DB_NAME);
  return { url, sessionUrl: url, stop: embedded.stop };
}

export async function initOrm(
  url: string,
  opts: { poolMax?: number; logger?: Logger } = {},
): Promise<MikroORM> {
  return MikroORM.init(createOrmConfig(url, opts));
}

/** Applies pending committed migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}

/**
 * Applies pending migrations over the session-mode URL: a migration may set a session parameter
 * (`lock_timeout`) or build an index CONCURRENTLY outside a transaction, neither of which is safe
 * through PgBouncer's transaction pool. Reuses `orm` when both URLs are the same.
 */
export async function migrateDatabase(
  db: Pick<Database, 'url' | 'sessionUrl'>,
  orm: MikroORM,
  logger?: Logger,
): Promise<string[]> {
  if (db.sessionUrl === db.url) return migrate(orm);
  const session = await initOrm(db.sessionUrl, { poolMax: 1, logger });
  try {
    return await migrate(session);
  } finally {
    await session.close();
  }
}
