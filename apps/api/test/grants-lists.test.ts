// The titular's and the invitee's grant lists over real HTTP against PostgreSQL: keyset pages,
// status filters, batched installations and events, cursor validation.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  createWorld,
  data,
  errorOf,
  GIVEN,
  invite,
  RECEIVED,
  sql,
  type GrantData,
  type World,
} from './grants-fixtures.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  // Workers off: the expiry sweep is called by the tests themselves.
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
});
afterAll(() => api.close());

describe('lists', () => {
  it('pages with a keyset cursor and filters by effective status', async () => {
    const world = await createWorld(api);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await invite(api, world)).grant.id);
    await sql(api, `update access_grant set invite_expires_at = now() - interval '1 second' where id = ?`, [
      made[0],
    ]);
    type Page = {
      accessGrantsGiven: {
        totalCount: number;
        edges: { cursor: string; node: GrantData }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = data(await api.gql<Page>(GIVEN, { first: 2, after }, { token: world.titularToken }));
      expect(p.accessGrantsGiven.totalCount).toBe(5);
      seen.push(...p.accessGrantsGiven.edges.map((e) => e.node.id));
      if (!p.accessGrantsGiven.pageInfo.hasNextPage) break;
      after = p.accessGrantsGiven.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
    const expired = data(await api.gql<Page>(GIVEN, { status: ['EXPIRED'] }, { token: world.titularToken }));
    expect(expired.accessGrantsGiven.edges.map((e) => e.node.id)).toEqual([made[0]]);
    const invited = data(await api.gql<Page>(GIVEN, { status: ['INVITED'] }, { token: world.titularToken }));
    expect(invited.accessGrantsGiven.totalCount).toBe(4);
    expect(errorOf(await api.gql(GIVEN, { after: 'garbage' }, { token: world.titularToken })).code).toBe(
      'VALIDATION_FAILED',
    );
  });

  it('loads installations and events of a whole list in one batch each', async () => {
    const world = await createWorld(api);
    for (let i = 0; i < 4; i++) await invite(api, world);
    const svc = api.app.services.grants;
    const pages = vi.spyOn(svc, 'installationPages');
    const events = vi.spyOn(svc, 'eventsOf');
    const r = await api.gql<{
      accessGrantsGiven: { edges: { node: { installations: { totalCount: number }; events: unknown[] } }[] };
    }>(
      `{ accessGrantsGiven { edges { node { id installations(first: 1) { totalCount edges { node { number } } } events { type } } } } }`,
      {},
      { token: world.titularToken },
    );
    const edges = data(r).accessGrantsGiven.edges;
    expect(edges.length).toBe(4);
    expect(edges.every((e) => e.node.installations.totalCount === 2 && e.node.events.length === 1)).toBe(
      true,
    );
    // Never once per grant: the list's own statement reads them (0 batches), or one batch each.
    expect(pages.mock.calls.length).toBeLessThanOrEqual(1);
    expect(events.mock.calls.length).toBeLessThanOrEqual(1);
    pages.mockRestore();
    events.mockRestore();
  });

  it('paginates the installations of a grant', async () => {
    const world = await createWorld(api, { installations: 9 });
    const g = await invite(api, world, {
      installationNumbers: world.installations.filter((_, i) => i !== 4).map((i) => i.number),
    });
    const q = `query($id: ID!, $after: String) { accessGrant(id: $id) { installations(first: 3, after: $after) { totalCount edges { node { number } } pageInfo { hasNextPage endCursor } } } }`;
    const got: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: {
        accessGrant: {
          installations: {
            totalCount: number;
            edges: { node: { number: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = data(await api.gql(q, { id: g.grant.id, after }, { token: world.titularToken }));
      expect(r.accessGrant.installations.totalCount).toBe(8);
      got.push(...r.accessGrant.installations.edges.map((e) => e.node.number));
      if (!r.accessGrant.installations.pageInfo.hasNextPage) break;
      after = r.accessGrant.installations.pageInfo.endCursor;
    }
    expect(got).toEqual(
      world.installations
        .filter((_, i) => i !== 4)
        .map((i) => i.number)
        .sort(),
    );
  });

  it('refuses a garbage or forged cursor on every paged field with VALIDATION_FAILED (field `after`)', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    const uuid = randomUUID();
    // Decodable, well-shaped and wrong: each of these once reached PostgreSQL as a timestamp.
    const grantCursors = [
      'garbage',
      b64('{"createdAt":"99999-99-99","id":"x"}'),
      b64(`2026-13-45 25:61:61|${uuid}`),
      b64(`2026-02-30 10:00:00+00|${uuid}`),
      b64(`2026-01-01 10:00:00+99|${uuid}`),
      b64(`2026-01-01 10:00:00.123456+00|not-a-uuid`),
    ];
    const g = await invite(api, w);
    data(await accept(api, g.mailToken, w.inviteeToken));
    const refusedWith = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => {
      expect(r.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { after: expect.stringMatching(/[Cc]ursor/) as unknown },
      });
    };
    for (const after of grantCursors) {
      refusedWith(await api.gql(GIVEN, { after }, { token: w.titularToken }));
      refusedWith(await api.gql(RECEIVED, { after }, { token: w.inviteeToken }));
    }
    const q = `query($id: ID!, $after: String) { accessGrant(id: $id) { installations(after: $after) { totalCount } } }`;
    for (const after of ['garbage', b64('12345678901234'), b64('12a'), b64(`2026-01-01|${uuid}`)]) {
      refusedWith(await api.gql(q, { id: g.grant.id, after }, { token: w.titularToken }));
    }
  });
});
