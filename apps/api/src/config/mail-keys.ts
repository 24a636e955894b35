// The keys that seal e-mail bodies at rest: `MAIL_ENCRYPTION_KEYS=id:base64,id2:base64`, the first
// sealing new messages, every one opening (so a rotation never strands a queued message).

export interface MailKeyring {
  /** Id of the key new messages are sealed with (stored per row). */
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const ENTRY = /^([A-Za-z0-9_-]{1,20}):([A-Za-z0-9+/=_-]+)$/;

/** Publicly known (it is in the repository): development and tests only, refused in production. */
export const DEV_MAIL_KEY_SECRET = 'ZGVsZWdhLWRldmVsb3BtZW50LW1haWwta2V5LTMyYiE=';

function entries(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What is wrong with a MAIL_ENCRYPTION_KEYS value, in a line; null when it is fine. */
export function mailKeyringProblem(value: string): string | null {
  const list = entries(value);
  if (list.length === 0) return 'at least one key (id:base64 of 32 random bytes)';
  const ids = new Set<string>();
  for (const e of list) {
    const m = ENTRY.exec(e);
    if (!m) return `each key is id:base64 (id of letters, digits, - or _, up to 20): "${e.split(':')[0]}…"`;
    if (ids.has(m[1]!)) return `key id ${m[1]} appears twice`;
    ids.add(m[1]!);
    if (Buffer.from(m[2]!, 'base64').length !== 32) return `key ${m[1]} is not 32 bytes of base64`;
  }
  return null;
}

export function parseMailKeyring(value: string): MailKeyring {
  const keys = new Map<string, Buffer>();
  for (const e of entries(value)) {
    const [, id, key] = ENTRY.exec(e)!;
    keys.set(id!, Buffer.from(key!, 'base64'));
  }
  return { currentId: keys.keys().next().value!, keys };
}

export const DEV_MAIL_KEYRING: MailKeyring = parseMailKeyring(`dev:${DEV_MAIL_KEY_SECRET}`);
