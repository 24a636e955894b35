// Where a webhook may be delivered: HTTPS to a public address. Private, loopback, link-local,
// unique-local, carrier-grade NAT, multicast and unspecified addresses are refused (the API must not
// be a way into our own network) unless an operator allows them (WEBHOOK_ALLOW_PRIVATE, tests).
// Checked when the endpoint is saved and again before each delivery, which then connects to exactly
// the address checked (webhook-http.ts: no second DNS answer can point it elsewhere).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../common/errors.ts';

const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  BLOCKED.addSubnet(net, prefix, 'ipv6');

/** True for an address a webhook must not reach (IPv4-mapped IPv6 judged as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true;
}

const REFUSED =
  'Informe um endereço HTTPS público para o webhook (endereços internos, de loopback ou link-local não são aceitos).';

/** Parses the URL and checks its scheme; VALIDATION_FAILED (field `url`) when it cannot be used. */
export function parseTargetUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw AppError.validation({ url: 'Informe uma URL completa, como https://exemplo.com.br/webhooks.' });
  }
  const schemeOk = url.protocol === 'https:' || (allowPrivate && url.protocol === 'http:');
  if (!schemeOk || url.username || url.password || raw.length > 2000)
    throw AppError.validation({ url: REFUSED });
  return url;
}

/** Every address a host name resolves to (injectable: tests play a rebinding DNS server). */
export type ResolveHost = (host: string) => Promise<string[]>;

export const resolveHost: ResolveHost = async (host) =>
  (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);

/** The addresses to connect to, all public (or allowed); VALIDATION_FAILED otherwise. */
export async function resolveTarget(
  url: URL,
  allowPrivate: boolean,
  resolve: ResolveHost = resolveHost,
): Promise<string[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw AppError.validation({ url: 'Não encontramos esse endereço (DNS).' });
  if (!allowPrivate && addresses.some(isPrivateAddress)) throw AppError.validation({ url: REFUSED });
  return addresses;
}
