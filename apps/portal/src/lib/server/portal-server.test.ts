// The portal's real HTTP server (what server.js runs) in front of a fake API that records what reached
// it: which paths are forwarded, which client address the API is told, and the security headers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeApi, portal, rawRequest, rawUpgrade } from './testing/fake-upstream.ts';

const GRANT = '0b6d2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const BILL = '7c1e9a40-5b3d-4f2a-9e8c-1d2c3b4a5f60';
const json = { accept: 'application/json' };

let api: Awaited<ReturnType<typeof fakeApi>>;
let dev: Awaited<ReturnType<typeof portal>>;
let production: Awaited<ReturnType<typeof portal>>;

beforeAll(async () => {
  api = await fakeApi();
  dev = await portal(api.url, { DELEGA_DEV: '1' });
  production = await portal(api.url, { NODE_ENV: 'production', PORTAL_URL: 'https://portal.example' });
});
afterAll(async () => {
  await Promise.all([dev.close(), production.close()]);
  await api.close();
});
afterEach(() => {
  api.received.length = 0;
});

describe('the proxy forwards only the exact API routes, normalised', () => {
  it.each([
    '/protocol/../readyz',
    '/protocol/%2e%2e/readyz',
    '/protocol/%2E%2E/readyz',
    '/protocol/.%2e/readyz',
    '/protocol/..%2freadyz',
    '/protocol/..%2Freadyz',
    '/protocol/%2e%2e%2freadyz',
    '/protocol/..%5creadyz',
    '/protocol/..\\readyz',
    '/protocol\\..\\readyz',
    '/protocol//../../readyz',
    '/protocol/%2F%2F../readyz',
    `/protocol/${GRANT}.pdf/../../readyz`,
    '/protocol/0b6d2f.pdf',
    '/protocol/x/../../dev/mailbox/../readyz',
    '/bills/../readyz',
    '/bills/%2e%2e/readyz',
    '/bills/..%2freadyz',
    '/bills/..\\readyz',
    `/bills/${BILL}.pdf/../../readyz`,
    '/bills/0b6d2f.pdf',
    `/bills/${BILL}`,
    '/graphql/../readyz',
    '/graphql/..%2freadyz',
    '//graphql',
    '/graphql/',
    '/dev/mailbox/../../readyz',
    '/dev//mailbox',
  ])('%s never reaches the API', async (path) => {
    const res = await rawRequest(dev.url, path, { headers: json });
    expect(api.received.map((r) => r.url)).toEqual([]);
    expect(res.body).not.toContain('"from":"api"');
  });

  it('sends /graphql, a protocol PDF and the dev mailbox with their normalised paths', async () => {
    await rawRequest(dev.url, '/graphql', { method: 'POST', headers: json });
    await rawRequest(dev.url, '/graphql?query=%7B__typename%7D', { headers: json });
    await rawRequest(dev.url, `/protocol/${GRANT}.pdf`);
    await rawRequest(dev.url, `/protocol/${GRANT.toUpperCase()}.pdf`);
    await rawRequest(dev.url, '/dev/mailbox', { headers: json });
    await rawRequest(dev.url, `/protocol/%2e%2e/protocol/./${GRANT}.pdf`);
    expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /graphql',
      'GET /graphql?query=%7B__typename%7D',
      `GET /protocol/${GRANT}.pdf`,
      `GET /protocol/${GRANT.toUpperCase()}.pdf`,
      'GET /dev/mailbox',
      `GET /protocol/${GRANT}.pdf`,
    ]);
  });

  it('sends a bill PDF with its normalised path', async () => {
    await rawRequest(dev.url, `/bills/${BILL}.pdf`);
    await rawRequest(production.url, `/bills/${BILL.toUpperCase()}.pdf`);
    await rawRequest(dev.url, `/bills/%2e%2e/bills/./${BILL}.pdf`);
    expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /bills/${BILL}.pdf`,
      `GET /bills/${BILL.toUpperCase()}.pdf`,
      `GET /bills/${BILL}.pdf`,
    ]);
  });

  it('keeps the mailbox page with the portal, and the mailbox away in production', async () => {
    await rawRequest(dev.url, '/dev/mailbox', { headers: { accept: 'text/html' } });
    await rawRequest(production.url, '/dev/mailbox', { headers: json });
    await rawRequest(production.url, '/protocol/%2e%2e/dev/mailbox', { headers: json });
    expect(api.received).toEqual([]);
    expect(dev.sveltekit).toContain('/dev/mailbox');
  });

  it('upgrades only /graphql to a WebSocket', async () => {
    for (const path of ['/graphql/../readyz', '/protocol/..%2fgraphql', '//graphql', '/readyz']) {
      await rawUpgrade(dev.url, path);
    }
    expect(api.received).toEqual([]);
    await rawUpgrade(dev.url, '/graphql');
    expect(api.received.map((r) => [r.upgrade, r.url])).toEqual([[true, '/graphql']]);
  });
});

const forged = {
  'x-forwarded-for': '6.6.6.6, 7.7.7.7',
  forwarded: 'for=6.6.6.6;proto=https, for="[2001:db8::66]:1"',
  'x-real-ip': '6.6.6.6',
  'x-forwarded-port': '6666',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
};

describe('the API is told the real client address and source port (RFC 7239 Forwarded)', () => {
  it('replaces whatever Forwarded / X-Forwarded-* the client wrote', async () => {
    const res = await rawRequest(dev.url, '/graphql', { method: 'POST', headers: { ...json, ...forged } });
    const [seen] = api.received;
    expect(seen?.headers.forwarded).toBe(`for="127.0.0.1:${res.localPort}"`);
    expect(seen?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(JSON.stringify(seen?.headers)).not.toMatch(/6\.6\.6\.6|7\.7\.7\.7|2001:db8|evil\.example|6666/);
  });

  it('does the same for WebSocket upgrades', async () => {
    const { localPort } = await rawUpgrade(dev.url, '/graphql', forged);
    const [seen] = api.received;
    expect(seen?.headers.forwarded).toBe(`for="127.0.0.1:${localPort}"`);
    expect(seen?.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(JSON.stringify(seen?.headers)).not.toMatch(/6\.6\.6\.6|7\.7\.7\.7|2001:db8|evil\.example/);
  });

  describe('behind trusted proxies (TRUSTED_PROXIES)', () => {
    let behind: Awaited<ReturnType<typeof portal>>;
    let behindXff: Awaited<ReturnType<typeof portal>>;
    beforeAll(async () => {
      behind = await portal(api.url, { TRUSTED_PROXIES: '127.0.0.1/32, 10.0.0.0/8' });
      behindXff = await portal(api.url, {
        TRUSTED_PROXIES: '127.0.0.1',
        TRUSTED_PROXY_HEADER: 'x-forwarded-for',
      });
    });
    afterAll(async () => {
      await Promise.all([behind.close(), behindXff.close()]);
    });

    it('takes the right-most untrusted hop of Forwarded, with its port', async () => {
      await rawRequest(behind.url, '/graphql', {
        method: 'POST',
        headers: {
          forwarded: 'for=6.6.6.6, for="198.51.100.9:4444", for=10.1.2.3',
          'x-forwarded-for': '6.6.6.6',
        },
      });
      await rawRequest(behind.url, '/graphql', {
        method: 'POST',
        headers: { forwarded: 'for="[2001:DB8::1]:51234";proto=https' },
      });
      expect(api.received.map((r) => [r.headers.forwarded, r.headers['x-forwarded-for']])).toEqual([
        ['for="198.51.100.9:4444"', '198.51.100.9'],
        ['for="[2001:db8::1]:51234"', '2001:db8::1'],
      ]);
    });

    it('reads X-Forwarded-For instead when told to, without a port, and ignores Forwarded then', async () => {
      await rawRequest(behindXff.url, '/graphql', {
        method: 'POST',
        headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.9', forwarded: 'for=5.5.5.5' },
      });
      expect(api.received.map((r) => [r.headers.forwarded, r.headers['x-forwarded-for']])).toEqual([
        ['for="198.51.100.9"', '198.51.100.9'],
      ]);
    });
  });
});

describe('security headers', () => {
  it('production: HSTS and the basics on pages and on what the API answers', async () => {
    for (const path of ['/entrar', '/_app/immutable/x.js', '/graphql']) {
      const res = await rawRequest(production.url, path, { method: path === '/graphql' ? 'POST' : 'GET' });
      expect(res.headers['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['x-frame-options'], path).toBe('DENY');
      expect(res.headers['referrer-policy'], path).toBe('same-origin');
    }
  });

  it('pages whose path carries a token send only the origin as Referer', async () => {
    for (const path of [
      '/convite/abc',
      '/verificar-email/abc',
      '/verificar-email?token=abc',
      '/redefinir-senha/abc',
    ]) {
      const res = await rawRequest(production.url, path);
      expect(res.headers['referrer-policy'], path).toBe('strict-origin');
    }
  });

  it('no HSTS outside production (http://localhost would be pinned to https)', async () => {
    const res = await rawRequest(dev.url, '/entrar');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
