import { describe, expect, it, vi } from 'vitest';
import { createLiveFeed, type GrantChange } from './live.ts';

function change(n: number, over: Partial<GrantChange> = {}): GrantChange {
  return {
    grantId: `g${n}`,
    change: 'ACCEPTED',
    status: 'ACCEPTED',
    at: `2026-01-01T00:00:0${n}.000Z`,
    cursor: `c${n}`,
    grant: null,
    ...over,
  };
}

function harness() {
  const subscriptions: { after: string | undefined; handle: (e: GrantChange) => void; stopped: boolean }[] =
    [];
  const onEvent = vi.fn();
  const onStale = vi.fn();
  const live = createLiveFeed(
    (after, handle) => {
      const s = { after, handle, stopped: false };
      subscriptions.push(s);
      return () => (s.stopped = true);
    },
    { onEvent, onStale },
  );
  return { live, subscriptions, onEvent, onStale };
}

describe('the live feed', () => {
  it('after a reconnect subscribes again from the last cursor, without re-reading the lists', () => {
    const { live, subscriptions, onStale, onEvent } = harness();
    live.start();
    subscriptions[0]!.handle(change(1));
    subscriptions[0]!.handle(change(2));
    live.reconnected();
    expect(subscriptions).toHaveLength(2);
    expect(subscriptions[0]!.stopped).toBe(true);
    expect(subscriptions[1]!.after).toBe('c2');
    expect(onStale).not.toHaveBeenCalled();
    // The replay may repeat an event: it is passed on once.
    subscriptions[1]!.handle(change(2, { cursor: 'c2b' }));
    subscriptions[1]!.handle(change(3));
    expect(onEvent.mock.calls.map(([e]) => (e as GrantChange).grantId)).toEqual(['g1', 'g2', 'g3']);
  });

  it('re-reads the lists on RESYNC, and on a reconnect before any cursor', () => {
    const { live, subscriptions, onStale, onEvent } = harness();
    live.start();
    live.reconnected();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(subscriptions).toHaveLength(1); // graphql-ws itself re-sends the subscription
    subscriptions[0]!.handle(change(0, { change: 'RESYNC', grantId: null, status: null, cursor: 'now' }));
    expect(onStale).toHaveBeenCalledTimes(2);
    expect(onEvent).not.toHaveBeenCalled();
    live.reconnected();
    expect(subscriptions.at(-1)!.after).toBe('now');
  });
});
