// The outbox as tests read it: rows opened with the process's own keys (bodies are sealed at rest).
import type { TestApi } from './harness.ts';

export interface OutboxRow {
  id: string;
  template: string;
  to_email: string;
  status: string;
  subject: string | null;
  text: string;
  html: string;
  links: string[];
}

/** Messages, oldest first, optionally for one address and/or one template. A dropped body reads empty. */
export async function outboxRows(
  api: TestApi,
  filter: { to?: string; template?: string } = {},
): Promise<OutboxRow[]> {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.to) {
    where.push('to_email = ?');
    params.push(filter.to);
  }
  if (filter.template) {
    where.push('template = ?');
    params.push(filter.template);
  }
  const rows = await api.orm.em.fork().execute<
    Array<{
      id: string;
      template: string;
      to_email: string;
      status: string;
      sealed: string | null;
      key_id: string | null;
    }>
  >(
    `select id, template, to_email, status, sealed, key_id from mail_message
        ${where.length ? `where ${where.join(' and ')}` : ''} order by created_at, id`,
    params,
  );
  return rows.map((r) => {
    const body = api.app.services.mail.open({ id: r.id, sealed: r.sealed, keyId: r.key_id });
    return {
      id: r.id,
      template: r.template,
      to_email: r.to_email,
      status: r.status,
      subject: body?.subject ?? null,
      text: body?.text ?? '',
      html: body?.html ?? '',
      links: body?.links ?? [],
    };
  });
}
