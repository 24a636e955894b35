/**
 * The rate-limit key for a client address. IPv4-mapped IPv6 addresses become plain IPv4; other IPv6
 * addresses are cut to their /64, since one subscriber usually holds a whole /64 and could rotate
 * through it.
 */
export function clientKey(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  const v = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(v);
  if (mapped) return mapped[1]!;
  if (!v.includes(':')) return v;
  const [head = '', tail = ''] = v.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = v.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
