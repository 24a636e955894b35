// Makes an account an operator (the `admin` role: service keys), or takes the role back:
//   pnpm --filter @delega/api admin:grant <email> [--revoke]
// ADMIN_EMAILS admits operators too; this is for those not in configuration.
import { normalizeEmail } from '@delega/shared/people';
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';

const argv = process.argv.slice(2);
const email = argv.find((a) => !a.startsWith('--'));
const revoke = argv.includes('--revoke');
if (!email) {
  console.error('usage: admin:grant <email> [--revoke]');
  process.exit(2);
}
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
let code = 0;
try {
  await migrate(orm);
  const em = orm.em.fork();
  const sql = revoke
    ? `delete from admin_account where user_id in (select id from app_user where lower(email) = ?) returning user_id`
    : `insert into admin_account (user_id) select id from app_user where lower(email) = ?
         on conflict (user_id) do nothing returning user_id`;
  const rows = await em.execute<{ user_id: string }[]>(sql, [normalizeEmail(email)]);
  const known = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from app_user where lower(email) = ?`,
    [normalizeEmail(email)],
  );
  if (known[0]!.n === 0) {
    console.error('no account with that e-mail');
    code = 1;
  } else {
    console.log(
      revoke
        ? rows.length
          ? 'operator role removed'
          : 'was not an operator'
        : rows.length
          ? 'operator role granted'
          : 'already an operator',
    );
  }
} finally {
  await orm.close();
  await db.stop();
}
process.exit(code);
