// The client's address and source port behind our own reverse proxies (the portal, a load
// balancer). X-Forwarded-For is a list every hop appends to; only the entries our own proxies added
// can be believed, so it is read from the right and stops at the first hop that is not ours. The
// left-most entry is whatever the client wrote.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Which hops are our own proxies: a list of addresses/CIDRs and/or a fixed count of hops. */
export interface ProxyTrust {
  /** Addresses and CIDR blocks of our proxies (`127.0.0.1`, `10.0.0.0/8`, `::1`). */
  proxies: readonly string[];
  /**
   * The last `hops` hops (the direct peer first) are ours whatever their address. Only for an API
   * that cannot be reached except through those proxies.
   */
  hops: number;
}

export const NO_PROXY: ProxyTrust = { proxies: [], hops: 0 };

export interface ClientAddress {
  ip: string | null;
  /** Source port (Marco Civil art. 15: behind carrier-grade NAT the address alone identifies nobody). */
  port: number | null;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; anything else as written; null when it is not an IP address. */
export function normalizeIp(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v);
  const ip = mapped ? mapped[1]! : v;
  return isIP(ip) ? ip : null;
}

/** A CIDR block or a single address as configured; null when malformed. */
export function parseProxyEntry(entry: string): { ip: string; prefix: number; family: 4 | 6 } | null {
  const [addr, bits, ...rest] = entry.trim().split('/');
  const ip = normalizeIp(addr);
  if (!ip || rest.length > 0) return null;
  const family = isIP(ip) as 4 | 6;
  const max = family === 4 ? 32 : 128;
  if (bits === undefined) return { ip, prefix: max, family };
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return null;
  return { ip, prefix: Number(bits), family };
}

/** Decides, hop by hop from the right, whether an address is one of our proxies. */
export function proxyMatcher(trust: ProxyTrust): (ip: string | null, hop: number) => boolean {
  const list = new BlockList();
  for (const entry of trust.proxies) {
    const p = parseProxyEntry(entry);
    if (!p) throw new Error(`not an address or CIDR block: ${entry}`);
    list.addSubnet(p.ip, p.prefix, p.family === 4 ? 'ipv4' : 'ipv6');
  }
  return (ip, hop) => {
    if (hop < trust.hops) return true;
    if (!ip) return false;
    return list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
  };
}

/** Every value of a header, in order, split on commas. */
function headerList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((s) => s.trim());
}

/**
 * RFC 7239 `Forwarded` nodes (`for=...` of each element), with their ports: `for=192.0.2.1`,
 * `for="192.0.2.1:4711"`, `for="[2001:db8::1]:4711"`. A node that is not an address is null.
 */
export function forwardedFor(value: string | string[] | undefined): ClientAddress[] {
  const out: ClientAddress[] = [];
  for (const element of headerList(value)) {
    const pair = element
      .split(';')
      .map((p) => p.trim())
      .find((p) => p.toLowerCase().startsWith('for='));
    const raw = pair?.slice(4).replace(/^"(.*)"$/, '$1') ?? '';
    const m = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(raw) ?? /^([^:]+):(\d{1,5})$/.exec(raw);
    const ip = normalizeIp(m ? m[1] : raw);
    const port = m?.[2] !== undefined ? Number(m[2]) : null;
    out.push({ ip, port: ip && port !== null && port > 0 && port <= 65535 ? port : null });
  }
  return out;
}

/**
 * Who is at the other end. When the direct peer is not one of our proxies, the headers are ignored:
 * the peer is the client. Otherwise the right-most X-Forwarded-For entry our proxies did not add is
 * the client; when that entry is not an IP address the headers are ignored (the last proxy is
 * recorded rather than a value someone wrote). The port is the peer's own, or the port our proxy put
 * in `Forwarded: for="ip:port"` for that same client address.
 */
export function clientAddress(req: IncomingMessage, isProxy: (ip: string | null, hop: number) => boolean) {
  const peer: ClientAddress = {
    ip: normalizeIp(req.socket.remoteAddress),
    port: req.socket.remotePort ?? null,
  };
  if (!isProxy(peer.ip, 0)) return peer;
  const chain = headerList(req.headers['x-forwarded-for']).filter(Boolean);
  let client: string | null = null;
  let hop = 1;
  for (let i = chain.length - 1; i >= 0; i--, hop++) {
    const ip = normalizeIp(chain[i]);
    if (!ip) return peer;
    client = ip;
    if (!isProxy(ip, hop)) break;
  }
  if (!client) return peer;
  return { ip: client, port: forwardedPort(req, client, isProxy) };
}

/** The port of `ip` in the Forwarded header, read from the right as X-Forwarded-For is. */
function forwardedPort(
  req: IncomingMessage,
  ip: string,
  isProxy: (ip: string | null, hop: number) => boolean,
): number | null {
  const nodes = forwardedFor(req.headers.forwarded);
  let hop = 1;
  for (let i = nodes.length - 1; i >= 0; i--, hop++) {
    const node = nodes[i]!;
    if (!node.ip) return null;
    if (node.ip === ip && !isProxy(node.ip, hop)) return node.port;
    if (!isProxy(node.ip, hop)) return null;
  }
  return null;
}
