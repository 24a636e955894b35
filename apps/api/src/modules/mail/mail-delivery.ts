// Delivers the outbox through the job system: one `mail.send` job per attempt at a `mail_message`.
// The row says which attempt is due; a job claims it (status SENDING, committed before the send)
// only when its attempt is the due one, so a stale or repeated job sends nothing. A job that finds
// the row still SENDING at its own attempt was left mid-send by a lost worker (its lease expired):
// it sends again and records the message as a possible duplicate (SendGrid has no idempotent send).
// So does the attempt after a send that timed out (SendGrid may have taken it without answering):
// `duplicate_of_attempt` names the attempt whose outcome is unknown, `possible_duplicate` says a
// send followed it.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import type { JobQueue, RunningJob } from '../jobs/job-queue.ts';
import { maskEmail, MailSealError, openMail } from './mail-sealing.ts';
import { MAIL_SEND, MAIL_SEND_DEAD, type MailSendJob } from './mail.jobs.ts';
import { MailTransportError, type MailTransport, type OutgoingMail } from './mail.transport.ts';

export interface MailDeliveryOptions {
  orm: MikroORM;
  log: Logger;
  jobs: JobQueue;
  transport: MailTransport;
  /** Opens the sealed bodies. */
  keys: MailKeyring;
  /** Keep a delivered message's body (the development mailbox shows it); otherwise it is dropped. */
  keepDelivered: boolean;
  /** Rows older than this (SENT or FAILED) are deleted by the sweep. */
  retentionDays: number;
  /** First retry delay; doubles per attempt, with jitter. */
  retryBaseMs: number;
  /** Attempts before a message is FAILED. */
  maxAttempts: number;
  /** The send job's lease (ms): a QUEUED row without a job for longer than this is adopted. */
  leaseMs: number;
}

interface ClaimedRow {
  id: string;
  template: string;
  to_email: string;
  to_name: string | null;
  sealed: string | null;
  key_id: string | null;
  attempts: number;
  /** The same attempt again: its first send was left unfinished by a lost worker. */
  resumed: boolean;
  /** The previous attempt's send timed out: it may have been delivered. */
  after_unknown: boolean;
}

const MAX_DELAY_MS = 3600_000;

/** Exponential backoff with jitter: base·2^(attempt−1), scaled by a random factor in [0.5, 1]. */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}

export class MailDelivery {
  constructor(private readonly o: MailDeliveryOptions) {}

  private em() {
    return this.o.orm.em.fork();
  }

  /** The `mail.send` handler: one attempt at one message. */
  async send(job: RunningJob<MailSendJob>): Promise<void> {
    const row = await this.claim(job.data);
    if (!row) return; // already sent, failed, or another attempt is due: nothing to do
    if (row.resumed) {
      this.o.log.warn(
        { mailId: row.id, template: row.template, attempts: row.attempts, jobId: job.id },
        'mail send resumed after a lost worker: possible duplicate',
      );
    }
    const mail = this.outgoing(row);
    if (mail instanceof MailTransportError) return this.recordFailure(row, mail);
    let providerMessageId: string | null;
    try {
      ({ providerMessageId } = await this.o.transport.send(mail));
    } catch (err) {
      const e =
        err instanceof MailTransportError
          ? err
          : new MailTransportError(`unexpected: ${(err as Error)?.message ?? String(err)}`, true);
      return this.recordFailure(row, e);
    }
    await this.recordSent(row, providerMessageId);
  }

  private async claim({ messageId, attempt }: MailSendJob): Promise<ClaimedRow | null> {
    const rows = await this.em().execute<ClaimedRow[]>(
      `update mail_message m
          set status = 'SENDING', attempts = ?,
              possible_duplicate = m.possible_duplicate or m.status = 'SENDING'
                                   or coalesce(m.duplicate_of_attempt = m.attempts, false),
              duplicate_of_attempt = case when m.status = 'SENDING' then m.attempts else m.duplicate_of_attempt end,
              next_attempt_at = now() + (? * interval '1 millisecond')
        where m.id = ?
          and ((m.status = 'QUEUED' and m.attempts = ?) or (m.status = 'SENDING' and m.attempts = ?))
    returning m.id, m.template, m.to_email, m.to_name, m.sealed, m.key_id, m.attempts,
              coalesce(m.possible_duplicate and m.duplicate_of_attempt = m.attempts, false) as resumed,
              coalesce(m.possible_duplicate and m.duplicate_of_attempt = m.attempts - 1, false) as after_unknown`,
      [attempt, this.o.leaseMs, messageId, attempt - 1, attempt],
    );
    return rows[0] ?? null;
  }

  /** The message to hand to the transport; a failure (never retried) when the body cannot be opened. */
  private outgoing(row: ClaimedRow): OutgoingMail | MailTransportError {
    if (!row.sealed || !row.key_id) return new MailTransportError('body no longer stored', false);
    try {
      const body = openMail(this.o.keys, row.id, { keyId: row.key_id, sealed: row.sealed });
      return { id: row.id, template: row.template, toEmail: row.to_email, toName: row.to_name, ...body };
    } catch (err) {
      return new MailTransportError(err instanceof MailSealError ? err.message : 'body does not open', false);
    }
  }

