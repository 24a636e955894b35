// The tab's live connection end to end in memory: the real graphql-ws client (through client.ts and
// live.ts) against a fake socket that speaks the protocol, so the API's closes can be played: a
// subscriber that fell behind (4429) and a server restart. After either, the tab must subscribe
// again from the last cursor it received (the API replays what it missed), not stay silent.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GrantChange } from './live.ts';

interface Subscription {
  socket: FakeSocket;
  id: string;
  variables: Record<string, unknown>;
  done: boolean;
}

let subscriptions: Subscription[] = [];

/** A WebSocket as graphql-ws uses it, with the server's side played by the test. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readyState = FakeSocket.CONNECTING;
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(raw: string) {
    const m = JSON.parse(raw) as {
      type: string;
      id?: string;
      payload?: { variables?: Record<string, unknown> };
    };
    if (m.type === 'connection_init') this.reply({ type: 'connection_ack' });
    if (m.type === 'ping') this.reply({ type: 'pong' });
    if (m.type === 'subscribe')
      subscriptions.push({ socket: this, id: m.id!, variables: m.payload?.variables ?? {}, done: false });
    if (m.type === 'complete')
      for (const s of subscriptions) if (s.socket === this && s.id === m.id) s.done = true;
  }

  reply(message: object) {
    setTimeout(() => this.onmessage?.({ data: JSON.stringify(message) }));
  }

  /** The client closing (e.g. nothing left to listen to). */
  close(code = 1000, reason = '') {
    this.closedBy(code, reason);
  }

  /** The server (or the network) closing the connection. */
  closedBy(code: number, reason: string) {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    for (const s of subscriptions) if (s.socket === this) s.done = true;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }));
  }
}

function change(cursor: string): GrantChange {
  return { grantId: 'g1', change: 'ACCEPTED', status: 'ACCEPTED', at: `at-${cursor}`, cursor, grant: null };
}

function push(s: Subscription, event: GrantChange) {
  s.socket.reply({ type: 'next', id: s.id, payload: { data: { accessGrantChanged: event } } });
}

/** The one subscription the server is serving now (on an open socket, not completed). */
function active(): Subscription {
  const open = subscriptions.filter((s) => !s.done && s.socket.readyState === FakeSocket.OPEN);
  expect(open).toHaveLength(1);
  return open[0]!;
}

async function listening() {
  const { onGrantChanged } = await import('./live.ts');
  const cursors: string[] = [];
  const refresh = vi.fn();
  onGrantChanged((e) => cursors.push(e.cursor), refresh);
  const first = await vi.waitFor(active);
  expect(first.variables).toEqual({});
  push(first, change('c1'));
  push(first, change('c2'));
  await vi.waitFor(() => expect(cursors).toEqual(['c1', 'c2']));
  return { first, cursors, refresh };
}

/** Waits (the client backs off about a second) until the tab subscribes again, after `cursor`. */
function resumedAfter(cursor: string): Promise<Subscription> {
  return vi.waitFor(
    () => {
      const s = active();
      expect(s.variables).toEqual({ after: cursor });
      return s;
    },
    { timeout: 15_000, interval: 50 },
  );
}

describe("the tab's live connection", () => {
  beforeEach(() => {
    subscriptions = [];
    vi.resetModules();
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('window', { location: { href: 'http://portal.test/acessos-concedidos' } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('after the server closes a subscriber that fell behind (4429), resumes from its last cursor', async () => {
    const { first, cursors, refresh } = await listening();
    first.socket.closedBy(4429, 'Muitos eventos pendentes');
    const resumed = await resumedAfter('c2');
    push(resumed, change('c3'));
    await vi.waitFor(() => expect(cursors).toEqual(['c1', 'c2', 'c3']));
    expect(refresh).not.toHaveBeenCalled();
  });

  it('after a server restart, resumes from its last cursor', async () => {
    const { first, cursors, refresh } = await listening();
    first.socket.closedBy(1012, 'Service Restart');
    const resumed = await resumedAfter('c2');
    // The API replays from the cursor; an event delivered twice is shown once.
    push(resumed, change('c2'));
    push(resumed, change('c3'));
    await vi.waitFor(() => expect(cursors).toEqual(['c1', 'c2', 'c3']));
    expect(refresh).not.toHaveBeenCalled();
  });
});
