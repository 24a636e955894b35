// Creates a service API key for another team: `pnpm --filter @delega/api api-key:create <name>`.
// The key is printed once; only its hash is stored.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';
import { ApiKeyService } from '../modules/api-keys/api-key.service.ts';

const name = process.argv[2];
if (!name || !/^[\w.-]{3,100}$/.test(name)) {
  console.error('usage: api-key:create <name>   (3–100 letters, digits, ".", "_" or "-")');
  process.exit(2);
}
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  await migrate(orm);
  const { key, apiKey } = await new ApiKeyService().create(orm.em.fork(), name, ['installation-access:read']);
  console.log(
    `API key for "${apiKey.name}" (scope installation-access:read). Store it now; it is not shown again:\n${key}`,
  );
} finally {
  await orm.close();
  await db.stop();
}
