import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config/config.ts';
import type { Logger } from '../../common/logger.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { MailMessage } from './mail-message.entity.ts';
import { createMailTransport, type MailTransport } from './mail.transport.ts';
import { MailWorker } from './mail.worker.ts';
import { renderMail } from './templates/render.ts';
import type { MailRecipient, MailTemplateName, MailTemplates } from './mail.types.ts';

/** Enqueues e-mails in the caller's transaction (outbox); the delivery worker sends them. */
export class MailService {
  /** SendGrid when SENDGRID_API_KEY is set; otherwise the local mailbox (the outbox table itself). */
  readonly transport: MailTransport;

  constructor(
    private readonly deps: { config: Config; log: Logger; pubsub: PgPubSub; transport?: MailTransport },
  ) {
    this.transport = deps.transport ?? createMailTransport(deps.config);
  }

  /** The delivery loop for this process (registered by the mail module when workers are enabled). */
  createWorker(orm: MikroORM): MailWorker {
    const { config, log, pubsub } = this.deps;
    return new MailWorker({
      orm,
      log,
      pubsub,
      transport: this.transport,
      retryBaseMs: config.MAIL_RETRY_BASE_MS,
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
      pollMs: config.MAIL_POLL_MS,
      sendTimeoutMs: config.MAIL_SEND_TIMEOUT_MS,
    });
  }

  /**
   * Renders and enqueues a message. Call inside the transaction of the change that caused it, so
   * a rolled-back change sends nothing and a committed one is never lost.
   */
  async enqueue<T extends MailTemplateName>(
    em: EntityManager,
    template: T,
    to: MailRecipient,
    data: MailTemplates[T],
  ): Promise<MailMessage> {
    const rendered = renderMail(template, data, {
      portalUrl: this.deps.config.PORTAL_URL,
      inviteTtlHours: this.deps.config.INVITE_TTL_HOURS,
    });
    const message = em.create(MailMessage, {
      template,
      toEmail: to.email,
      toName: to.name ?? null,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      links: rendered.links,
    });
    em.persist(message);
    await em.flush();
    await this.deps.pubsub.notify(em, 'MAIL_QUEUED', {});
    return message;
  }
}
