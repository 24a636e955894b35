// What the fault tests watch: one user's accessGrantChanged, following the portal's rules (resume
// from the last cursor after any reconnect, drop an event delivered twice, re-read on RESYNC).
import type { Client as WsClient } from 'graphql-ws';

export const RESUME = `subscription($after: String) {
  accessGrantChanged(after: $after) { grantId change status cursor grant { id status } }
}`;

export interface Change {
  grantId: string | null;
  change: string;
  status: string | null;
  cursor: string;
  grant: { id: string; status: string } | null;
}

/** Follows with `client()` (a new client per reconnect), resuming from the last cursor each time. */
export function follow(client: () => WsClient) {
  const events: Change[] = [];
  const errors: unknown[] = [];
  let cursor: string | undefined;
  let resyncs = 0;
  let reconnects = 0;
  let current: WsClient | null = null;
  let stopped = false;
  let dispose = () => {};
  const start = () => {
    current = client();
    dispose = current.subscribe<{ accessGrantChanged: Change }>(
      { query: RESUME, variables: cursor ? { after: cursor } : {} },
      {
        next: (v) => {
          if (v.errors) return void errors.push(v.errors);
          const e = v.data!.accessGrantChanged;
          cursor = e.cursor;
          if (e.change === 'RESYNC') resyncs++;
          else events.push(e);
        },
        error: () => reconnect(),
        complete: () => reconnect(),
      },
    );
  };
  const reconnect = () => {
    if (stopped) return;
    reconnects++;
    void current?.dispose();
    setTimeout(start, 100);
  };
  start();
  return {
    events,
    errors,
    get resyncs() {
      return resyncs;
    },
    get reconnects() {
      return reconnects;
    },
    /**
     * Makes changes with `probe` until one of them reaches this subscription, and returns that one's
     * grant id: a change committed before the server has started the subscription is (rightly)
     * not replayed to a subscription without a cursor, and on a loaded machine that start can lag.
     */
    async untilLive(probe: () => Promise<string>, ms = 30_000): Promise<string> {
      const end = Date.now() + ms;
      const made: string[] = [];
      for (;;) {
        made.push(await probe());
        const wait = Date.now() + 1_000;
        while (Date.now() < wait) {
          const hit = events.find((e) => e.grantId && made.includes(e.grantId));
          if (hit) return hit.grantId!;
          await new Promise((r) => setTimeout(r, 25));
        }
        if (Date.now() > end)
          throw new Error(`subscription never became live, errors ${JSON.stringify(errors)}`);
      }
    },
    /** Waits until `cond` holds (20 s by default), then returns the events. */
    async until(cond: (events: Change[]) => boolean, ms = 20_000): Promise<Change[]> {
      const end = Date.now() + ms;
      while (!cond(events)) {
        if (Date.now() > end)
          throw new Error(`timed out with ${events.length} events, errors ${JSON.stringify(errors)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return events;
    },
    stop() {
      stopped = true;
      dispose();
      void current?.dispose();
    },
  };
}

/** Each grant's changes in the order received. */
export function byGrant(events: Change[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const e of events) m.set(e.grantId!, [...(m.get(e.grantId!) ?? []), e.change]);
  return m;
}
