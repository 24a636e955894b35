import { describe, expect, it } from 'vitest';
import {
  clientEndpoint,
  forwardedValue,
  NO_TRUSTED_PROXIES,
  parseNode,
  parseTrustedProxies,
} from './client-address.ts';

const request = (remoteAddress: string, remotePort: number, headers: Record<string, string> = {}) => ({
  socket: { remoteAddress, remotePort },
  headers,
});

describe('the client endpoint', () => {
  it('without trusted proxies is the socket peer, whatever the headers claim', () => {
    const req = request('::ffff:203.0.113.7', 51234, {
      'x-forwarded-for': '6.6.6.6',
      forwarded: 'for=6.6.6.6',
    });
    expect(clientEndpoint(req, NO_TRUSTED_PROXIES)).toEqual({ address: '203.0.113.7', port: 51234 });
  });

  it('behind trusted proxies is the right-most hop they did not add', () => {
    const { proxies } = parseTrustedProxies(['10.0.0.0/8', '2001:db8:ffff::/48']);
    const req = request('10.0.0.2', 80, {
      forwarded: 'for=6.6.6.6;by=x, for="[2001:db8::7]:5000", for="[2001:db8:ffff::1]:1"',
    });
    expect(clientEndpoint(req, proxies)).toEqual({ address: '2001:db8::7', port: 5000 });
  });

  it('stops at the last trusted hop when the next one is unreadable (unknown, obfuscated, garbage)', () => {
    const { proxies } = parseTrustedProxies(['10.0.0.0/8']);
    for (const forwarded of [
      'for=unknown',
      'for=_hidden',
      'for="1.2.3.4, 5.6.7.8"',
      'for=10.0.0.9, for=evil',
    ]) {
      expect(clientEndpoint(request('10.0.0.2', 80, { forwarded }), proxies)?.address, forwarded).toMatch(
        /^10\./,
      );
    }
  });

  it('reads X-Forwarded-For (several header lines too) when that is what the proxies write', () => {
    const { proxies } = parseTrustedProxies(['127.0.0.1'], 'x-forwarded-for');
    const req = {
      socket: { remoteAddress: '127.0.0.1', remotePort: 1 },
      headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.9' },
    };
    expect(clientEndpoint(req, proxies)).toEqual({ address: '198.51.100.9', port: null });
  });
});

describe('RFC 7239 nodes', () => {
  it.each([
    ['203.0.113.7', { address: '203.0.113.7', port: null }],
    ['"203.0.113.7:51234"', { address: '203.0.113.7', port: 51234 }],
    ['"[2001:DB8::1]:443"', { address: '2001:db8::1', port: 443 }],
    ['"[2001:db8::1]"', { address: '2001:db8::1', port: null }],
    ['2001:db8::1', { address: '2001:db8::1', port: null }],
    ['"203.0.113.7:_x"', { address: '203.0.113.7', port: null }],
    ['"203.0.113.7:70000"', { address: '203.0.113.7', port: null }],
    ['unknown', null],
    ['example.com', null],
    ['999.1.1.1', null],
  ])('%s', (raw, expected) => {
    expect(parseNode(raw)).toEqual(expected);
  });

  it('writes for= with the port, IPv6 in brackets', () => {
    expect(forwardedValue({ address: '203.0.113.7', port: 51234 })).toBe('for="203.0.113.7:51234"');
    expect(forwardedValue({ address: '2001:db8::1', port: 51234 })).toBe('for="[2001:db8::1]:51234"');
    expect(forwardedValue({ address: '2001:db8::1', port: null })).toBe('for="[2001:db8::1]"');
  });
});

describe('TRUSTED_PROXIES entries', () => {
  it('accepts addresses and CIDR ranges, names the bad ones', () => {
    const { proxies, problems } = parseTrustedProxies([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'x',
      '10.0.0.0/33',
      '1.2.3.4/8/1',
    ]);
    expect(problems).toHaveLength(3);
    expect(['127.0.0.1', '10.9.9.9', '::1', '::ffff:127.0.0.1', 'fd12::1'].every((a) => proxies.has(a))).toBe(
      true,
    );
    expect(['127.0.0.2', '11.0.0.1', 'fe80::1'].some((a) => proxies.has(a))).toBe(false);
    expect(NO_TRUSTED_PROXIES.has('127.0.0.1')).toBe(false);
  });
});
