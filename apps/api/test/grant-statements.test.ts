// Conceder acesso reads the titular once per request and spends its invite limits in one statement
// (check and spend together), and a refused or failed send still costs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { createWorld, data, errorOf, GRANT_ACCESS, inviteInput, sql, type World } from './grants-fixtures.ts';
import { countStatements } from './statement-counter.ts';

let api: TestApi;
let w: World;
beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false', INVITE_LIMIT_PER_TITULAR_HOUR: '3' } });
  w = await createWorld(api);
});
afterAll(() => api.close());

const send = (overrides: Record<string, unknown> = {}) =>
  api.gql(GRANT_ACCESS, { input: inviteInput(w, overrides) }, { token: w.titularToken });

describe('grantAccess: statements per request', () => {
  it('reads the titular once and spends both invite limits in one statement', async () => {
    data(await send()); // the session is cached from here on
    const c = await countStatements(api, async () => void data(await send()));
    const userReads = c.statements.filter((s) =>
      /from app_user u where u\.id = |from app_user where id = /.test(s),
    );
    const limits = c.statements.filter((s) => /rate_limit/.test(s));
    expect(userReads).toHaveLength(1);
    expect(limits).toHaveLength(1);
  });

  it('counts only invites that went out, and refuses past the limit with Retry-After', async () => {
    // Two sent above; a failed one (no installation chosen) costs nothing.
    expect(errorOf(await send({ installationNumbers: [] })).code).toBe('VALIDATION_FAILED');
    data(await send());
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.titularToken}` },
      body: JSON.stringify({ query: GRANT_ACCESS, variables: { input: inviteInput(w) } }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // The refused attempt took nothing: still three in the window.
    const [row] = await sql<{ points: number }>(api, `select points from rate_limit where key = ?`, [
      `invites:titular:${w.titular.id}`,
    ]);
    expect(row!.points).toBe(3);
  });
});
