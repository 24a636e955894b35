// Starts one API process: configuration, database (embedded when DATABASE_URL is unset), migrations,
// demo data on an empty development database, then HTTP + WebSocket on API_PORT.
import 'reflect-metadata';
import { createApp } from './app/app.ts';
import { createLogger } from './common/logger.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { initOrm, migrate, resolveDatabase } from './db/database.ts';
import { seedIfEmpty } from './seeds/seed.ts';

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const log = createLogger(config.LOG_LEVEL);
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url, { poolMax: config.DATABASE_POOL_MAX, logger: log });
const applied = await migrate(orm);
if (applied.length) log.info({ applied }, 'migrations applied');
if (config.SEED_ON_EMPTY ?? config.isDevelopment) {
  const seeded = await seedIfEmpty(orm.em.fork());
  if (seeded) log.info('demo data seeded (see README for the demo accounts)');
}
const app = await createApp(config, log, orm, db.url);
const port = await app.listen(config.API_PORT);
log.info(`API ready: http://localhost:${port}/graphql (HTTP and WebSocket)`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  try {
    await app.close();
    await orm.close();
    await db.stop();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
