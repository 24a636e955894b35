// The webhook module's queues on the job system (modules/jobs). One `webhook.deliver` job per
// attempt at a delivery; the delivery itself (payload, status, attempts, the log) stays in
// `webhook_delivery`. A failed attempt is recorded on the row and retried by a NEW job scheduled at
// the backoff (full jitter, about a day in all, at least Retry-After): pg-boss's own retries only
// cover an unexpected error or a worker lost mid-attempt.
import { defineQueue } from '../jobs/job-queue.ts';

export interface WebhookDeliverJob {
  deliveryId: string;
  /** The attempt this job makes (1 for the first); the row's `attempts` says which one is due. */
  attempt: number;
}

/** A deliver job whose handler kept failing lands here; its handler records the delivery FAILED. */
export const WEBHOOK_DELIVER_DEAD = defineQueue<WebhookDeliverJob>({
  name: 'webhook.deliver.dead',
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  leaseSeconds: 60,
});

export const WEBHOOK_DELIVER = defineQueue<WebhookDeliverJob>({
  name: 'webhook.deliver',
  retryLimit: 3,
  retryDelaySeconds: 5,
  retryBackoff: true,
  // Far beyond one attempt (a 10 s timeout): a slow receiver is not sent to twice.
  leaseSeconds: 60,
  deadLetter: WEBHOOK_DELIVER_DEAD.name,
});

/** Days a delivery stays in the log (webhookDeliveries) once delivered or given up on. */
export const WEBHOOK_LOG_RETENTION_DAYS = 30;

/** Deletes finished deliveries past the log's retention, every half hour (one run at a time). */
export const WEBHOOK_RETENTION = defineQueue<Record<string, never>>({
  name: 'webhook.retention',
  policy: 'exclusive',
  retryLimit: 0,
  retryDelaySeconds: 1,
  leaseSeconds: 300,
});
