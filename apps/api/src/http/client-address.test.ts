import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  forwardedFor,
  parseProxyEntry,
  proxyMatcher,
  type ProxyTrust,
} from './client-address.ts';

function req(peer: string, headers: Record<string, string | string[]> = {}, port = 50_000): IncomingMessage {
  return { socket: { remoteAddress: peer, remotePort: port }, headers } as unknown as IncomingMessage;
}
const at = (trust: Partial<ProxyTrust>, r: IncomingMessage) =>
  clientAddress(r, proxyMatcher({ proxies: [], hops: 0, ...trust }));

describe('clientAddress', () => {
  const portal = { proxies: ['127.0.0.1', '::1'] };

  it('is the socket peer, with its port, when the peer is not a trusted proxy', () => {
    expect(at({}, req('203.0.113.1', { 'x-forwarded-for': '6.6.6.6' }))).toEqual({
      ip: '203.0.113.1',
      port: 50_000,
    });
    expect(
      at({ proxies: ['10.0.0.0/8'] }, req('::ffff:192.0.2.7', { 'x-forwarded-for': '6.6.6.6' })),
    ).toEqual({
      ip: '192.0.2.7',
      port: 50_000,
    });
  });

  it('takes the right-most entry our proxies did not add', () => {
    const r = req('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(at(portal, r).ip).toBe('203.0.113.9');
    // A load balancer (10.0.0.5) in front of the portal appended the client; the portal appended the LB.
    const lb = req('127.0.0.1', { 'x-forwarded-for': ['6.6.6.6, 203.0.113.9', '10.0.0.5'] });
    expect(at({ proxies: ['127.0.0.1', '10.0.0.0/8'] }, lb).ip).toBe('203.0.113.9');
    expect(at(portal, lb).ip).toBe('10.0.0.5');
  });

  it('counts hops when so configured', () => {
    const r = req('192.0.2.200', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.5' });
    expect(at({ hops: 1 }, r).ip).toBe('10.0.0.5');
    expect(at({ hops: 2 }, r).ip).toBe('203.0.113.9');
    expect(at({ hops: 9 }, r).ip).toBe('6.6.6.6');
  });

  it('ignores the headers when the entry to believe is not an address', () => {
    for (const xff of ['', 'unknown', '203.0.113.9, 1.2.3.4:80', '203.0.113.9, <script>', '999.1.1.1']) {
      expect(at(portal, req('127.0.0.1', { 'x-forwarded-for': xff })).ip).toBe('127.0.0.1');
    }
    expect(at(portal, req('::1', { 'x-forwarded-for': '2001:DB8::1' })).ip).toBe('2001:db8::1');
  });

  it('takes the port our proxy wrote in Forwarded for that same client', () => {
    const headers = { 'x-forwarded-for': '203.0.113.9', forwarded: 'for="203.0.113.9:41234";proto=https' };
    expect(at(portal, req('127.0.0.1', headers))).toEqual({ ip: '203.0.113.9', port: 41234 });
    const v6 = { 'x-forwarded-for': '2001:db8::7', forwarded: 'for=6.6.6.6, for="[2001:db8::7]:5678"' };
    expect(at(portal, req('::1', v6))).toEqual({ ip: '2001:db8::7', port: 5678 });
  });

  it('records no port the client could have written', () => {
    // Forwarded names another address: the client wrote it.
    const forged = { 'x-forwarded-for': '203.0.113.9', forwarded: 'for="6.6.6.6:1"' };
    expect(at(portal, req('127.0.0.1', forged))).toEqual({ ip: '203.0.113.9', port: null });
    // From an untrusted peer, Forwarded is not read at all.
    expect(at(portal, req('203.0.113.1', { forwarded: 'for="6.6.6.6:1"' }))).toEqual({
      ip: '203.0.113.1',
      port: 50_000,
    });
    // The port of X-Forwarded-Port is the proxy's listening port, not the client's.
    expect(
      at(portal, req('127.0.0.1', { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-port': '443' })).port,
    ).toBeNull();
  });
});

describe('forwardedFor', () => {
  it('reads RFC 7239 nodes', () => {
    expect(forwardedFor('for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"')).toEqual(
      [
        { ip: '192.0.2.60', port: null },
        { ip: '2001:db8:cafe::17', port: 4711 },
      ],
    );
    expect(forwardedFor('for=_hidden, for="198.51.100.17:99999"')).toEqual([
      { ip: null, port: null },
      { ip: '198.51.100.17', port: null },
    ]);
  });
});

describe('parseProxyEntry', () => {
  it('accepts addresses and CIDR blocks only', () => {
    expect(parseProxyEntry('10.0.0.0/8')).toEqual({ ip: '10.0.0.0', prefix: 8, family: 4 });
    expect(parseProxyEntry('::1')).toEqual({ ip: '::1', prefix: 128, family: 6 });
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', ''])
      expect(parseProxyEntry(bad)).toBeNull();
  });
});
