// Bounded work per user over WebSocket: connections per session and operations per connection are
// capped, with a clear refusal (close 1008 for a connection, RATE_LIMITED for an operation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { closedCode, connected, disposeAll, wsClient } from './accounts-helpers.ts';
import { CHANGED, createWorld, type World } from './grants-fixtures.ts';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  // Small caps, so the test opens few connections and subscriptions (the defaults are 10 and 20).
  api = await startTestApi({
    env: {
      WORKERS_ENABLED: 'false',
      WS_MAX_CONNECTIONS_PER_SESSION: '3',
      WS_MAX_OPERATIONS_PER_CONNECTION: '3',
    },
  });
  w = await createWorld(api);
});
afterAll(async () => {
  await disposeAll();
  // Let the server finish tearing down the subscriptions before the process closes.
  const until = Date.now() + 5000;
  while (api && api.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED') > 0 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  await api?.close();
});

describe('WebSocket caps', () => {
  it('defaults: 10 connections per session, 20 operations per connection', () => {
    expect(loadConfig({}).WS_MAX_CONNECTIONS_PER_SESSION).toBe(10);
    expect(loadConfig({}).WS_MAX_OPERATIONS_PER_CONNECTION).toBe(20);
  });

  it('refuses a connection past the cap of its session (1008, final); another session is unaffected', async () => {
    const max = api.config.WS_MAX_CONNECTIONS_PER_SESSION;
    const clients = Array.from({ length: max }, () => wsClient(api, w.inviteeToken));
    await Promise.all(clients.map((c) => connected(c)));
    expect(await closedCode(wsClient(api, w.inviteeToken))).toBe(1008);
    await connected(wsClient(api, await w.f.session(w.invitee)));
    // Closing one frees its place.
    await clients[0]!.dispose();
    // The place is free once the server has seen the close (no fixed wait: CI machines are busy).
    await expect
      .poll(
        async () => {
          const c = wsClient(api, w.inviteeToken);
          const opened = connected(c).then(() => 'connected' as const);
          const refused = closedCode(c).then((code) => code);
          opened.catch(() => {});
          refused.catch(() => {});
          return Promise.race([opened, refused]);
        },
        { timeout: 10_000, interval: 50 },
      )
      .toBe('connected');
  });

  it('refuses an operation past the cap of its connection, with RATE_LIMITED', async () => {
    const max = api.config.WS_MAX_OPERATIONS_PER_CONNECTION;
    const client = api.ws(w.titularToken);
    const subs = Array.from({ length: max }, () => nextEvents(client, CHANGED, 1, { api }));
    for (const s of subs) {
      await s.ready;
      s.events.catch(() => {});
    }
    const refused = await new Promise<Array<{ message: string; extensions?: Record<string, unknown> }>>(
      (resolve) => {
        client.subscribe(
          { query: CHANGED },
          { next: () => {}, error: (e) => resolve(e as never), complete: () => resolve([]) },
        );
      },
    );
    expect(refused[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused[0]?.message).toMatch(/assinaturas demais/);
    await client.dispose();
  });
});
