// Server-side API calls act for the browser: the API must be told the browser's address and source
// port (Forwarded), never an address the browser wrote itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeQuery } from '../graphql/accounts.ts';
import { api } from './api.ts';
import { callOptions } from './session.ts';
import { fakeApi } from './testing/fake-upstream.ts';

let upstream: Awaited<ReturnType<typeof fakeApi>>;
beforeAll(async () => {
  upstream = await fakeApi();
  process.env.API_URL = upstream.url; // read on the first call (portalConfig)
});
afterAll(() => upstream.close());

/** A request event as adapter-node builds it: `platform.req` is the Node request. */
function event(remoteAddress: string, remotePort: number) {
  const forged = { 'x-forwarded-for': '6.6.6.6', forwarded: 'for=6.6.6.6', 'user-agent': 'Teste/1.0' };
  return {
    locals: { token: 'tok', user: null },
    request: new Request('http://portal.test/entrar', { headers: forged }),
    getClientAddress: () => remoteAddress,
    platform: { req: { socket: { remoteAddress, remotePort }, headers: forged } },
  } as unknown as Parameters<typeof callOptions>[0];
}

describe('server-side API calls', () => {
  it.each([
    ['::ffff:203.0.113.7', 51234, 'for="203.0.113.7:51234"', '203.0.113.7'],
    ['2001:db8::1', 443, 'for="[2001:db8::1]:443"', '2001:db8::1'],
  ])('from %s port %s tell the API %s', async (address, port, forwarded, xff) => {
    upstream.received.length = 0;
    await api(MeQuery, {}, callOptions(event(address, port)));
    const [seen] = upstream.received;
    expect(seen?.headers.forwarded).toBe(forwarded);
    expect(seen?.headers['x-forwarded-for']).toBe(xff);
    expect(seen?.headers.authorization).toBe('Bearer tok');
    expect(seen?.headers['user-agent']).toBe('Teste/1.0');
    expect(JSON.stringify(seen?.headers)).not.toContain('6.6.6.6');
  });
});
