// Creates a service API key for another team:
//   pnpm --filter @delega/api api-key:create <name> [--scopes customers:write,installation-access:read]
// (default scope installation-access:read). The key is printed once; only its hash is stored.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';
import { ApiKeyService, parseScopes } from '../modules/api-keys/api-key.service.ts';

const argv = process.argv.slice(2);
const at = argv.indexOf('--scopes');
const name = argv.find((a, i) => !a.startsWith('--') && i !== at + 1);
const scopes = parseScopes(at >= 0 ? (argv[at + 1] ?? '') : 'installation-access:read');
if (!name || !/^[\w.-]{3,100}$/.test(name) || typeof scopes === 'string') {
  console.error(
    `usage: api-key:create <name> [--scopes a,b]   (name: 3–100 letters, digits, ".", "_" or "-")${typeof scopes === 'string' ? `\n${scopes}` : ''}`,
  );
  process.exit(2);
}
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  await migrate(orm);
  const { key, apiKey } = await new ApiKeyService().create(orm.em.fork(), name, scopes);
  console.log(
    `API key for "${apiKey.name}" (scopes ${apiKey.scopes.join(', ')}). Store it now; it is not shown again:\n${key}`,
  );
} finally {
  await orm.close();
  await db.stop();
}
