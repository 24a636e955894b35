// Operators: `pnpm --filter @delega/api mail:report [--duplicates] [limit]`. Lists the e-mails that
// could not be delivered (default) or that were possibly sent twice, newest first, recipients masked.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, resolveDatabase } from '../db/database.ts';
import { mailReport } from '../modules/mail/mail-report.ts';

const args = process.argv.slice(2);
const kind = args.includes('--duplicates') ? 'duplicates' : 'failed';
const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  for (const line of await mailReport(orm.em.fork(), kind, limit)) console.log(line);
} finally {
  await orm.close();
  await db.stop();
}
