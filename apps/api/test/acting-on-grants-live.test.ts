// Live: the titular's open Acessos concedidos hears each act under the grant (grantActivityAdded) and
// the installation's Solicitações list each new request (serviceRequestAdded); the invitee's open
// installation page hears when its part of the grant ends (accessGrantChanged) and is refused at once.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextEvents, startTestApi, type TestApi } from './harness.ts';
import { accept, createWorld, data, errorOf, invite, revoke, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let grantId: string;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  for (const i of w.installations.slice(0, 2)) await w.f.bills(i, { months: 3 });
  const g = await invite(api, w, {
    installationNumbers: [w.installations[0]!.number, w.installations[1]!.number],
  });
  data(await accept(api, g.mailToken, w.inviteeToken));
  grantId = g.grant.id;
});
afterAll(() => api.close());

const n = (i: number) => w.installations[i]!.number;
const BILLS = `query($n: String!) { bills(installationNumber: $n) { totalCount } }`;

describe('live activity', () => {
  it('reaches the titular as the invitee acts', async () => {
    const live = nextEvents<{
      grantActivityAdded: {
        grantId: string;
        type: string;
        actorName: string;
        installationNumber: string;
        referenceMonths: string[];
      };
    }>(
      api.ws(w.titularToken),
      `subscription { grantActivityAdded(grantId: "${grantId}") { grantId type actorName installationNumber referenceMonths } }`,
      1,
      { api, topic: 'GRANT_ACTIVITY' },
    );
    await live.ready;
    data(await api.gql(BILLS, { n: n(0) }, { token: w.inviteeToken }));
    const [e] = await live.events;
    expect(e!.grantActivityAdded).toMatchObject({
      grantId,
      type: 'BILL_VIEWED',
      actorName: w.invitee.fullName,
      installationNumber: n(0),
    });
    expect(e!.grantActivityAdded.referenceMonths).toHaveLength(3);
  });

  it('reaches the open Solicitações list with who made the request', async () => {
    const live = nextEvents<{
      serviceRequestAdded: { protocolNumber: string; madeBy: string; grant: { id: string } | null };
    }>(
      api.ws(w.titularToken),
      `subscription { serviceRequestAdded(installationNumber: "${n(0)}") { protocolNumber madeBy grant { id } } }`,
      1,
      { api, topic: 'SERVICE_REQUEST_ADDED' },
    );
    await live.ready;
    const made = data(
      await api.gql<{ requestService: { protocolNumber: string } }>(
        `mutation($input: RequestServiceInput!) { requestService(input: $input) { protocolNumber } }`,
        { input: { installationNumber: n(0), type: 'POWER_OUTAGE', idempotencyKey: randomUUID() } },
        { token: w.inviteeToken },
      ),
    );
    const [e] = await live.events;
    expect(e!.serviceRequestAdded).toEqual({
      protocolNumber: made.requestService.protocolNumber,
      madeBy: 'INVITEE',
      grant: { id: grantId },
    });
  });

  it('tells the invitee at once when an installation leaves the grant, and refuses it from then on', async () => {
    const live = nextEvents<{ accessGrantChanged: { change: string; grant: { id: string } | null } }>(
      api.ws(w.inviteeToken),
      `subscription { accessGrantChanged { change grant { id } } }`,
      1,
      { api },
    );
    await live.ready;
    await revoke(api, w, grantId, [n(1)]);
    const [e] = await live.events;
    expect(e!.accessGrantChanged).toMatchObject({ change: 'INSTALLATIONS_REVOKED', grant: { id: grantId } });
    expect(errorOf(await api.gql(BILLS, { n: n(1) }, { token: w.inviteeToken })).code).toBe('NOT_FOUND');
    expect(data(await api.gql(BILLS, { n: n(0) }, { token: w.inviteeToken }))).toBeTruthy();
  });
});
