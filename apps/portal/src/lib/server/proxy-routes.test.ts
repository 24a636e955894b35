import { describe, expect, it } from 'vitest';
import { forwardsToApi, upgradesToApi, viteProxy } from './proxy-routes.ts';

const req = (url: string, accept = '*/*') => ({ url, headers: { accept } });
const dev = { mailboxEnabled: true };
const production = { mailboxEnabled: false };

describe('what goes to the API', () => {
  it.each([
    ['/graphql', true],
    ['/graphql?op=Me', true],
    ['/protocol/0b6d2f.pdf', true],
    ['/graphqlx', false],
    ['/protocolo/ABC', false],
    ['/', false],
    ['/acessos-concedidos', false],
  ])('%s → %s', (url, expected) => {
    expect(forwardsToApi(req(url), dev)).toBe(expected);
    expect(forwardsToApi(req(url), production)).toBe(expected);
  });

  it('the mailbox: JSON to the API in development, the page stays with the portal, nothing in production', () => {
    expect(forwardsToApi(req('/dev/mailbox', 'application/json'), dev)).toBe(true);
    expect(forwardsToApi(req('/dev/mailbox', 'text/html,application/xhtml+xml'), dev)).toBe(false);
    expect(forwardsToApi(req('/dev/mailbox', 'application/json'), production)).toBe(false);
  });

  it('only /graphql upgrades to a WebSocket', () => {
    expect(upgradesToApi(req('/graphql'))).toBe(true);
    expect(upgradesToApi(req('/protocol/x.pdf'))).toBe(false);
    expect(upgradesToApi(req('/'))).toBe(false);
  });
});

describe("Vite's dev proxy is the same table", () => {
  const table = viteProxy('http://localhost:4000', dev);
  const matching = (url: string) => Object.keys(table).filter((k) => new RegExp(k).test(url));

  it('matches the same paths as production, and only /graphql with WebSockets', () => {
    for (const url of ['/graphql', '/graphql?x=1', '/protocol/a.pdf', '/dev/mailbox']) {
      expect(matching(url), url).toHaveLength(1);
    }
    for (const url of ['/graphqlx', '/protocolo/ABC', '/dev/mailboxes'])
      expect(matching(url), url).toEqual([]);
    expect(Object.values(table).filter((o) => o.ws)).toHaveLength(1);
    expect(table[matching('/graphql')[0]!]).toMatchObject({ target: 'http://localhost:4000', ws: true });
  });

  it('serves the mailbox page itself and has no mailbox in production', () => {
    const mailbox = table[matching('/dev/mailbox')[0]!]!;
    const page = { url: '/dev/mailbox', headers: { accept: 'text/html' } };
    expect(mailbox.bypass(page as never)).toBe('/dev/mailbox');
    expect(mailbox.bypass({ url: '/dev/mailbox', headers: {} } as never)).toBeUndefined();
    expect(Object.keys(viteProxy('http://localhost:4000', production))).toHaveLength(2);
  });
});