  private async recordSent(row: ClaimedRow, providerMessageId: string | null): Promise<void> {
    // Guarded by status and attempt: a SENT row is never touched again, so it is never re-sent.
    // Unless the development mailbox shows it, the body (and its working links) goes, and the
    // address is masked.
    await this.em().execute(
      this.o.keepDelivered
        ? `update mail_message set status = 'SENT', sent_at = now(), provider_message_id = ?, last_error = null
            where id = ? and status = 'SENDING' and attempts = ?`
        : `update mail_message set status = 'SENT', sent_at = now(), provider_message_id = ?, last_error = null,
                  sealed = null, key_id = null, to_name = null, to_email = ?
            where id = ? and status = 'SENDING' and attempts = ?`,
      this.o.keepDelivered
        ? [providerMessageId, row.id, row.attempts]
        : [providerMessageId, maskEmail(row.to_email), row.id, row.attempts],
    );
    this.o.log.info(
      {
        mailId: row.id,
        template: row.template,
        attempts: row.attempts,
        transport: this.o.transport.name,
        providerMessageId,
        possibleDuplicate: row.resumed || row.after_unknown,
      },
      'mail sent',
    );
  }

  private async recordFailure(row: ClaimedRow, e: MailTransportError): Promise<void> {
    const reason = e.reason.slice(0, 1000);
    if (!e.retryable || row.attempts >= this.o.maxAttempts) {
      const final = e.retryable ? `${reason} (gave up after ${row.attempts} attempts)` : reason;
      await this.em().execute(
        `update mail_message set status = 'FAILED', last_error = ?
          where id = ? and status = 'SENDING' and attempts = ?`,
        [final, row.id, row.attempts],
      );
      this.o.log.error(
        { mailId: row.id, template: row.template, attempts: row.attempts, reason: final },
        'mail delivery failed',
      );
      return;
    }
    const backoff = backoffMs(row.attempts, this.o.retryBaseMs);
    const delay = Math.min(
      MAX_DELAY_MS,
      e.retryAfterMs !== null ? Math.max(e.retryAfterMs, backoff) : backoff,
    );
    // The row goes back to QUEUED and the next attempt's job is created in one transaction.
    await this.em().transactional(async (em) => {
      const moved = await em.execute<{ id: string }[]>(
        `update mail_message set status = 'QUEUED', last_error = ?, next_attempt_at = now() + (? * interval '1 millisecond'),
                duplicate_of_attempt = case when ? then attempts else duplicate_of_attempt end
          where id = ? and status = 'SENDING' and attempts = ?
      returning id`,
        [reason, delay, e.outcomeUnknown, row.id, row.attempts],
      );
      if (moved.length === 0) return;
      await this.o.jobs.enqueue(
        em,
        MAIL_SEND,
        { messageId: row.id, attempt: row.attempts + 1 },
        { startAfterMs: delay },
      );
    });
    this.o.log.warn(
      { mailId: row.id, template: row.template, attempts: row.attempts, delayMs: delay, reason },
      'mail send failed; will retry',
    );
  }

  /** The dead-letter handler: a send job that kept failing leaves its message FAILED. */
  async giveUp(job: RunningJob<MailSendJob>): Promise<void> {
    const { messageId, attempt } = job.data;
    const rows = await this.em().execute<{ id: string; template: string }[]>(
      `update mail_message
          set status = 'FAILED',
              last_error = coalesce(last_error || ' / ', '') || 'gave up: the delivery job failed repeatedly'
        where id = ? and status in ('QUEUED', 'SENDING') and attempts in (?, ?)
    returning id, template`,
      [messageId, attempt, attempt - 1],
    );
    for (const r of rows) {
      this.o.log.error(
        { mailId: r.id, template: r.template, reason: 'delivery job failed repeatedly' },
        'mail delivery failed',
      );
    }
  }

  /**
   * The scheduled sweep: deletes delivered and failed rows past retention (the personal data they
   * still hold goes too), and gives a job to any unsent row that has none (rows queued before the
   * job system, or a job deleted by hand), so no message waits forever.
   */
  async sweep(): Promise<void> {
    const deleted = await this.em().execute<{ id: string }[]>(
      `delete from mail_message
        where created_at < now() - (? * interval '1 day') and status in ('SENT', 'FAILED')
    returning id`,
      [this.o.retentionDays],
    );
    if (deleted.length) this.o.log.info({ deleted: deleted.length }, 'mail retention sweep');
    await this.adoptOrphans();
  }

  private async adoptOrphans(): Promise<void> {
    await this.em().transactional(async (em) => {
      const rows = await em.execute<{ id: string; attempts: number; status: string }[]>(
        `select m.id, m.attempts, m.status from mail_message m
          where m.status in ('QUEUED', 'SENDING')
            and m.next_attempt_at < now() - (? * interval '1 millisecond')
            and not exists (select 1 from pgboss.job j
                             where j.name in (?, ?) and j.state < 'completed' and j.data ->> 'messageId' = m.id::text)
          order by m.next_attempt_at
          limit 500
          for update of m skip locked`,
        [this.o.leaseMs * 2, MAIL_SEND.name, MAIL_SEND_DEAD.name],
      );
      for (const r of rows) {
        // A QUEUED row's next attempt; a SENDING one resumes its own attempt (a possible duplicate).
        const attempt = r.status === 'SENDING' ? r.attempts : r.attempts + 1;
        await this.o.jobs.enqueue(em, MAIL_SEND, { messageId: r.id, attempt });
      }
      if (rows.length)
        this.o.log.warn({ adopted: rows.length }, 'mail rows without a delivery job re-queued');
    });
  }
}
