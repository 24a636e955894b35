// A live event is executed once per person and operation and that result is sent to every tab of
// theirs (app/shared-execution.ts). What each tab receives must still be exactly its own: its own
// selection, its own person's view, whether or not it resumed from a cursor.
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEventCursor } from '../src/modules/events/event-position.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, GRANT_FIELDS, invite, type World } from './grants-fixtures.ts';

let a: TestApi;
let w: World;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
});
afterAll(async () => {
  await a.close();
});

const FULL = `subscription { accessGrantChanged { grantId change grant { id viewerRole invitee { cpf } } } }`;
const SHORT = `subscription Short { accessGrantChanged { grantId status } }`;
const RESUMED = `subscription($after: String) { accessGrantChanged(after: $after) { grantId change grant { id viewerRole invitee { cpf } } } }`;

/** The first event of a subscription (after `ready`: attached on the server). */
function first(client: WsClient, query: string, variables?: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe(
      { query, variables },
      {
        next: (v) => {
          stop();
          if (v.errors) reject(new Error(JSON.stringify(v.errors)));
          else resolve(v.data);
        },
        error: reject,
        complete: () => {},
      },
    );
  });
}

describe('one live event, many tabs', () => {
  it('gives each tab its own selection and its own person’s view', async () => {
    const { grant, mailToken } = await invite(a, w);
    const listeners = () => a.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED');
    const before = listeners();
    // A cursor right after the invite's own event (CREATED): the resumed tab replays nothing.
    await a.app.services.pubsub.catchUp();
    const after = encodeEventCursor({
      high: a.app.services.pubsub.delivered.high,
      pending: [],
      at: Date.now(),
    });
    const tabs = [
      first(a.ws(w.titularToken), FULL),
      first(a.ws(w.titularToken), FULL),
      first(a.ws(w.titularToken), SHORT),
      first(a.ws(w.titularToken), RESUMED, { after }),
      first(a.ws(w.inviteeToken), FULL),
    ];
    const end = Date.now() + 10_000;
    while (listeners() < before + tabs.length && Date.now() < end)
      await new Promise((r) => setTimeout(r, 10));
    expect((await accept(a, mailToken, w.inviteeToken)).errors).toBeUndefined();
    const [full1, full2, short, resumed, invitee] = await Promise.all(tabs);
    const titularView = {
      accessGrantChanged: {
        grantId: grant.id,
        change: 'ACCEPTED',
        grant: { id: grant.id, viewerRole: 'TITULAR', invitee: { cpf: expect.any(String) as string } },
      },
    };
    expect(full1).toEqual(titularView);
    expect(full2).toEqual(full1);
    expect(resumed).toEqual(full1);
    expect(short).toEqual({ accessGrantChanged: { grantId: grant.id, status: 'ACCEPTED' } });
    expect(invitee).toMatchObject({
      accessGrantChanged: { grantId: grant.id, change: 'ACCEPTED', grant: { viewerRole: 'INVITEE' } },
    });
  });

  it('sends the grant as a query reads it right after the change (read with the event, once per process)', async () => {
    const { grant, mailToken } = await invite(a, w);
    // The invite's own event (CREATED) is delivered before the tab subscribes, not taken for the accept.
    await a.app.services.pubsub.catchUp();
    const before = a.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED');
    const live = first(
      a.ws(w.titularToken),
      `subscription { accessGrantChanged { grant { ${GRANT_FIELDS} } } }`,
    );
    const end = Date.now() + 10_000;
    while (a.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED') <= before && Date.now() < end)
      await new Promise((r) => setTimeout(r, 10));
    expect((await accept(a, mailToken, w.inviteeToken)).errors).toBeUndefined();
    const got = (await live) as { accessGrantChanged: { grant: unknown } };
    const read = data(
      await a.gql<{ accessGrant: unknown }>(
        `query($id: ID!) { accessGrant(id: $id) { ${GRANT_FIELDS} } }`,
        { id: grant.id },
        { token: w.titularToken },
      ),
    );
    expect(got.accessGrantChanged.grant).toEqual(read.accessGrant);
  });
});
