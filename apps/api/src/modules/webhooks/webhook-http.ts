// One webhook POST, safe against DNS rebinding: the target's name is resolved ONCE per delivery,
// every address it gave is checked (private, loopback, link-local… refused unless allowed), and the
// connection goes to exactly the address checked — the socket's own lookup returns it, so a second
// DNS answer (a short TTL pointing at 127.0.0.1 or the cloud metadata address) is never asked for.
// TLS still verifies the certificate against the URL's host name (SNI and Host header unchanged).
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { resolveTarget, resolveHost, type ResolveHost } from './webhook-target.ts';

/** What the receiver answered. */
export interface WebhookResponse {
  status: number;
  retryAfter: string | null;
  /** The address the request went to (the one checked). */
  address: string;
}

/** Answers the connection's lookup with the one address already checked. */
function pinnedLookup(address: string): LookupFunction {
  const family = isIP(address) === 6 ? 6 : 4;
  return (_host, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

/**
 * POSTs `body` to `url`, connecting to the first address the name resolved to (all of them checked).
 * Rejects on a refused target (VALIDATION_FAILED), a network failure or the timeout; redirects are
 * not followed (a 3xx is the answer).
 */
export async function postWebhook(
  url: URL,
  opts: {
    headers: Record<string, string>;
    body: string;
    timeoutMs: number;
    allowPrivate: boolean;
    resolve?: ResolveHost;
    /** Aborts the request (the job's lease was lost, the process stops). */
    signal?: AbortSignal;
  },
): Promise<WebhookResponse> {
  const [address] = await resolveTarget(url, opts.allowPrivate, opts.resolve ?? resolveHost);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) },
        lookup: pinnedLookup(address!),
        // A fresh connection per delivery: a pooled socket could have been opened to another address.
        agent: false,
        signal: opts.signal
          ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), opts.signal])
          : AbortSignal.timeout(opts.timeoutMs),
      },
      (res) => {
        // The answer's body is not read beyond draining it.
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : null,
            address: address!,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
