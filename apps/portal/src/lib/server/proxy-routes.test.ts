import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { NO_TRUSTED_PROXIES } from './client-address.ts';
import { apiTarget, forwardsToApi, normalisedTarget, upgradesToApi, viteProxy } from './proxy-routes.ts';

const GRANT = '0b6d2f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const BILL = '7c1e9a40-5b3d-4f2a-9e8c-1d2c3b4a5f60';
const req = (url: string, accept = '*/*') => ({ url, headers: { accept } });
const dev = { mailboxEnabled: true };
const production = { mailboxEnabled: false };

describe('what goes to the API', () => {
  it.each([
    ['/graphql', '/graphql'],
    ['/graphql?op=Me', '/graphql?op=Me'],
    [`/protocol/${GRANT}.pdf`, `/protocol/${GRANT}.pdf`],
    [`/protocol/../protocol/${GRANT}.pdf`, `/protocol/${GRANT}.pdf`],
    [`/bills/${BILL}.pdf`, `/bills/${BILL}.pdf`],
    [`/bills/${BILL.toUpperCase()}.pdf`, `/bills/${BILL.toUpperCase()}.pdf`],
    [`/bills/../bills/${BILL}.pdf`, `/bills/${BILL}.pdf`],
    ['/bills/0b6d2f.pdf', null],
    [`/bills/${BILL}`, null],
    [`/bills/${BILL}.pdf/`, null],
    ['/bills/../readyz', null],
    ['/bills', null],
    ['/protocol/0b6d2f.pdf', null],
    ['/protocol/../readyz', null],
    ['/graphqlx', null],
    ['/graphql/', null],
    ['//graphql', null],
    ['http://evil.example/graphql', null],
    ['/protocolo/ABC', null],
    ['/', null],
    ['/acessos-concedidos', null],
  ])('%s → %s', (url, expected) => {
    expect(apiTarget(req(url), dev)).toBe(expected);
    expect(apiTarget(req(url), production)).toBe(expected);
  });

  it('normalises as the URL standard does (dot segments, %2e, backslashes)', () => {
    expect(normalisedTarget('/protocol/%2e%2E/x\\..\\readyz?a=1')).toEqual({
      pathname: '/readyz',
      search: '?a=1',
    });
    expect(normalisedTarget('*')).toBeNull();
  });

  it('the mailbox: JSON to the API in development, the page stays with the portal, nothing in production', () => {
    expect(forwardsToApi(req('/dev/mailbox', 'application/json'), dev)).toBe(true);
    expect(forwardsToApi(req('/dev/mailbox', 'text/html,application/xhtml+xml'), dev)).toBe(false);
    expect(forwardsToApi(req('/dev/mailbox', 'application/json'), production)).toBe(false);
  });

  it('only /graphql upgrades to a WebSocket', () => {
    expect(upgradesToApi(req('/graphql'))).toBe(true);
    expect(upgradesToApi(req(`/protocol/${GRANT}.pdf`))).toBe(false);
    expect(upgradesToApi(req(`/bills/${BILL}.pdf`))).toBe(false);
    expect(upgradesToApi(req('/graphql/../readyz'))).toBe(false);
    expect(upgradesToApi(req('/'))).toBe(false);
  });
});

describe("Vite's dev proxy is the same table", () => {
  const [[key, entry]] = Object.entries(
    viteProxy('http://localhost:4000', { ...dev, trustedProxies: NO_TRUSTED_PROXIES }),
  ) as [[string, ReturnType<typeof viteProxy>['^/']]];
  const nodeReq = (url: string, headers: Record<string, string> = {}) =>
    ({
      url,
      headers,
      socket: { remoteAddress: '127.0.0.1', remotePort: 40000 },
    }) as unknown as IncomingMessage;
  const res = {} as never;

  it('sees every request and forwards, normalised and with the client stamped, what production forwards', () => {
    expect(key).toBe('^/');
    expect(entry).toMatchObject({ target: 'http://localhost:4000', ws: true, xfwd: false });
    const r = nodeReq('/protocol/%2e%2e/graphql?x=1', { 'x-forwarded-for': '6.6.6.6' });
    expect(entry.bypass(r, res)).toBeUndefined();
    expect(r.url).toBe('/graphql?x=1');
    expect(r.headers).toMatchObject({ forwarded: 'for="127.0.0.1:40000"', 'x-forwarded-for': '127.0.0.1' });
    for (const url of [
      '/graphqlx',
      '/protocolo/ABC',
      '/dev/mailboxes',
      '/protocol/../readyz',
      '/@vite/client',
    ])
      expect(entry.bypass(nodeReq(url), res), url).toBe(url);
  });

  it('serves the mailbox page itself, and upgrades only /graphql', () => {
    expect(entry.bypass(nodeReq('/dev/mailbox', { accept: 'text/html' }), res)).toBe('/dev/mailbox');
    expect(entry.bypass(nodeReq('/dev/mailbox'), res)).toBeUndefined();
    expect(entry.bypass(nodeReq('/graphql'), undefined)).toBeUndefined();
    expect(entry.bypass(nodeReq('/dev/mailbox'), undefined)).toBe('/dev/mailbox');
    const prod = viteProxy('http://localhost:4000', { ...production, trustedProxies: NO_TRUSTED_PROXIES });
    expect(prod['^/'].bypass(nodeReq('/dev/mailbox'), res)).toBe('/dev/mailbox');
  });
});
