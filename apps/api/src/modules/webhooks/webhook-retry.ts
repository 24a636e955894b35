// What to do after one delivery attempt. 2xx: delivered. 410 Gone: the receiver asks us to stop
// (the endpoint is disabled). 429 and 5xx (and network failures, timeouts): retried with exponential
// backoff and full jitter over about a day, at least as late as Retry-After. Other statuses are the
// receiver refusing the request: failed without retry. After the last attempt the delivery fails;
// an endpoint whose deliveries keep failing is disabled and its owner told (by the worker).

/** Ceilings of the waits before each retry (seconds): about 27 hours in all. */
export const RETRY_CEILINGS_S = [30, 120, 600, 1800, 3600, 7200, 14_400, 28_800, 43_200];
/** The first attempt plus one per ceiling. */
export const MAX_ATTEMPTS = RETRY_CEILINGS_S.length + 1;
/** A Retry-After beyond this is capped (a receiver cannot park a delivery for days). */
export const MAX_RETRY_AFTER_S = 43_200;

export type AttemptOutcome =
  | { kind: 'DELIVERED' }
  | { kind: 'DISABLE_ENDPOINT'; reason: string }
  /** `final`: the last attempt of a retriable failure (the endpoint keeps failing: disable it). */
  | { kind: 'FAILED'; reason: string; final?: boolean }
  | { kind: 'RETRY'; inSeconds: number; reason: string };

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/**
 * `attempt` counts from 1 (the attempt just made); `status` null for a network failure or timeout.
 * `random` in [0, 1) (injectable for tests).
 */
export function afterAttempt(opts: {
  attempt: number;
  status: number | null;
  retryAfter?: string | null;
  now?: Date;
  random?: () => number;
}): AttemptOutcome {
  const { attempt, status } = opts;
  if (status !== null && status >= 200 && status < 300) return { kind: 'DELIVERED' };
  if (status === 410) return { kind: 'DISABLE_ENDPOINT', reason: 'HTTP 410 Gone' };
  const retriable = status === null || status === 429 || status >= 500;
  const reason = status === null ? 'network error or timeout' : `HTTP ${status}`;
  if (!retriable) return { kind: 'FAILED', reason };
  if (attempt >= MAX_ATTEMPTS)
    return { kind: 'FAILED', reason: `${reason}; gave up after ${attempt} attempts`, final: true };
  const ceiling = RETRY_CEILINGS_S[attempt - 1]!;
  const jittered = Math.max(1, Math.round(ceiling * (opts.random ?? Math.random)()));
  const asked = retryAfterSeconds(opts.retryAfter, opts.now ?? new Date());
  const inSeconds = asked === null ? jittered : Math.max(jittered, Math.min(asked, MAX_RETRY_AFTER_S));
  return { kind: 'RETRY', inSeconds, reason };
}
