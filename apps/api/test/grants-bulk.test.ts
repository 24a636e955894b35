// 10,000 installations in one grant: one INSERT … SELECT, paginated reads, whole revoke.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  createWorld,
  data,
  GRANT_ACCESS,
  inviteInput,
  lastInviteMailToken,
  REVOKE,
  sql,
  type GrantData,
  type World,
} from './grants-fixtures.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api, { installations: 12_501 }); // 10,001 active
}, 120_000);
afterAll(() => api.close());

describe('a grant of 10,000 installations', () => {
  it('is created, listed, accepted and revoked', async () => {
    // createWorld makes every 5th installation inactive: 12,501 → 10,001 active.
    const active = w.installations.filter((_, i) => (i + 1) % 5 !== 0).map((i) => i.number);
    const numbers = active.slice(0, 10_000);
    const r = await api.gql<{ grantAccess: { inviteUrl: string; grant: GrantData } }>(
      GRANT_ACCESS,
      { input: inviteInput(w, { installationNumbers: numbers }) },
      { token: w.titularToken },
    );
    const g = data(r).grantAccess.grant;
    expect(g.installationCount).toBe(numbers.length);
    const all = data(
      await api.gql<{ grantAccess: { grant: GrantData } }>(
        GRANT_ACCESS,
        { input: inviteInput(w, { installationNumbers: null, allInstallations: true }) },
        { token: w.titularToken },
      ),
    ).grantAccess.grant;
    expect(all.installationCount).toBe(active.length);
    const [count] = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from access_grant_installation where grant_id = ?`,
      [all.id],
    );
    expect(count!.n).toBe(active.length);
    const page = data(
      await api.gql<{
        accessGrant: {
          installations: { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
        };
      }>(
        // `first` as a variable: graphql-armor multiplies the cost by a literal `first`.
        `query($id: ID!, $first: Int) { accessGrant(id: $id) { installations(first: $first) { totalCount edges { node { number } } pageInfo { hasNextPage } } } }`,
        { id: all.id, first: 200 },
        { token: w.titularToken },
      ),
    ).accessGrant.installations;
    expect(page).toMatchObject({ totalCount: active.length, pageInfo: { hasNextPage: true } });
    expect(page.edges.length).toBe(200);

    const mailToken = await lastInviteMailToken(api, w.invitee.email);
    data(await accept(api, mailToken, w.inviteeToken));
    const revoked = data(
      await api.gql<{ revokeAccessGrant: GrantData }>(REVOKE, { id: all.id }, { token: w.titularToken }),
    ).revokeAccessGrant;
    expect(revoked).toMatchObject({ status: 'REVOKED', activeInstallationCount: 0 });
  }, 120_000);
});
