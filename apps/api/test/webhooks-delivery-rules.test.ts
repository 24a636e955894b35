// The delivery rules of webhooks, before the endpoints and the worker exist: Standard Webhooks
// signatures checked with the package's own verifier (both secrets during a rotation), the targets
// refused (private, loopback, link-local…), and what follows each attempt (retries, 410, give up).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { postWebhook } from '../src/modules/webhooks/webhook-http.ts';
import { afterAttempt, MAX_ATTEMPTS, RETRY_CEILINGS_S } from '../src/modules/webhooks/webhook-retry.ts';
import { newWebhookSecret, signDelivery } from '../src/modules/webhooks/webhook-signing.ts';
import { isPrivateAddress, parseTargetUrl, resolveTarget } from '../src/modules/webhooks/webhook-target.ts';

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({ type: 'grant.accepted', data: { grantId: '5f0c…' } });

  it('a delivery verifies with the standardwebhooks verifier', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signDelivery({ id: 'msg_1', at: new Date(), body, secrets: [secret] });
    expect(headers['webhook-signature']).toMatch(/^v1,/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('during a rotation both the new and the old secret verify; another secret or a changed body does not', () => {
    const [fresh, old] = [newWebhookSecret(), newWebhookSecret()];
    const headers = signDelivery({ id: 'msg_2', at: new Date(), body, secrets: [fresh, old] });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(fresh).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(old).verify(body, { ...headers })).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(fresh).verify(body.replace('accepted', 'ended'), { ...headers })).toThrow();
  });

  it('a stale timestamp is refused by the verifier (replay)', () => {
    const secret = newWebhookSecret();
    const headers = signDelivery({
      id: 'msg_3',
      at: new Date(Date.now() - 3600_000),
      body,
      secrets: [secret],
    });
    expect(() => new Webhook(secret).verify(body, { ...headers })).toThrow();
  });
});

/** The `url` field message of the VALIDATION_FAILED a call throws (or rejects with). */
async function urlProblem(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (err) {
    return String((err as { details?: { fields?: { url?: string } } }).details?.fields?.url);
  }
  return 'accepted';
}

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '200.147.67.142', '2001:4860:4860::8888'])('accepts the public %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('needs HTTPS and a public address unless private targets are allowed (tests: loopback)', async () => {
    expect(await urlProblem(() => parseTargetUrl('http://exemplo.com.br/hook', false))).toMatch(
      /HTTPS público/,
    );
    expect(await urlProblem(() => parseTargetUrl('nao é url', false))).toMatch(/URL completa/);
    expect(
      await urlProblem(() => resolveTarget(parseTargetUrl('https://127.0.0.1/hook', false), false)),
    ).toMatch(/HTTPS público/);
    expect(
      await urlProblem(() => resolveTarget(parseTargetUrl('https://[::1]:8443/hook', false), false)),
    ).toMatch(/HTTPS público/);
    await expect(resolveTarget(parseTargetUrl('http://127.0.0.1:9999/hook', true), true)).resolves.toEqual([
      '127.0.0.1',
    ]);
  });

  it('judges names by what they resolve to (localhost is loopback)', async () => {
    expect(await urlProblem(() => resolveTarget(new URL('https://localhost/hook'), false))).toMatch(
      /HTTPS público/,
    );
  });
});

