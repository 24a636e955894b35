// Counts the SQL statements an API process sends while a function runs (tests run the API
// in-process, so every statement of its request pool goes through that pool's Client.query). The
// event stream's own reads and wake-ups are left out: they are not the request's.
import type { TestApi } from './harness.ts';

const NOT_THE_REQUESTS = /live_event|pg_current_snapshot|pg_notify|^\s*(LISTEN|UNLISTEN)|pg_current_wal/i;

export interface Counted {
  total: number;
  statements: string[];
}

function textOf(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first) return String(first.text);
  return '';
}

/** Runs `fn`, counting the statements sent meanwhile (not reentrant: one count at a time). */
export async function countStatements(api: TestApi, fn: () => Promise<unknown>): Promise<Counted> {
  const pool = (await api.orm.em.getConnection().getNativeClient()) as unknown as {
    Client: { prototype: { query: (...args: unknown[]) => unknown } };
  };
  const proto = pool.Client.prototype;
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = textOf(args);
    if (text && !NOT_THE_REQUESTS.test(text)) statements.push(text.replace(/\s+/g, ' ').trim());
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return { total: statements.length, statements };
}
