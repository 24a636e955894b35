// Live notifications over graphql-ws, across two API processes sharing one database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sweepExpiredInvites } from '../src/modules/grants/access-grant-expiry.jobs.ts';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';
import {
  accept,
  CHANGED,
  createWorld,
  data,
  errorOf,
  GRANT_ACCESS,
  invite,
  inviteInput,
  REVOKE,
  sleep,
  sql,
  type ChangedEvent,
  type World,
} from './grants-fixtures.ts';

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

/** Subscribes and collects every event until `stop()`. */
function collect(api: TestApi, token: string) {
  const got: ChangedEvent[] = [];
  const errors: unknown[] = [];
  const client = api.ws(token);
  const dispose = client.subscribe<ChangedEvent>(
    { query: CHANGED },
    {
      next: (v) => (v.errors ? errors.push(v.errors) : got.push(v.data as ChangedEvent)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { got, errors, stop: dispose };
}

const listeners = (api: TestApi) => api.app.services.pubsub.listenerCount('ACCESS_GRANT_CHANGED');

/** Waits until `api` has at least `count` subscriptions attached to its pub/sub. */
async function attached(api: TestApi, count: number): Promise<void> {
  await until(() => listeners(api) >= count, 10_000);
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(20);
  }
}

describe('accessGrantChanged', () => {
  // Each test ends its subscriptions; wait until the servers have let go of them, so listener counts
  // below start from zero.
  beforeEach(async () => {
    await until(() => listeners(a) === 0 && listeners(b) === 0, 10_000);
  });

  it('delivers an acceptance made on process B to the titular subscribed on process A, re-read for them', async () => {
    const { grant, mailToken } = await invite(a, w);
    const sub = nextEvents<ChangedEvent>(a.ws(w.titularToken), CHANGED, 1, { api: a });
    await sub.ready;
    data(await accept(b, mailToken, w.inviteeToken));
    const [ev] = await sub.events;
    expect(ev!.accessGrantChanged).toMatchObject({
      grantId: grant.id,
      change: 'ACCEPTED',
      status: 'ACCEPTED',
    });
    const g = ev!.accessGrantChanged.grant!;
    expect(g).toMatchObject({ id: grant.id, status: 'ACCEPTED', viewerRole: 'TITULAR' });
    expect(g.invitee.cpf).toMatch(/^\*\*\*\./); // masked for the titular
    expect(g.acceptedAt).toBeTruthy();
  });

  it('delivers only to the titular and the invitee, never to a third user', async () => {
    const [baseA, baseB] = [listeners(a), listeners(b)];
    const titular = collect(a, w.titularToken);
    const invitee = collect(b, w.inviteeToken);
    const third = collect(a, w.strangerToken);
    await Promise.all([attached(a, baseA + 2), attached(b, baseB + 1)]);
    const { grant, mailToken } = await invite(b, w); // CREATED: titular only (no invitee account yet)
    data(await accept(a, mailToken, w.inviteeToken)); // ACCEPTED: titular (and invitee)
    data(
      await b.gql(REVOKE, { id: grant.id, numbers: [w.installations[0]!.number] }, { token: w.titularToken }),
    );
    const of = (events: ChangedEvent[]) => events.filter((e) => e.accessGrantChanged.grantId === grant.id);
    await until(() => of(titular.got).length >= 3 && of(invitee.got).length >= 2);
    await sleep(300);
    expect(of(titular.got).map((e) => e.accessGrantChanged.change)).toEqual([
      'CREATED',
      'ACCEPTED',
      'INSTALLATIONS_REVOKED',
    ]);
    expect(of(invitee.got).map((e) => e.accessGrantChanged.change)).toEqual([
      'ACCEPTED',
      'INSTALLATIONS_REVOKED',
    ]);
    const seen = of(invitee.got).at(-1)!.accessGrantChanged.grant!;
    expect(seen).toMatchObject({ viewerRole: 'INVITEE', activeInstallationCount: 1 });
    expect(seen.invitee.cpf).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/); // their own CPF, unmasked
    expect(third.got).toEqual([]);
    expect([...titular.errors, ...invitee.errors, ...third.errors]).toEqual([]);
    titular.stop();
    invitee.stop();
    third.stop();
  });

  it('tells the invitee on A the moment the titular revokes on B', async () => {
    const { grant, mailToken } = await invite(a, w);
    data(await accept(a, mailToken, w.inviteeToken));
    const base = listeners(a);
    const invitee = collect(a, w.inviteeToken);
    await attached(a, base + 1);
    data(await b.gql(REVOKE, { id: grant.id }, { token: w.titularToken }));
    // (The ACCEPTED event may still be in flight when the subscription starts: look for REVOKED.)
    await until(() => invitee.got.some((e) => e.accessGrantChanged.change === 'REVOKED'));
    const ev = invitee.got.find((e) => e.accessGrantChanged.change === 'REVOKED')!.accessGrantChanged;
    expect(ev).toMatchObject({ grantId: grant.id, status: 'REVOKED' });
    expect(ev.grant).toMatchObject({
      status: 'REVOKED',
      endReason: 'REVOKED_BY_TITULAR',
      activeInstallationCount: 0,
    });
    invitee.stop();
  });

  it('tells the titular on A of an expiry swept by B', async () => {
    const { grant } = await invite(a, w);
    await sql(a, `update access_grant set invite_expires_at = now() - interval '1 second' where id = ?`, [
      grant.id,
    ]);
    const base = listeners(a);
    const titular = collect(a, w.titularToken);
    await attached(a, base + 1);
    expect(await sweepExpiredInvites(b.app.services)).toBe(1);
    await until(() => titular.got.some((e) => e.accessGrantChanged.change === 'EXPIRED'));
    const ev = titular.got.find((e) => e.accessGrantChanged.change === 'EXPIRED')!.accessGrantChanged;
    expect(ev).toMatchObject({ grantId: grant.id, status: 'EXPIRED' });
    expect(ev.grant).toMatchObject({ status: 'EXPIRED', endReason: 'INVITE_EXPIRED' });
    titular.stop();
  });

  it('a rolled-back change notifies nobody and enqueues nothing', async () => {
    await sleep(300); // let earlier events drain
    const base = listeners(a);
    const titular = collect(a, w.titularToken);
    await attached(a, base + 1);
    const mailsBefore = await sql(a, `select id from mail_message`);
    const grantsBefore = await sql(a, `select id from access_grant`);
    // Fail the transaction right after its NOTIFY (and its e-mail) were issued.
    const pubsub = b.app.services.pubsub;
    const original = pubsub.notify.bind(pubsub);
    const spy = vi.spyOn(pubsub, 'notify').mockImplementationOnce(async (...args) => {
      await original(...args);
      throw new Error('simulated failure after NOTIFY');
    });
    const failed = await b.gql(GRANT_ACCESS, { input: inviteInput(w) }, { token: w.titularToken });
    expect(errorOf(failed).code).toBe('INTERNAL_SERVER_ERROR');
    spy.mockRestore();
    await sleep(500);
    expect(titular.got).toEqual([]);
    expect((await sql(a, `select id from mail_message`)).length).toBe(mailsBefore.length);
    expect((await sql(a, `select id from access_grant`)).length).toBe(grantsBefore.length);
    // The channel still works: the next (committed) change arrives.
    const { grant } = await invite(b, w);
    await until(() => titular.got.length === 1);
    expect(titular.got[0]!.accessGrantChanged.grantId).toBe(grant.id);
    titular.stop();
  });

  it('refuses a subscription without a session', async () => {
    const sub = nextEvents<ChangedEvent>(a.ws(), CHANGED, 1, { api: a, timeoutMs: 3000 });
    await expect(sub.events).rejects.toBeTruthy();
  });
});
