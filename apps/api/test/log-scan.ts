// Scans log output for personal data and secrets: CPFs (formatted, or 11 digits that make a valid
// CPF), e-mail addresses and tokens (40+ URL-safe characters, the shape of our session, invite and
// reset tokens). Used by the global teardown over every test file's log, by the browser tests'
// teardown over the product's logs, and by its own unit test.
import fs from 'node:fs/promises';
import path from 'node:path';
import { isValidCpf } from '@delega/shared/documents';

export interface LogFinding {
  file: string;
  kind: 'CPF' | 'EMAIL' | 'TOKEN';
  /** The match, cut short and partly hidden (the report must not leak it again). */
  sample: string;
  /** The log line's message (`msg`), to find the code that wrote it. */
  msg?: string;
}

/** Addresses that belong to the system, not to a person. */
const SYSTEM_EMAILS = new Set(['nao-responda@delega.dev']);

const FORMATTED_CPF = /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g;
const BARE_CPF = /(?<![\d.])\d{11}(?![\d.])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40,}(?![A-Za-z0-9_-])/g;

function hide(s: string): string {
  return `${s.slice(0, 3)}…(${s.length})`;
}

/** Findings in one text (one log file), each with the message of its line. */
export function scanLogText(text: string, file = ''): LogFinding[] {
  return text.split('\n').flatMap((line) => {
    const found = scanLine(line, file);
    if (found.length === 0) return [];
    const msg = messageOf(line);
    return msg === undefined ? found : found.map((f) => ({ ...f, msg }));
  });
}

function messageOf(line: string): string | undefined {
  try {
    const msg = (JSON.parse(line) as { msg?: unknown }).msg;
    return typeof msg === 'string' ? msg.slice(0, 120) : undefined;
  } catch {
    return undefined;
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function scanLine(line: string, file: string): LogFinding[] {
  const out: LogFinding[] = [];
  // Ids are not personal data, but a UUID's groups can hold 11 digits that make a valid CPF.
  const text = line.replace(UUID, (id) => `uuid:${id.replace(/\d/g, '0')}`);
  for (const m of text.matchAll(FORMATTED_CPF)) out.push({ file, kind: 'CPF', sample: hide(m[0]) });
  for (const m of text.matchAll(BARE_CPF)) {
    if (isValidCpf(m[0])) out.push({ file, kind: 'CPF', sample: hide(m[0]) });
  }
  for (const m of text.matchAll(EMAIL)) {
    if (!SYSTEM_EMAILS.has(m[0].toLowerCase())) out.push({ file, kind: 'EMAIL', sample: hide(m[0]) });
  }
  for (const m of text.matchAll(TOKEN)) {
    // SHA-256 hashes (hex) are what we store instead of tokens; they are not secrets.
    if (/^[0-9a-f]+$/.test(m[0])) continue;
    // Nor are the names of the migrations applied at start-up.
    if (/^Migration\d{14}_\w+$/.test(m[0])) continue;
    // Identifiers built around a UUID (e.g. the local mailbox's `local-<uuid>` message ids) are not secrets.
    if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(m[0])) continue;
    out.push({ file, kind: 'TOKEN', sample: hide(m[0]) });
  }
  return out;
}

/** Findings in every `*.log` file of the directory. */
export async function scanLogDir(dir: string): Promise<LogFinding[]> {
  const files = (await fs.readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.log'));
  const out: LogFinding[] = [];
  for (const f of files) out.push(...scanLogText(await fs.readFile(path.join(dir, f), 'utf8'), f));
  return out;
}
