// Lists e-mails that could not be delivered: `node --import @oxc-node/core/register src/scripts/mail-failed.ts [limit]`.
// Shows ids, template, attempts and the recorded reason; recipients are masked.
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { initOrm, resolveDatabase } from '../db/database.ts';

const limit = Math.min(1000, Math.max(1, Number(process.argv[2] ?? 100) || 100));
const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
try {
  const rows = await orm.em.fork().execute<
    Array<{
      id: string;
      template: string;
      to_email: string;
      attempts: number;
      last_error: string | null;
      created_at: Date;
    }>
  >(
    `select id, template, to_email, attempts, last_error, created_at from mail_message
      where status = 'FAILED' order by created_at desc limit ?`,
    [limit],
  );
  if (rows.length === 0) console.log('No failed e-mails.');
  for (const r of rows) {
    const [user, domain] = r.to_email.split('@');
    const masked = `${user!.slice(0, 2)}***@${domain}`;
    console.log(
      `${new Date(r.created_at).toISOString()}  ${r.id}  ${r.template}  to ${masked}  attempts ${r.attempts}\n    ${r.last_error ?? '(no reason recorded)'}`,
    );
  }
} finally {
  await orm.close();
  await db.stop();
}
