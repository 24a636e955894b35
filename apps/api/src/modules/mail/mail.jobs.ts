// The mail module's queues on the job system (modules/jobs). One `mail.send` job per attempt at a
// message; the message itself (sealed body, status, attempts) stays in `mail_message`.
import { defineQueue } from '../jobs/job-queue.ts';

export interface MailSendJob {
  messageId: string;
  /** The attempt this job makes (1 for the first); the row's `attempts` says which one is due. */
  attempt: number;
}

/**
 * A `mail.send` job whose handler kept failing (an unexpected error, or its worker lost mid-send
 * on every retry) lands here; its handler records the message FAILED.
 */
export const MAIL_SEND_DEAD = defineQueue<MailSendJob>({
  name: 'mail.send.dead',
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  leaseSeconds: 60,
});

/**
 * pg-boss's own retries only cover a lost worker or an unexpected error; a failed send is recorded
 * on the row and retried by a new job (so the delay honours Retry-After and MAIL_MAX_ATTEMPTS).
 * The lease is set from the configuration when the queues are declared (mailSendQueue).
 */
export function mailSendQueue(leaseSeconds: number) {
  return defineQueue<MailSendJob>({
    name: 'mail.send',
    retryLimit: 3,
    retryDelaySeconds: 1,
    retryBackoff: true,
    leaseSeconds,
    deadLetter: MAIL_SEND_DEAD.name,
  });
}

/** The queue's identity for enqueueing (its options come from mailSendQueue at start). */
export const MAIL_SEND = mailSendQueue(60);

/** Deletes delivered and failed rows past retention, every ten minutes. */
export const MAIL_RETENTION = defineQueue<Record<string, never>>({
  name: 'mail.retention',
  policy: 'exclusive',
  retryLimit: 0,
  retryDelaySeconds: 1,
  leaseSeconds: 300,
});

/** The lease of a send: it must outlast one SendGrid request by far, or a slow send is repeated. */
export function mailLeaseSeconds(config: { MAIL_LEASE_MS?: number; MAIL_SEND_TIMEOUT_MS: number }): number {
  const ms = config.MAIL_LEASE_MS ?? Math.max(30_000, config.MAIL_SEND_TIMEOUT_MS * 3);
  return Math.max(1, Math.ceil(ms / 1000));
}
