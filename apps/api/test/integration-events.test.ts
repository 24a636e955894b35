// The webhook events as a GraphQL subscription, for a service key with webhooks:manage over
// graphql-ws (connectionParams x-api-key): the same thin events, in commit order, each with a cursor;
// `after` replays what was missed; other callers are refused.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import { accept, createWorld, invite, revoke } from './grants-fixtures.ts';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';

interface Event {
  integrationEvents: {
    type: string;
    grantId: string | null;
    status: string | null;
    change: string | null;
    reason: string | null;
    timestamp: string;
    cursor: string;
  };
}

const SUBSCRIBE = (args: string) =>
  `subscription { integrationEvents${args} { type grantId status change reason timestamp cursor } }`;

let api: TestApi;
let key: string;
let readOnlyKey: string;
const clients: Client[] = [];

function keyClient(params: Record<string, unknown>): Client {
  const c = createClient({
    url: api.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  clients.push(c);
  return c;
}

/** The first result (or error) of one subscription. */
function firstResult(
  client: Client,
  query: string,
): Promise<{ data?: unknown; errors?: unknown; closed?: number }> {
  return new Promise((resolve) => {
    client.subscribe(
      { query },
      {
        next: (v) => resolve(v as { data?: unknown; errors?: unknown }),
        error: (e) =>
          resolve(
            Array.isArray(e)
              ? { errors: e }
              : { closed: (e as { code?: number }).code ?? -1, errors: [String((e as Error).message ?? e)] },
          ),
        complete: () => {},
      },
    );
  });
}

beforeAll(async () => {
  api = await startTestApi();
  const keys = new ApiKeyService();
  key = (await keys.create(api.orm.em.fork(), 'ura', ['webhooks:manage'])).key;
  readOnlyKey = (await keys.create(api.orm.em.fork(), 'leitura', ['installation-access:read'])).key;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
  await api?.close();
});

describe('integrationEvents', () => {
  it('a key with webhooks:manage receives accept and revoke, thin and in order; after replays', async () => {
    const w = await createWorld(api);
    const g = await invite(api, w);
    const sub = nextEvents<Event>(keyClient({ 'x-api-key': key }), SUBSCRIBE(''), 4, { api });
    await sub.ready;
    expect((await accept(api, g.mailToken, w.inviteeToken)).errors).toBeUndefined();
    await revoke(api, w, g.grant.id);
    const events = (await sub.events).map((e) => e.integrationEvents);
    // A revoke ends the grant and changes access: two events of one change.
    expect(events.map((e) => e.type)).toEqual([
      'grant.accepted',
      'installation_access.changed',
      'grant.ended',
      'installation_access.changed',
    ]);
    expect(events[0]).toMatchObject({
      grantId: g.grant.id,
      status: 'ACCEPTED',
      change: 'ACCEPTED',
      reason: null,
    });
    expect(events[2]).toMatchObject({ grantId: g.grant.id, status: 'REVOKED', reason: 'REVOKED' });
    // Thin: no personal data.
    expect(JSON.stringify(events)).not.toContain(w.invitee.cpf);

    // Resuming after the accept replays the revoke (filtered to grant.ended here).
    const resumed = nextEvents<Event>(
      keyClient({ 'x-api-key': key }),
      SUBSCRIBE(`(after: "${events[0]!.cursor}", types: ["grant.ended"])`),
      1,
      { api },
    );
    const [again] = (await resumed.events).map((e) => e.integrationEvents);
    expect(again).toMatchObject({ type: 'grant.ended', grantId: g.grant.id, reason: 'REVOKED' });
  });

  it('refuses a key without the scope, a person, a bad cursor and unknown types', async () => {
    const noScope = await firstResult(keyClient({ 'x-api-key': readOnlyKey }), SUBSCRIBE(''));
    expect(JSON.stringify(noScope.errors)).toContain('FORBIDDEN');
    const w = await createWorld(api);
    const person = await firstResult(api.ws(w.titularToken), SUBSCRIBE(''));
    expect(JSON.stringify(person.errors)).toContain('FORBIDDEN');
    const badCursor = await firstResult(keyClient({ 'x-api-key': key }), SUBSCRIBE('(after: "nope")'));
    expect(JSON.stringify(badCursor.errors)).toContain('VALIDATION_FAILED');
    const badType = await firstResult(
      keyClient({ 'x-api-key': key }),
      SUBSCRIBE('(types: ["grant.everything"])'),
    );
    expect(JSON.stringify(badType.errors)).toContain('VALIDATION_FAILED');
  });

  it('an unknown key is refused at connection (4403)', async () => {
    const r = await firstResult(keyClient({ 'x-api-key': 'dlg_nope_nope' }), SUBSCRIBE(''));
    expect(r.closed).toBe(4403);
  });

  it("a revoked key's open subscription ends with UNAUTHENTICATED", async () => {
    const made = await new ApiKeyService().create(api.orm.em.fork(), 'revogada', ['webhooks:manage']);
    const client = keyClient({ 'x-api-key': made.key });
    // Accepted at connection first; then the key is revoked while the subscription is open.
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    const result = firstResult(client, SUBSCRIBE(''));
    await api.orm.em.fork().execute(`update api_key set revoked_at = now() where id = ?`, [made.apiKey.id]);
    // The next read (a change, or the 2 s safety poll) finds the key revoked.
    expect(JSON.stringify((await result).errors)).toContain('UNAUTHENTICATED');
  });
});
