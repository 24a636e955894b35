// Resuming accessGrantChanged from a cursor: what was missed (on another process too), then live;
// RESYNC beyond the retention window; a malformed cursor refused.
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEventCursor } from '../src/modules/events/event-position.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, GRANT_FIELDS, invite, REVOKE, type World } from './grants-fixtures.ts';

let a: TestApi;
let b: TestApi;
let w: World;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  b = await startTestApi({ databaseUrl: a.databaseUrl, env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
});
afterAll(async () => {
  await b.close();
  await a.close();
});

const RESUME = `subscription($after: String) {
  accessGrantChanged(after: $after) { grantId change status cursor grant { ${GRANT_FIELDS} } }
}`;

interface Change {
  grantId: string | null;
  change: string;
  status: string | null;
  cursor: string;
  grant: { id: string; status: string; viewerRole: string; invitee: { cpf: string } } | null;
}

/** Subscribes (optionally after a cursor) and collects; `until(n)` waits for n events. */
function watch(client: WsClient, after?: string) {
  const got: Change[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<{ accessGrantChanged: Change }>(
    { query: RESUME, variables: after ? { after } : {} },
    {
      next: (v) => (v.errors ? errors.push(v.errors) : got.push(v.data!.accessGrantChanged)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  const until = async (n: number) => {
    const end = Date.now() + 10_000;
    while (got.length < n && errors.length === 0) {
      if (Date.now() > end) throw new Error(`timed out with ${got.map((g) => g.change).join(',')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    if (errors.length) throw new Error(JSON.stringify(errors));
    return got;
  };
  return { got, errors, stop, until };
}

const listeners = (api: TestApi) => api.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED');
async function attached(api: TestApi, count: number): Promise<void> {
  const end = Date.now() + 10_000;
  while (listeners(api) < count) {
    if (Date.now() > end) throw new Error('subscription never attached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('accessGrantChanged(after:)', () => {
  it('replays what the titular missed while away (changes made on another process), then goes live, nothing twice', async () => {
    const base = listeners(a);
    const first = watch(a.ws(w.titularToken));
    await attached(a, base + 1);
    const { grant, mailToken } = await invite(a, w);
    const [created] = await first.until(1);
    expect(created).toMatchObject({ grantId: grant.id, change: 'CREATED' });
    first.stop();

    // Away: accepted and partly revoked on process B.
    data(await accept(b, mailToken, w.inviteeToken));
    data(
      await b.gql(REVOKE, { id: grant.id, numbers: [w.installations[0]!.number] }, { token: w.titularToken }),
    );

    const baseB = listeners(b);
    const resumed = watch(b.ws(w.titularToken), created!.cursor);
    await attached(b, baseB + 1);
    await resumed.until(2);
    data(await a.gql(REVOKE, { id: grant.id }, { token: w.titularToken })); // live, made on A
    const got = await resumed.until(3);
    expect(got.map((e) => e.change)).toEqual(['ACCEPTED', 'INSTALLATIONS_REVOKED', 'REVOKED']);
    expect(got.every((e) => e.grantId === grant.id)).toBe(true);
    // Shaped for the titular: the invitee's CPF masked.
    expect(got[2]!.grant).toMatchObject({ status: 'REVOKED', viewerRole: 'TITULAR' });
    expect(got[2]!.grant!.invitee.cpf).toMatch(/^\*\*\*\./);
    await new Promise((r) => setTimeout(r, 300));
    expect(got).toHaveLength(3);
    resumed.stop();
  });

  it('tells a client whose cursor is older than the retention window to re-read (RESYNC)', async () => {
    const old = encodeEventCursor({ high: 0, pending: [], at: Date.now() - 25 * 3600_000 });
    const base = listeners(a);
    const sub = watch(a.ws(w.titularToken), old);
    await attached(a, base + 1);
    const [resync] = await sub.until(1);
    expect(resync).toMatchObject({ change: 'RESYNC', grantId: null, status: null, grant: null });
    // Its cursor resumes from now on: the next change arrives live after it.
    await invite(a, w);
    const got = await sub.until(2);
    expect(got[1]!.change).toBe('CREATED');
    sub.stop();
  });

  it('refuses a cursor that is not one of ours, in Portuguese', async () => {
    const sub = watch(a.ws(w.titularToken), 'bm90IGEgY3Vyc29y');
    await expect(sub.until(1)).rejects.toThrow(/VALIDATION_FAILED/);
    expect(JSON.stringify(sub.errors)).toContain('Cursor de eventos inválido');
    sub.stop();
  });
});
