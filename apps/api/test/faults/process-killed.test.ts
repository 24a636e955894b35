// Fault 3: one of two API processes is killed with SIGKILL while a titular's tab is subscribed on it.
// The tab reconnects to the other process, resumes from its cursor and receives everything committed
// meanwhile, once, and then the live changes: it shows the current state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../harness.ts';
import { accept, createWorld, data, invite, REVOKE, type World } from '../grants-fixtures.ts';
import { spawnApi, type ApiProcess } from './api-process.ts';
import { byGrant, follow } from './live-events.ts';

let a: TestApi;
let p1: ApiProcess;
let p2: ApiProcess;
let w: World;
beforeAll(async () => {
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
  [p1, p2] = await Promise.all([spawnApi(a.databaseUrl, 'fault-p1'), spawnApi(a.databaseUrl, 'fault-p2')]);
}, 60_000);
afterAll(async () => {
  await p1?.kill();
  await p2?.kill();
  await a?.close();
});

describe('fault: an API process is killed (SIGKILL)', () => {
  it('its WebSocket clients reconnect to the other, resume from their cursor and show the current state', async () => {
    // The load balancer's view: P1 until it dies, then P2.
    let target = p1;
    const titular = follow(() => target.ws(w.titularToken));
    const probes = new Map<string, Awaited<ReturnType<typeof invite>>>();
    const firstId = await titular.untilLive(async () => {
      const made = await invite(a, w);
      probes.set(made.grant.id, made);
      return made.grant.id;
    });
    const first = probes.get(firstId)!;

    const killed = p1.kill('SIGKILL');
    target = p2;
    // Committed while the tab has no connection at all.
    const second = await invite(a, w);
    data(await accept(a, first.mailToken, w.inviteeToken));
    await killed;
    expect(p1.child.signalCode).toBe('SIGKILL');

    await titular.until((e) => e.some((x) => x.grantId === first.grant.id && x.change === 'ACCEPTED'));
    expect(titular.reconnects).toBeGreaterThan(0);
    // Live again, now through P2.
    data(await a.gql(REVOKE, { id: first.grant.id }, { token: w.titularToken }));
    const events = await titular.until((e) => e.some((x) => x.change === 'REVOKED'));
    const seen = byGrant(events);
    expect(seen.get(first.grant.id)).toEqual(['CREATED', 'ACCEPTED', 'REVOKED']);
    expect(seen.get(second.grant.id)).toEqual(['CREATED']);
    expect(events.at(-1)!.grant).toMatchObject({ id: first.grant.id, status: 'REVOKED' });
    expect(titular.resyncs).toBe(0);
    titular.stop();
  });
});
