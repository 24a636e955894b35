// Starts one API process: configuration, database (embedded when DATABASE_URL is unset), migrations,
// demo data when asked for (DEMO_SEED or DELEGA_DEV) on an empty database, then HTTP + WebSocket on
// API_PORT. `--dev` (what `pnpm dev` passes) means DELEGA_DEV=1 unless the environment says otherwise.
// First: traces (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must be set up before anything loads.
import { shutdownTelemetry } from './telemetry.ts';
import 'reflect-metadata';
import { createApp } from './app/app.ts';
import { createLogger } from './common/logger.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { initOrm, migrateDatabase, resolveDatabase } from './db/database.ts';
import { seedIfEmpty } from './seeds/seed.ts';

let config;
try {
  const devFlag = process.argv.includes('--dev') && process.env.DELEGA_DEV === undefined;
  config = loadConfig(devFlag ? { ...process.env, DELEGA_DEV: '1' } : process.env);
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
const applied = await migrateDatabase(db, orm, log);
if (applied.length) log.info({ applied }, 'migrations applied');
if (config.demoSeed) {
  const seeded = await seedIfEmpty(orm.em.fork());
  if (seeded) log.info('demo data seeded (see README for the demo accounts)');
}
const app = await createApp(config, log, orm, db);
const switches = {
  devMailbox: config.devMailbox,
  demoSeed: config.demoSeed,
  introspection: config.introspection,
};
if (Object.values(switches).some(Boolean)) log.warn(switches, 'development switches on');
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
    // Spans of the last requests are still batched: a SIGTERM must not drop them.
    await shutdownTelemetry();
  } finally {
    process.exit(0);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
