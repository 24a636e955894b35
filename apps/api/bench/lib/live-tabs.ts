// What the live-events benchmark (events.bench.ts) drives: graphql-ws tabs against the API and the
// bare graphql-ws baseline (bare-graphql-ws.ts, its own process), sessions made in bulk, and RSS.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { hashToken, newToken } from '../../src/common/tokens.ts';
import { Session } from '../../src/modules/accounts/session.entity.ts';
import { User } from '../../src/modules/accounts/user.entity.ts';
import { freePort } from '../../test/free-port.ts';
import { profiled, type BenchContext } from './context.ts';
import type { Probed } from './processes.ts';

export const GROUP = 'live events';
export const BARE = 'bare graphql-ws 6 broadcast, same connections, same run';
/** Numbered changes carry `at` = this + n: tabs tell events apart by it. */
export const NUMBERED_FROM = Date.UTC(2030, 0, 1);

/** Runs `fn`, with a CPU profile of process B meanwhile when the run takes profiles (its note: `id.profile`). */
export async function withProfile<T>(
  ctx: BenchContext,
  b: Probed,
  id: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (!ctx.profile) return fn();
  let result: T | undefined;
  await profiled({ ...ctx, api: b }, id, async () => {
    result = await fn();
  });
  return result as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Repeats `poke` every 500 ms until every one of `tabs` has heard something (all are subscribed). */
export async function allSubscribed(
  heard: Set<number>,
  tabs: number,
  poke: () => Promise<unknown>,
): Promise<void> {
  const end = Date.now() + 180_000;
  while (heard.size < tabs) {
    if (Date.now() > end) throw new Error(`only ${heard.size} of ${tabs} connections subscribed`);
    await poke();
    await sleep(500);
  }
}

export function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : Number.NaN;
}

export interface Bare {
  url: string;
  child: ChildProcess;
  publish(body: { n: number; at: number; to?: number[] }): Promise<unknown>;
  stop(): Promise<void>;
}

/** The bare graphql-ws broadcast server in its own process. */
export async function startBare(): Promise<Bare> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', '@oxc-node/core/register', path.join(import.meta.dirname, 'bare-graphql-ws.ts')],
    {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const publish = (body: { n: number; at: number; to?: number[] }) =>
    fetch(`${url}/publish`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.text());
  await until(() => child.exitCode === null, 1000, 'bare graphql-ws');
  for (let i = 0; i < 100; i++) {
    if (
      await publish({ n: -1, at: 0 }).then(
        () => true,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  return {
    url,
    child,
    publish,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** `n` graphql-ws connections, each with one subscription; `onEvent(i, data)` per message. */
export function connect(
  url: string,
  n: number,
  auth: (i: number) => string | undefined,
  query: string,
  onEvent: (i: number, data: Record<string, unknown>) => void,
  variables?: (i: number) => Record<string, unknown>,
): WsClient[] {
  return Array.from({ length: n }, (_, i) => {
    const token = auth(i);
    const c = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    c.subscribe<Record<string, unknown>>(
      { query, ...(variables ? { variables: variables(i) } : {}) },
      { next: (v) => v.data && onEvent(i, v.data), error: () => {}, complete: () => {} },
    );
    return c;
  });
}

export async function disposeAll(clients: WsClient[]): Promise<void> {
  await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
}

const RESUME = `subscription($after: String) {
  accessGrantChanged(after: $after) { grantId change at cursor grant { id status invitee { cpf } } }
}`;

/** A tab as the portal runs it: on any close (e.g. 4429, too far behind) it resumes from its cursor. */
export function resumingTab(
  url: string,
  token: string,
  onEvent: (e: { at: string; cursor: string }) => void,
) {
  let cursor: string | undefined;
  let stopped = false;
  let reconnects = 0;
  let client: WsClient;
  const again = () => {
    if (stopped) return;
    reconnects++;
    void client.dispose();
    setTimeout(start, 100);
  };
  const start = () => {
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    client.subscribe<{ accessGrantChanged: { at: string; cursor: string } }>(
      { query: RESUME, variables: cursor ? { after: cursor } : {} },
      {
        next: (v) => {
          const e = v.data?.accessGrantChanged;
          if (!e) return;
          cursor = e.cursor;
          onEvent(e);
        },
        error: again,
        complete: again,
      },
    );
  };
  start();
  return {
    stop: () => {
      stopped = true;
      void client.dispose();
    },
    reconnects: () => reconnects,
  };
}

/** `count` sessions of each user (one flush): bearer tokens, user after user. */
export async function sessionsFor(ctx: BenchContext, userIds: string[], count = 1): Promise<string[]> {
  const em = ctx.orm.em.fork();
  const tokens: string[] = [];
  const expiresAt = new Date(Date.now() + 86_400_000);
  for (const id of userIds) {
    for (let i = 0; i < count; i++) {
      const token = newToken();
      em.create(Session, { user: em.getReference(User, id), tokenHash: hashToken(token), expiresAt });
      tokens.push(token);
    }
  }
  await em.flush();
  return tokens;
}
