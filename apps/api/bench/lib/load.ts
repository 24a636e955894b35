// HTTP load: autocannon (10 connections by default) against one endpoint, GraphQL bodies built per
// request; a GraphQL `errors` answer counts as an error like a non-2xx status.
import autocannon from 'autocannon';
import { percentile } from '../stats.ts';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  /** First error answer, for the log. */
  sample: string | null;
  seconds: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** A new body for every request (rotating through prepared workloads), optionally with its own headers. */
  body: () => string | { body: string; headers: Record<string, string> };
  connections?: number;
  seconds: number;
}

export async function load(o: LoadOptions): Promise<LoadResult> {
  let sample: string | null = null;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: o.url,
    connections: o.connections ?? 10,
    duration: o.seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...o.headers },
    requests: [
      {
        setupRequest: (req) => {
          const b = o.body();
          return typeof b === 'string'
            ? { ...req, body: b }
            : { ...req, body: b.body, headers: { ...req.headers, ...b.headers } };
        },
      },
    ],
    verifyBody: (raw) => {
      const body = String(raw ?? '');
      const ok = !body.startsWith('{"errors"') && !body.includes('"errors":[');
      if (!ok) {
        graphqlErrors++;
        sample ??= body.slice(0, 400);
      }
      return ok;
    },
  });
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors,
    sample,
    seconds: result.duration,
  };
}

/**
 * Sequential requests (one at a time): p50/p99/max in ms of `n` runs after `warmup`; with `maxMs`,
 * stops early once that much time went by (after at least 3 runs), so a pathological size still ends.
 */
export async function sequential(
  fn: () => Promise<void>,
  { warmup, n, maxMs = Infinity }: { warmup: number; n: number; maxMs?: number },
): Promise<{ p50: number; p95: number; p99: number; max: number; times: number[] }> {
  const start = performance.now();
  for (let i = 0; i < warmup && performance.now() - start < maxMs; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i >= 3 && performance.now() - start > maxMs) break;
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: Math.max(...times),
    times,
  };
}

/** POSTs one GraphQL operation; throws on an `errors` answer. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: unknown }[] };
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data as T;
}

let ipCounter = 0;
/** Signs in over HTTP (each call from its own client address, so the per-IP limit stays out of the way). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const n = ++ipCounter;
  const data = await gql<{ signIn: { token: string } }>(
    url,
    'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password } },
    { 'x-forwarded-for': `10.77.${(n >> 8) & 255}.${n & 255}` },
  );
  return data.signIn.token;
}
