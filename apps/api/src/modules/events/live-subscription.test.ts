import { describe, expect, it, vi } from 'vitest';
import { FanOut, LiveSubscription, type Delivery } from './live-subscription.ts';

const delivery = (n: number): Delivery => ({ event: null, cursor: String(n) });

describe('LiveSubscription', () => {
  it('queues up to its limit, then ends and says so instead of growing', async () => {
    const onOverflow = vi.fn();
    const onEnd = vi.fn();
    const sub = new LiveSubscription('u', 'T', { limit: 3, onOverflow, onEnd });
    for (let i = 0; i < 3; i++) sub.push(delivery(i));
    expect(onOverflow).not.toHaveBeenCalled();
    expect((await sub.next()).value).toEqual(delivery(0));
    sub.push(delivery(3));
    sub.push(delivery(4)); // the fourth waiting one
    expect(onOverflow).toHaveBeenCalledOnce();
    expect(onEnd).toHaveBeenCalledOnce();
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it('holds live events during a replay and delivers them after it, in order', async () => {
    const sub = new LiveSubscription('u', 'T', { limit: 10, onOverflow: () => {}, onEnd: () => {} });
    sub.hold();
    sub.push(delivery(3));
    sub.replayed([delivery(1), delivery(2)]);
    sub.release();
    const got = [];
    for (let i = 0; i < 3; i++) got.push((await sub.next()).value);
    expect(got.map((d) => (d as Delivery).cursor)).toEqual(['1', '2', '3']);
  });

  it('during a replay, lets go of live events beyond its limit (to be read from the table) instead of closing', async () => {
    const onOverflow = vi.fn();
    const sub = new LiveSubscription('u', 'T', { limit: 2, onOverflow, onEnd: () => {} });
    sub.hold();
    for (let i = 10; i < 15; i++) sub.push(delivery(i));
    expect(onOverflow).not.toHaveBeenCalled();
    expect(sub.missedLive).toBe(true);
    // The replay reads them, then holds anew from where the reader stands.
    sub.replayed([delivery(10), delivery(11)]);
    sub.holdAgain();
    expect(sub.missedLive).toBe(false);
    sub.push(delivery(15));
    const got = [(await sub.next()).value as Delivery, (await sub.next()).value as Delivery];
    sub.release();
    got.push((await sub.next()).value as Delivery);
    expect(got.map((d) => d.cursor)).toEqual(['10', '11', '15']);
    expect(onOverflow).not.toHaveBeenCalled();
  });

  it('does not send again what the resume cursor already covers (a process behind the previous one)', async () => {
    const sub = new LiveSubscription('u', 'T', {
      limit: 10,
      onOverflow: () => {},
      onEnd: () => {},
      seen: { high: 10, pending: ['7'] },
    });
    const ev = (id: number, xid: string): Delivery => ({
      cursor: `c${id}`,
      event: {
        id,
        xid,
        topic: 'T',
        userIds: ['u'],
        payload: {},
        at: new Date(),
        cursor: `c${id}`,
        seenAt: 0,
        shared: vi.fn(),
      },
    });
    sub.push(ev(9, '6')); // the client had it
    sub.push(ev(8, '7')); // of a transaction still pending for the client: new to it
    sub.push(ev(11, '8')); // above its high: new
    expect([(await sub.next()).value, (await sub.next()).value].map((d) => (d as Delivery).cursor)).toEqual([
      'c8',
      'c11',
    ]);
    expect(sub.pendingCount).toBe(0);
  });

  it('a failed replay reaches the client as an error, not as a silent end', async () => {
    const sub = new LiveSubscription('u', 'T', { limit: 10, onOverflow: () => {}, onEnd: () => {} });
    sub.hold();
    sub.fail(new Error('database away'));
    await expect(sub.next()).rejects.toThrow('database away');
    expect(await sub.next()).toEqual({ done: true, value: undefined });
  });

  it('the fan-out wakes only the named users, and forgets ended subscriptions', () => {
    const fan = new FanOut();
    const mk = (user: string) => {
      const s: LiveSubscription = new LiveSubscription(user, 'T', {
        limit: 10,
        onOverflow: () => {},
        onEnd: () => fan.remove(s),
      });
      fan.add(s);
      return s;
    };
    const [a, b] = [mk('a'), mk('b')];
    const event = {
      id: 1,
      xid: '5',
      topic: 'T',
      userIds: ['b'],
      payload: {},
      at: new Date(),
      cursor: 'c',
      seenAt: 0,
      shared: vi.fn(),
    };
    fan.deliver(event);
    expect([a.pendingCount, b.pendingCount]).toEqual([0, 1]);
    expect(fan.count('T')).toBe(2);
    void a.return();
    expect(fan.count('T')).toBe(1);
  });
});
