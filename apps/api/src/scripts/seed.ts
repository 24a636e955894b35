// `pnpm --filter @delega/api db:seed`: migrates DATABASE_URL (or the embedded development database)
// and seeds the demo data if it has no users yet; then lists the demo accounts.
import { createLogger } from '../common/logger.ts';
import { loadConfig } from '../config/config.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedIfEmpty } from '../seeds/seed.ts';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  const applied = await migrate(orm);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const started = performance.now();
  const seeded = await seedIfEmpty(orm.em.fork());
  const ms = Math.round(performance.now() - started);
  console.log(seeded ? `Demo data seeded in ${ms} ms.` : 'The database already has users: nothing seeded.');
  console.log(`\nDemo accounts (password ${DEMO_PASSWORD}, e-mails verified):`);
  for (const a of DEMO_ACCOUNTS) {
    console.log(`  ${a.email.padEnd(22)} ${a.fullName.padEnd(28)} CPF ${a.cpf}\n      ${a.description}`);
  }
} finally {
  await orm.close();
  await db.stop();
}
