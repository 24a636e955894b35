// Delivers the outbox. Runs in every API process: rows are claimed with FOR UPDATE SKIP LOCKED and
// leased (status SENDING, next_attempt_at = lease end), so processes never send the same row twice
// and a row held by a crashed process is picked up again when its lease expires.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Worker } from '../../app/module.ts';
import type { Logger } from '../../common/logger.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import type { MailKeyring } from '../../config/mail-keys.ts';
import { maskEmail, MailSealError, openMail } from './mail-sealing.ts';
import { MailTransportError, type MailTransport, type OutgoingMail } from './mail.transport.ts';

export interface MailWorkerOptions {
  orm: MikroORM;
  log: Logger;
  pubsub: PgPubSub;
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
  /** Poll period (the MAIL_QUEUED notification wakes the worker sooner). */
  pollMs: number;
  /** Transport timeout: the lease must outlast one send. */
  sendTimeoutMs: number;
  batchSize?: number;
}

interface ClaimedRow {
  id: string;
  template: string;
  to_email: string;
  to_name: string | null;
  sealed: string | null;
  key_id: string | null;
  attempts: number;
}

const MAX_DELAY_MS = 3600_000;
/** The retention sweep runs at most this often per process (and on a process's first pass). */
const SWEEP_EVERY_MS = 10 * 60_000;

/** Exponential backoff with jitter: base·2^(attempt−1), scaled by a random factor in [0.5, 1]. */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  const exp = Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.5 + random() * 0.5));
}

export class MailWorker implements Worker {
  readonly name = 'mail-delivery';
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private stopped = true;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private lastSweep = 0;

  constructor(private readonly o: MailWorkerOptions) {
    this.batchSize = o.batchSize ?? 10;
    this.leaseMs = Math.max(30_000, o.sendTimeoutMs * 3);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.o.pubsub.on('MAIL_QUEUED', () => this.wake());
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // A send in flight finishes (bounded by the transport timeout) so its row is not left leased.
    if (this.running) {
      await Promise.race([
        this.running,
        new Promise((r) => setTimeout(r, this.o.sendTimeoutMs + 1000).unref()),
      ]);
    }
  }

  /** Drain now (coalesces: a wake during a drain causes one more pass). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    let nextMs = this.o.pollMs;
    this.running = this.drain()
      .then((ms) => {
        nextMs = ms;
      })
      .catch((err: unknown) => this.o.log.error({ err }, 'mail worker pass failed'))
      .finally(() => {
        this.running = null;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else {
          this.schedule(nextMs);
        }
      });
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), Math.max(0, ms));
    this.timer.unref();
  }

  /** Claims and sends batches until nothing is due; returns when to look again (ms). */
  async drain(): Promise<number> {
    await this.failExhaustedLeases();
    await this.sweepSometimes();
    let nextWakeMs = this.o.pollMs;
    while (!this.stopped) {
      const rows = await this.claim();
      if (rows.length === 0) break;
      const delays = await Promise.all(rows.map((r) => this.deliver(r)));
      // A retry due before the next poll wakes this process for it.
      for (const d of delays) if (d !== null) nextWakeMs = Math.min(nextWakeMs, d);
    }
    return nextWakeMs;
  }

  private em() {
    return this.o.orm.em.fork();
  }

  private async claim(): Promise<ClaimedRow[]> {
    return this.em().execute<ClaimedRow[]>(
      `update mail_message m
          set status = 'SENDING', attempts = m.attempts + 1,
              next_attempt_at = now() + (? * interval '1 millisecond')
        where m.id in (
              select id from mail_message
               where status in ('QUEUED', 'SENDING') and next_attempt_at <= now() and attempts < ?
               order by next_attempt_at
               limit ?
               for update skip locked)
    returning m.id, m.template, m.to_email, m.to_name, m.sealed, m.key_id, m.attempts`,
      [this.leaseMs, this.o.maxAttempts, this.batchSize],
    );
  }

  /** A row whose lease expired on its last attempt (the process died mid-send) is not sent again. */
  private async failExhaustedLeases(): Promise<void> {
    const rows = await this.em().execute<{ id: string; template: string }[]>(
      `update mail_message
          set status = 'FAILED', last_error = coalesce(last_error || ' / ', '') || 'lease expired on the last attempt'
        where status = 'SENDING' and next_attempt_at <= now() and attempts >= ?
    returning id, template`,
      [this.o.maxAttempts],
    );
    for (const r of rows) {
      this.o.log.error(
        { mailId: r.id, template: r.template, reason: 'lease expired on the last attempt' },
        'mail delivery failed',
      );
    }
  }

  /** Deletes delivered and failed rows past retention: the personal data they still hold goes too. */
  private async sweepSometimes(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    const rows = await this.em().execute<{ id: string }[]>(
      `delete from mail_message
        where created_at < now() - (? * interval '1 day') and status in ('SENT', 'FAILED')
    returning id`,
      [this.o.retentionDays],
    );
    if (rows.length) this.o.log.info({ deleted: rows.length }, 'mail retention sweep');
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

  /** Sends one claimed row and records the outcome; returns the retry delay when one was scheduled. */
  private async deliver(row: ClaimedRow): Promise<number | null> {
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
    // Guarded by status: a SENT row is never touched again, so it is never re-sent. Unless the
    // development mailbox shows it, the body (and its working links) goes, and the address is masked.
    await this.em().execute(
      this.o.keepDelivered
        ? `update mail_message set status = 'SENT', sent_at = now(), provider_message_id = ?, last_error = null
            where id = ? and status = 'SENDING'`
        : `update mail_message set status = 'SENT', sent_at = now(), provider_message_id = ?, last_error = null,
                  sealed = null, key_id = null, to_name = null, to_email = ?
            where id = ? and status = 'SENDING'`,
      this.o.keepDelivered
        ? [providerMessageId, row.id]
        : [providerMessageId, maskEmail(row.to_email), row.id],
    );
    this.o.log.info(
      {
        mailId: row.id,
        template: row.template,
        attempts: row.attempts,
        transport: this.o.transport.name,
        providerMessageId,
      },
      'mail sent',
    );
    return null;
  }

  private async recordFailure(row: ClaimedRow, e: MailTransportError): Promise<number | null> {
    const reason = e.reason.slice(0, 1000);
    if (!e.retryable || row.attempts >= this.o.maxAttempts) {
      const final = e.retryable ? `${reason} (gave up after ${row.attempts} attempts)` : reason;
      await this.em().execute(
        `update mail_message set status = 'FAILED', last_error = ? where id = ? and status = 'SENDING'`,
        [final, row.id],
      );
      this.o.log.error(
        { mailId: row.id, template: row.template, attempts: row.attempts, reason: final },
        'mail delivery failed',
      );
      return null;
    }
    const backoff = backoffMs(row.attempts, this.o.retryBaseMs);
    const delay = Math.min(
      MAX_DELAY_MS,
      e.retryAfterMs !== null ? Math.max(e.retryAfterMs, backoff) : backoff,
    );
    await this.em().execute(
      `update mail_message set status = 'QUEUED', last_error = ?, next_attempt_at = now() + (? * interval '1 millisecond')
        where id = ? and status = 'SENDING'`,
      [reason, delay, row.id],
    );
    this.o.log.warn(
      { mailId: row.id, template: row.template, attempts: row.attempts, delayMs: delay, reason },
      'mail send failed; will retry',
    );
    return delay;
  }
}
