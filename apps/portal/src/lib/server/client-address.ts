// Who the browser is, for the API's rate limits and audit trail: its address AND source port (Marco
// Civil art. 15 as the STJ reads it in REsp 1.777.769-SP: behind carrier-grade NAT an address alone
// identifies nobody). Told to the API in an RFC 7239 `Forwarded` header that replaces whatever the
// client wrote. Erasable TypeScript only: server.js imports it through Node's type stripping.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

export interface ClientEndpoint {
  address: string;
  /** The client's source port; null when a trusted proxy in front of us did not say it. */
  port: number | null;
}

/** Which header our own trusted proxies write (only read when TRUSTED_PROXIES is set). */
export type TrustedProxyHeader = 'forwarded' | 'x-forwarded-for';

export interface TrustedProxies {
  /** The configured addresses and CIDR ranges, as written (for messages and tests). */
  readonly entries: readonly string[];
  readonly header: TrustedProxyHeader;
  has(address: string): boolean;
}

/** `::ffff:203.0.113.7` (a dual-stack socket's IPv4 peer) is 203.0.113.7; IPv6 in lower case. */
export function normaliseAddress(address: string): string | null {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  return isIP(a) ? a : null;
}

/**
 * Parses TRUSTED_PROXIES entries (addresses or CIDR ranges); returns the bad ones as problems.
 * An empty list trusts nobody: the socket's peer is the client.
 */
export function parseTrustedProxies(
  entries: readonly string[],
  header: TrustedProxyHeader = 'forwarded',
): { proxies: TrustedProxies; problems: string[] } {
  const list = new BlockList();
  const problems: string[] = [];
  for (const entry of entries) {
    const [addr, bits, extra] = entry.split('/');
    const address = addr ? normaliseAddress(addr) : null;
    const family = address ? isIP(address) : 0;
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (!address || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      problems.push(`"${entry}" is not an IP address or CIDR range`);
      continue;
    }
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  const proxies: TrustedProxies = {
    entries,
    header,
    has: (address) => {
      if (entries.length === 0) return false;
      const a = normaliseAddress(address);
      return a !== null && list.check(a, isIP(a) === 4 ? 'ipv4' : 'ipv6');
    },
  };
  return { proxies, problems };
}

export const NO_TRUSTED_PROXIES: TrustedProxies = parseTrustedProxies([]).proxies;

/** Splits a header on `sep` outside double quotes. */
function splitOutsideQuotes(value: string, sep: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && quoted && i + 1 < value.length) {
      current += ch + value[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/** One node as written in Forwarded `for=` or X-Forwarded-For: `1.2.3.4`, `1.2.3.4:80`, `[v6]:80`, `v6`. */
export function parseNode(raw: string): ClientEndpoint | null {
  let v = raw.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
  let host = v;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(v);
  if (bracketed) {
    host = bracketed[1]!;
    portText = bracketed[2];
  } else if (/^[^:]+:[^:]*$/.test(v)) {
    [host, portText] = v.split(':') as [string, string];
  }
  const address = normaliseAddress(host);
  if (!address) return null;
  const port = portText !== undefined && /^\d{1,5}$/.test(portText) ? Number(portText) : null;
  return { address, port: port !== null && port >= 1 && port <= 65535 ? port : null };
}

/** The `for=` values of every Forwarded element, in order (left-most first). */
function forwardedFor(values: string[]): string[] {
  const nodes: string[] = [];
  for (const value of values) {
    for (const element of splitOutsideQuotes(value, ',')) {
      for (const pair of splitOutsideQuotes(element, ';')) {
        const eq = pair.indexOf('=');
        if (eq > 0 && pair.slice(0, eq).trim().toLowerCase() === 'for') nodes.push(pair.slice(eq + 1));
      }
    }
  }
  return nodes;
}

function headerValues(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

type PeerRequest = Pick<IncomingMessage, 'headers'> & {
  socket: { remoteAddress?: string | undefined; remotePort?: number | undefined };
};

/**
 * The browser's address and port. Without trusted proxies: the socket's peer, whatever the headers say.
 * Behind trusted proxies: walking their header from the right, the first hop that is not one of ours
 * (what is left of it was written by the client). A hop we cannot read stops the walk at the last
 * trusted proxy, so a malformed header never lets the client choose.
 */
export function clientEndpoint(req: PeerRequest, trusted: TrustedProxies): ClientEndpoint | null {
  const peerAddress = req.socket.remoteAddress ? normaliseAddress(req.socket.remoteAddress) : null;
  if (!peerAddress) return null;
  let client: ClientEndpoint = { address: peerAddress, port: req.socket.remotePort ?? null };
  if (!trusted.has(peerAddress)) return client;
  const hops =
    trusted.header === 'forwarded'
      ? forwardedFor(headerValues(req.headers.forwarded))
      : headerValues(req.headers['x-forwarded-for']).flatMap((v) => v.split(','));
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = parseNode(hops[i]!);
    if (!hop) break;
    client = hop;
    if (!trusted.has(hop.address)) break;
  }
  return client;
}

/** `for="203.0.113.7:51234"`, `for="[2001:db8::1]:51234"`; without a port when none is known. */
export function forwardedValue(client: ClientEndpoint): string {
  const host = isIP(client.address) === 6 ? `[${client.address}]` : client.address;
  return `for="${client.port ? `${host}:${client.port}` : host}"`;
}

/** The headers the API reads the client from (the single address in X-Forwarded-For, for tools). */
export function clientHeaders(client: ClientEndpoint | null): Record<string, string> {
  if (!client) return {};
  return { forwarded: forwardedValue(client), 'x-forwarded-for': client.address };
}

/** Every header a client could use to claim an address; none of them passes through the portal. */
const CLIENT_CLAIMS = /^(forwarded|x-forwarded-.*|x-real-ip|x-client-ip|true-client-ip|cf-connecting-ip)$/;

/** Replaces, on a request about to be proxied, every address claim with what we know of the client. */
export function stampClient(req: PeerRequest, trusted: TrustedProxies): void {
  const client = clientEndpoint(req, trusted);
  for (const name of Object.keys(req.headers)) if (CLIENT_CLAIMS.test(name)) delete req.headers[name];
  Object.assign(req.headers, clientHeaders(client));
}
