// Applies pending migrations over DATABASE_SESSION_URL (else DATABASE_URL, else the embedded development
// database): never through a transaction-mode pool.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.sessionUrl);
try {
  const applied = await migrate(orm);
  log.info({ applied }, applied.length ? 'migrations applied' : 'database up to date');
} finally {
  await orm.close();
  await db.stop();
}