describe('after a delivery attempt', () => {
  const half = () => 0.5;

  it('2xx is delivered; 410 disables the endpoint; other 4xx fail without retry', () => {
    expect(afterAttempt({ attempt: 1, status: 204 }).kind).toBe('DELIVERED');
    expect(afterAttempt({ attempt: 1, status: 410 }).kind).toBe('DISABLE_ENDPOINT');
    expect(afterAttempt({ attempt: 1, status: 400 }).kind).toBe('FAILED');
    expect(afterAttempt({ attempt: 1, status: 401 }).kind).toBe('FAILED');
  });

  it('429, 5xx and network failures are retried with growing, jittered waits over about a day', () => {
    for (const status of [429, 500, 503, null])
      expect(afterAttempt({ attempt: 1, status, random: half }).kind).toBe('RETRY');
    const waits = RETRY_CEILINGS_S.map((_, i) => {
      const o = afterAttempt({ attempt: i + 1, status: 503, random: () => 0.999 });
      return o.kind === 'RETRY' ? o.inSeconds : -1;
    });
    for (let i = 1; i < waits.length; i++) expect(waits[i]!).toBeGreaterThan(waits[i - 1]!);
    const total = RETRY_CEILINGS_S.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(20 * 3600);
    expect(total).toBeLessThan(30 * 3600);
    expect(afterAttempt({ attempt: MAX_ATTEMPTS, status: 503 }).kind).toBe('FAILED');
  });

  it('Retry-After is honoured (seconds or an HTTP date), within a cap', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const o = afterAttempt({ attempt: 1, status: 429, retryAfter: '120', now, random: half });
    expect(o).toMatchObject({ kind: 'RETRY', inSeconds: 120 });
    const d = afterAttempt({
      attempt: 1,
      status: 503,
      retryAfter: 'Tue, 01 Dec 2026 10:10:00 GMT',
      now,
      random: half,
    });
    expect(d).toMatchObject({ kind: 'RETRY', inSeconds: 600 });
    const capped = afterAttempt({
      attempt: 1,
      status: 429,
      retryAfter: String(30 * 86_400),
      now,
      random: half,
    });
    expect(capped).toMatchObject({ kind: 'RETRY', inSeconds: 43_200 });
  });
});

describe('DNS rebinding', () => {
  let receiver: http.Server;
  let port: number;
  const hits: Array<{ host: string | undefined; path: string | undefined }> = [];
  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      hits.push({ host: req.headers.host, path: req.url });
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

  /** A DNS server that answers `answers` in turn (the last one from then on), counting questions. */
  function rebinding(...answers: string[][]) {
    let asked = 0;
    return {
      resolve: (host: string) => {
        expect(host).toBe('hooks.example');
        return Promise.resolve(answers[Math.min(asked++, answers.length - 1)]!);
      },
      asked: () => asked,
    };
  }

  it('asks once and connects to exactly the address it checked, with the name as Host', async () => {
    // First answer: our receiver; any later one would send the request elsewhere (nothing listens there).
    const dns = rebinding(['127.0.0.1'], ['127.0.0.2']);
    const res = await postWebhook(new URL(`http://hooks.example:${port}/rebind`), {
      headers: { 'content-type': 'application/json' },
      body: '{}',
      timeoutMs: 10_000,
      allowPrivate: true,
      resolve: dns.resolve,
    });
    expect(res).toMatchObject({ status: 204, address: '127.0.0.1' });
    expect(dns.asked()).toBe(1);
    expect(hits.at(-1)).toEqual({ host: `hooks.example:${port}`, path: '/rebind' });
  });

  it('refuses a name any of whose addresses is private, without connecting', async () => {
    const before = hits.length;
    const dns = rebinding(['93.184.216.34', '127.0.0.1']);
    const problem = await urlProblem(() =>
      postWebhook(new URL(`https://hooks.example:${port}/x`), {
        headers: {},
        body: '{}',
        timeoutMs: 10_000,
        allowPrivate: false,
        resolve: dns.resolve,
      }),
    );
    expect(problem).toMatch(/HTTPS público/);
    expect(hits.length).toBe(before);
  });
});

describe('WEBHOOK_ALLOW_PRIVATE', () => {
  it('is refused in production (elsewhere an operator may allow loopback, as tests do)', () => {
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      SENDGRID_API_KEY: 'SG.x',
      MAIL_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 9).toString('base64')}`,
    };
    expect(loadConfig(prod).WEBHOOK_ALLOW_PRIVATE).toBe(false);
    expect(() => loadConfig({ ...prod, WEBHOOK_ALLOW_PRIVATE: '1' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE: not allowed in production/,
    );
    expect(loadConfig({ NODE_ENV: 'test', WEBHOOK_ALLOW_PRIVATE: '1' }).WEBHOOK_ALLOW_PRIVATE).toBe(true);
  });
});
