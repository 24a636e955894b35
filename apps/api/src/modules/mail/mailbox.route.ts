// Development mailbox: the outbox as JSON, newest first (the portal shows it at /dev/mailbox).
// Registered only when switched on (DEV_MAILBOX or DELEGA_DEV; never with SendGrid or in production).
import type { Route } from '../../app/module.ts';
import { sendJson } from '../../http/http-utils.ts';
import { MailMessage } from './mail-message.entity.ts';

export const MAILBOX_LIMIT = 200;

export const mailboxRoute: Route = {
  method: 'GET',
  path: /^\/dev\/mailbox\/?$/,
  devOnly: true,
  async handle(req, res, _params, ctx) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const to = url.searchParams.get('to')?.trim().toLowerCase();
    const rows = await ctx.em.find(MailMessage, to ? { toEmail: to } : {}, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: MAILBOX_LIMIT,
    });
    sendJson(res, 200, {
      messages: rows.map((m) => {
        const body = ctx.services.mail.open(m);
        return {
          id: m.id,
          template: m.template,
          to: m.toEmail,
          toName: m.toName ?? null,
          subject: body?.subject ?? null,
          text: body?.text ?? null,
          html: body?.html ?? null,
          links: body?.links ?? [],
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError ?? null,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        };
      }),
    });
  },
};
