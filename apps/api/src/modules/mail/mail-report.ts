// What an operator on call asks of the outbox (`pnpm --filter @delega/api mail:report`): the e-mails
// that could not be delivered, and those that may have reached their recipient twice (a send whose
// outcome was unknown, sent again: SendGrid has no idempotent send). Recipients are masked.
import type { EntityManager } from '@mikro-orm/postgresql';
import { maskEmail } from './mail-sealing.ts';

export type MailReportKind = 'failed' | 'duplicates';

interface ReportRow {
  id: string;
  template: string;
  to_email: string;
  status: string;
  attempts: number;
  last_error: string | null;
  duplicate_of_attempt: number | null;
  created_at: Date;
}

const WHERE: Record<MailReportKind, string> = {
  failed: `status = 'FAILED'`,
  duplicates: `possible_duplicate`,
};

/** The newest `limit` messages of the kind, one or two lines each, ready to print. */
export async function mailReport(em: EntityManager, kind: MailReportKind, limit: number): Promise<string[]> {
  const rows = await em.execute<ReportRow[]>(
    `select id, template, to_email, status, attempts, last_error, duplicate_of_attempt, created_at
       from mail_message where ${WHERE[kind]} order by created_at desc limit ?`,
    [Math.min(1000, Math.max(1, Math.trunc(limit) || 100))],
  );
  if (rows.length === 0) {
    return [kind === 'failed' ? 'No failed e-mails.' : 'No e-mail was possibly sent twice.'];
  }
  return rows.map((r) => {
    const head = `${new Date(r.created_at).toISOString()}  ${r.id}  ${r.template}  to ${maskEmail(r.to_email)}  ${r.status}  attempts ${r.attempts}`;
    const detail =
      kind === 'failed'
        ? (r.last_error ?? '(no reason recorded)')
        : `attempt ${r.duplicate_of_attempt ?? '?'} may have been delivered before it was sent again`;
    return `${head}\n    ${detail}`;
  });
}
