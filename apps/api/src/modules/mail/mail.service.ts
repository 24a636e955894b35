import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { brandOf, ConfigError, type Config } from '../../config/config.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import type { Logger } from '../../common/logger.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { MailMessage } from './mail-message.entity.ts';
import { openMail, sealMail, type MailBody } from './mail-sealing.ts';
import { createMailTransport, type MailTransport } from './mail.transport.ts';
import { MailDelivery } from './mail-delivery.ts';
import { MAIL_SEND, mailLeaseSeconds } from './mail.jobs.ts';
import { renderMail } from './templates/render.ts';
import type { MailRecipient, MailTemplateName, MailTemplates } from './mail.types.ts';

/** Enqueues e-mails in the caller's transaction (outbox row + `mail.send` job); mail-delivery.ts sends them. */
export class MailService {
  /** SendGrid when SENDGRID_API_KEY is set; otherwise the local mailbox (the outbox table itself). */
  readonly transport: MailTransport;
  /** Seals bodies at rest (MAIL_ENCRYPTION_KEYS). */
  readonly keys: MailKeyring;

  constructor(
    private readonly deps: { config: Config; log: Logger; jobs: JobQueue; transport?: MailTransport },
  ) {
    if (!deps.config.mailKeys) {
      throw new ConfigError([
        'MAIL_ENCRYPTION_KEYS: required (id:base64 of 32 random bytes); only development and tests have a default key',
      ]);
    }
    this.keys = deps.config.mailKeys;
    this.transport = deps.transport ?? createMailTransport(deps.config);
    if (this.transport.name === 'local-mailbox' && !deps.config.devMailbox) {
      deps.log.warn('no SENDGRID_API_KEY and no development mailbox: e-mails are recorded, not delivered');
    }
  }

  /** The job handlers' side of delivery (registered by the mail module where workers run). */
  createDelivery(orm: MikroORM): MailDelivery {
    const { config, log, jobs } = this.deps;
    return new MailDelivery({
      orm,
      log,
      jobs,
      transport: this.transport,
      keys: this.keys,
      // The development mailbox shows delivered messages: only then are their bodies kept.
      keepDelivered: config.devMailbox,
      retentionDays: config.MAIL_RETENTION_DAYS,
      retryBaseMs: config.MAIL_RETRY_BASE_MS,
      maxAttempts: config.MAIL_MAX_ATTEMPTS,
      leaseMs: mailLeaseSeconds(config) * 1000,
    });
  }

  /**
   * Renders, seals and enqueues a message. Call inside the transaction of the change that caused
   * it, so a rolled-back change sends nothing and a committed one is never lost.
   */
  async enqueue<T extends MailTemplateName>(
    em: EntityManager,
    template: T,
    to: MailRecipient,
    data: MailTemplates[T],
  ): Promise<MailMessage> {
    if (!em.isInTransaction()) {
      // The row and its job commit together; the caller's pending changes are flushed first, as before.
      await em.flush();
      return em.transactional((tx) => this.enqueue(tx, template, to, data));
    }
    const rendered = renderMail(template, data, {
      portalUrl: this.deps.config.PORTAL_URL,
      inviteTtlHours: this.deps.config.INVITE_TTL_HOURS,
      brand: brandOf(this.deps.config),
    });
    const message = em.create(MailMessage, { template, toEmail: to.email, toName: to.name ?? null });
    const { keyId, sealed } = sealMail(this.keys, message.id, rendered);
    message.keyId = keyId;
    message.sealed = sealed;
    em.persist(message);
    await em.flush();
    await this.deps.jobs.enqueue(em, MAIL_SEND, { messageId: message.id, attempt: 1 });
    return message;
  }

  /** The body of a stored message, or null once it was dropped (delivered). */
  open(message: Pick<MailMessage, 'id' | 'sealed' | 'keyId'>): MailBody | null {
    if (!message.sealed || !message.keyId) return null;
    return openMail(this.keys, message.id, { keyId: message.keyId, sealed: message.sealed });
  }
}
