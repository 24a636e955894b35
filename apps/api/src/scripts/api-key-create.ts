// Creates a service API key for another team (a thin wrapper over ApiKeyService, as createServiceKey):
//   pnpm --filter @delega/api api-key:create <name> [--scopes customers:write,installation-access:read]
//        [--team <team>] [--contact <e-mail>] [--rate-limit <per minute>]
// (default scope installation-access:read). The key is printed once; only its hash is stored.
import { checkEmail } from '@delega/shared/people';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';
import { ApiKeyService, parseScopes } from '../modules/api-keys/api-key.service.ts';

const argv = process.argv.slice(2);
const OPTIONS = ['--scopes', '--team', '--contact', '--rate-limit'];
const option = (flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  return at >= 0 ? (argv[at + 1] ?? '') : undefined;
};
const name = argv.find((a, i) => !a.startsWith('--') && !OPTIONS.includes(argv[i - 1] ?? ''));
const scopes = parseScopes(option('--scopes') ?? 'installation-access:read');
const contact = option('--contact');
const email = contact === undefined ? null : checkEmail(contact);
const limitText = option('--rate-limit');
const limit = limitText === undefined ? null : Number(limitText);
const problems = [
  ...(typeof scopes === 'string' ? [scopes] : []),
  ...(email && !email.ok ? [`--contact: ${email.message}`] : []),
  ...(limit !== null && !(Number.isInteger(limit) && limit >= 1) ? ['--rate-limit: a whole number ≥ 1'] : []),
];
if (!name || !/^[\w.-]{3,100}$/.test(name) || problems.length > 0) {
  console.error(
    `usage: api-key:create <name> [--scopes a,b] [--team t] [--contact e-mail] [--rate-limit n]   (name: 3–100 letters, digits, ".", "_" or "-")${problems.map((p) => `\n${p}`).join('')}`,
  );
  process.exit(2);
}
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  await migrate(orm);
  const { key, apiKey } = await new ApiKeyService().create(
    orm.em.fork(),
    name,
    scopes as Exclude<typeof scopes, string>,
    {
      team: option('--team') ?? null,
      contactEmail: email?.ok ? email.value : null,
      rateLimitPerMinute: limit,
    },
  );
  console.log(
    `API key for "${apiKey.name}" (scopes ${apiKey.scopes.join(', ')}). Store it now; it is not shown again:\n${key}`,
  );
} finally {
  await orm.close();
  await db.stop();
}
