// Acting on a grant: every query, mutation and route of issue 10, for the titular, an active invitee,
// an invitee asking about another installation of the same partner (not in the grant), a revoked
// invitee, a stranger and a service key — each gets exactly what it is entitled to. Then the race of
// requests against a revoke.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyService } from '../src/modules/api-keys/api-key.service.ts';
import type { User } from '../src/modules/accounts/user.entity.ts';
import { startTestApi, type GqlResult, type TestApi } from './harness.ts';
import { accept, createWorld, data, errorOf, invite, revoke, sql, type World } from './grants-fixtures.ts';

let api: TestApi;
let w: World;
let key: string;
let grantId: string;
let revokedGrantId: string;
let revokedInvitee: User;
let revokedToken: string;
let billId: string;

const n = (i: number) => w.installations[i]!.number;

beforeAll(async () => {
  api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(api);
  for (const i of w.installations.slice(0, 3)) await w.f.bills(i, { months: 24 });
  key = (await new ApiKeyService().create(api.orm.em.fork(), 'atendimento', ['installation-access:read']))
    .key;
  // The active grant: installations 0 and 1 (installation 2 of the same partner is not in it).
  const g = await invite(api, w, { installationNumbers: [n(0), n(1)] });
  data(await accept(api, g.mailToken, w.inviteeToken));
  grantId = g.grant.id;
  // Another person's grant on installation 0, accepted then revoked.
  revokedInvitee = await w.f.user();
  revokedToken = await w.f.session(revokedInvitee);
  const r = await invite(api, w, {
    installationNumbers: [n(0)],
    invitee: { fullName: revokedInvitee.fullName, cpf: revokedInvitee.cpf, email: revokedInvitee.email },
  });
  data(await accept(api, r.mailToken, revokedToken));
  await revoke(api, w, r.grant.id);
  revokedGrantId = r.grant.id;
  billId = (
    await sql<{ id: string }>(
      api,
      `select b.id from bill b join installation i on i.id = b.installation_id where i.number = ? order by reference_month desc limit 1`,
      [n(0)],
    )
  )[0]!.id;
});
afterAll(() => api.close());

type Who = 'titular' | 'invitee' | 'inviteeOtherInstallation' | 'revoked' | 'stranger' | 'serviceKey';

/** Who asks, and about which installation. */
function as(who: Who): { headers: Record<string, string>; number: string } {
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  switch (who) {
    case 'titular':
      return { headers: bearer(w.titularToken), number: n(0) };
    case 'invitee':
      return { headers: bearer(w.inviteeToken), number: n(0) };
    case 'inviteeOtherInstallation':
      return { headers: bearer(w.inviteeToken), number: n(2) };
    case 'revoked':
      return { headers: bearer(revokedToken), number: n(0) };
    case 'stranger':
      return { headers: bearer(w.strangerToken), number: n(0) };
    case 'serviceKey':
      return { headers: { 'x-api-key': key }, number: n(0) };
  }
}

const OPS: Record<string, (number: string) => { query: string; variables: Record<string, unknown> }> = {
  installation: (number) => ({
    query: `query($n: String!) { installation(number: $n) { number access { kind scopes grant { id protocolNumber titular { fullName } scopes } } } }`,
    variables: { n: number },
  }),
  bills: (number) => ({
    query: `query($n: String!) { bills(installationNumber: $n, first: 3) { totalCount edges { node { id status digitableLine amountCentavos dueDate consumptionKwh readingStart readingEnd } } } }`,
    variables: { n: number },
  }),
  consumption: (number) => ({
    query: `query($n: String!) { consumption(installationNumber: $n, months: 12) { months { referenceMonth consumptionKwh } averageKwh sameMonthLastYear { referenceMonth } } }`,
    variables: { n: number },
  }),
  dueDateOptions: (number) => ({
    query: `query($n: String!) { dueDateOptions(installationNumber: $n) { days currentDueDay } }`,
    variables: { n: number },
  }),
  serviceRequests: (number) => ({
    query: `query($n: String!) { serviceRequests(installationNumber: $n) { totalCount edges { node { protocolNumber madeBy } } } }`,
    variables: { n: number },
  }),
  requestService: (number) => ({
    query: `mutation($input: RequestServiceInput!) { requestService(input: $input) { protocolNumber status madeBy grant { id } requester { fullName } onBehalfOf } }`,
    variables: {
      input: {
        installationNumber: number,
        type: 'POWER_OUTAGE',
        description: 'Sem luz',
        idempotencyKey: randomUUID(),
      },
    },
  }),
  grantActivity: () => ({
    query: `query($g: ID!) { grantActivity(grantId: $g) { totalCount edges { node { type actorName installationNumber } } } }`,
    variables: { g: grantId },
  }),
};

const OK = 'OK';
//                       titular  invitee  other-inst  revoked   stranger  service key
const EXPECTED: Record<string, string[]> = {
  installation: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  bills: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  consumption: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  dueDateOptions: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  serviceRequests: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  requestService: [OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  grantActivity: [OK, OK, OK, 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
};
const WHO: Who[] = ['titular', 'invitee', 'inviteeOtherInstallation', 'revoked', 'stranger', 'serviceKey'];

const outcome = (r: GqlResult<unknown>) => (r.errors?.length ? String(r.errors[0]!.extensions?.code) : OK);

describe('acting on grants: who gets what', () => {
  const cases = Object.entries(EXPECTED).flatMap(([op, expected]) =>
    WHO.map((who, i) => ({ op, who, expected: expected[i]! })),
  );
  it.each(cases)('$op by $who: $expected', async ({ op, who, expected }) => {
    const { headers, number } = as(who);
    const { query, variables } = OPS[op]!(number);
    const r = await api.gql(query, variables, { headers });
    expect(outcome(r), JSON.stringify(r.errors)).toBe(expected);
  });

  it.each([
    ['titular', 'OWN'],
    ['invitee', 'GRANTED'],
    ['revoked', null],
    ['stranger', 'OWN'],
    ['serviceKey', 'FORBIDDEN'],
  ] as const)('accessibleInstallations by %s: %s', async (who, expected) => {
    const r = await api.gql<{
      accessibleInstallations: { edges: { node: { number: string; access: { kind: string } } }[] };
    }>(
      `{ accessibleInstallations(first: 200) { edges { node { number access { kind } } } } }`,
      {},
      { headers: as(who).headers },
    );
    if (expected === 'FORBIDDEN') return expect(outcome(r)).toBe('FORBIDDEN');
    const nodes = data(r).accessibleInstallations.edges.map((e) => e.node);
    const mine = new Set(nodes.map((x) => x.number));
    // The partner's installation 0 is listed only for its titular and the active invitee.
    expect(mine.has(n(0))).toBe(who === 'titular' || who === 'invitee');
    if (expected) for (const x of nodes) expect(x.access.kind).toBe(expected);
    else expect(nodes).toEqual([]);
  });

  it('answers an unknown number exactly like someone else’s installation', async () => {
    const unknown = await api.gql(
      OPS.installation!('99999999999').query,
      { n: '99999999999' },
      { token: w.inviteeToken },
    );
    const other = await api.gql(OPS.installation!(n(2)).query, { n: n(2) }, { token: w.inviteeToken });
    expect(errorOf(unknown)).toEqual(errorOf(other));
  });

  it.each([
    ['titular', 200],
    ['invitee', 200],
    ['revoked', 404],
    ['stranger', 404],
    ['serviceKey', 403],
  ] as const)('GET /bills/<id>.pdf by %s: %i', async (who, status) => {
    const res = await fetch(api.url.replace('/graphql', `/bills/${billId}.pdf`), {
      headers: as(who).headers,
    });
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('an invitee of another installation of the same grant cannot download its bills', async () => {
    const other = (
      await sql<{ id: string }>(
        api,
        `select b.id from bill b join installation i on i.id = b.installation_id where i.number = ? limit 1`,
        [n(2)],
      )
    )[0]!.id;
    const res = await fetch(api.url.replace('/graphql', `/bills/${other}.pdf`), {
      headers: as('invitee').headers,
    });
    expect(res.status).toBe(404);
  });

  it('shows the invitee the grant, and records every act under it with the grant’s id', async () => {
    const home = data(
      await api.gql<{
        installation: { access: { kind: string; grant: { id: string; titular: { fullName: string } } } };
      }>(OPS.installation!(n(0)).query, { n: n(0) }, { token: w.inviteeToken }),
    );
    const partner = data(
      await api.gql<{ installation: { businessPartner: { document: string } } }>(
        `query($n: String!) { installation(number: $n) { businessPartner { document } } }`,
        { n: n(0) },
        { token: w.inviteeToken },
      ),
    ).installation.businessPartner.document;
    expect(partner).toMatch(/\*/);
    expect(partner.replace(/\D/g, '')).not.toBe(w.titular.cpf);
    expect(home.installation.access).toMatchObject({
      kind: 'GRANTED',
      grant: { id: grantId, titular: { fullName: w.titular.fullName } },
    });
    const list = data(
      await api.gql<{
        accessibleInstallations: { edges: { node: { number: string; access: { kind: string } } }[] };
      }>(
        `{ accessibleInstallations { edges { node { number access { kind } } } } }`,
        {},
        { token: w.inviteeToken },
      ),
    );
    expect(list.accessibleInstallations.edges.map((e) => e.node.number).sort()).toEqual([n(0), n(1)].sort());
    const steps = await sql<{ type: string }>(
      api,
      `select type::text as type from access_grant_event where grant_id = ? and type in ('BILL_VIEWED','BILL_DOWNLOADED','CONSUMPTION_VIEWED','SERVICE_REQUESTED')`,
      [grantId],
    );
    expect(new Set(steps.map((s) => s.type))).toEqual(
      new Set(['BILL_VIEWED', 'BILL_DOWNLOADED', 'CONSUMPTION_VIEWED', 'SERVICE_REQUESTED']),
    );
    // The titular's own acts are not a grant's activity.
    expect(
      await sql(
        api,
        `select 1 from access_grant_event where grant_id = ? and actor_id = ? and type = 'BILL_VIEWED'`,
        [grantId, w.titular.id],
      ),
    ).toEqual([]);
    const reqs = data(
      await api.gql<{ serviceRequests: { edges: { node: { madeBy: string } }[] } }>(
        OPS.serviceRequests!(n(0)).query,
        { n: n(0) },
        { token: w.titularToken },
      ),
    );
    expect(new Set(reqs.serviceRequests.edges.map((e) => e.node.madeBy))).toEqual(
      new Set(['TITULAR', 'INVITEE']),
    );
    expect(revokedGrantId).toBeTruthy();
  });
});

describe('a request racing a revoke', () => {
  it('is never recorded after the revoke commits', async () => {
    const g = await invite(api, w, { installationNumbers: [n(2)] });
    data(await accept(api, g.mailToken, w.inviteeToken));
    const ask = () =>
      api.gql<{ requestService: { protocolNumber: string } }>(
        OPS.requestService!(n(2)).query,
        { input: { installationNumber: n(2), type: 'POWER_OUTAGE', idempotencyKey: randomUUID() } },
        { token: w.inviteeToken },
      );
    const before = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from service_request where grant_id = ?`,
      [g.grant.id],
    );
    expect(before[0]!.n).toBe(0);
    const racing = Array.from({ length: 12 }, () => ask());
    const revoked = revoke(api, w, g.grant.id);
    const answers = await Promise.all(racing);
    await revoked;
    for (const a of answers) expect(['OK', 'NOT_FOUND']).toContain(outcome(a));
    const ok = answers.filter((a) => outcome(a) === OK).length;
    // Every accepted request is recorded, and none beyond them.
    const rows = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from service_request where grant_id = ?`,
      [g.grant.id],
    );
    expect(rows[0]!.n).toBe(ok);
    // After the revoke returned: refused at once.
    expect(outcome(await ask())).toBe('NOT_FOUND');
  });

  it('waiting on a revoke in progress, is refused once it commits (the grant row is held FOR SHARE)', async () => {
    const g = await invite(api, w, { installationNumbers: [n(2)] });
    data(await accept(api, g.mailToken, w.inviteeToken));
    let pending: Promise<GqlResult<unknown>[]> = Promise.resolve([]);
    await api.orm.em.fork().transactional(async (tx) => {
      // A revoke in progress: it holds the grant row (FOR UPDATE) and has changed it, not committed yet.
      await tx.execute(`select id from access_grant where id = ? for update`, [g.grant.id]);
      await tx.execute(
        `update access_grant set status = 'REVOKED', ended_at = now(), end_reason = 'REVOKED_BY_TITULAR' where id = ?`,
        [g.grant.id],
      );
      pending = Promise.all(
        Array.from({ length: 5 }, () =>
          api.gql(
            OPS.requestService!(n(2)).query,
            { input: { installationNumber: n(2), type: 'POWER_OUTAGE', idempotencyKey: randomUUID() } },
            { token: w.inviteeToken },
          ),
        ),
      );
      // Every request reaches the grant row and waits behind the revoke before it commits.
      for (;;) {
        const waiting = await api.orm.em
          .fork()
          .execute<{ n: number }[]>(
            `select count(*)::int as n from pg_locks where not granted and locktype = 'transactionid'`,
          );
        if (waiting[0]!.n >= 5) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    const answers = await pending;
    expect(answers.map(outcome)).toEqual(Array(5).fill('NOT_FOUND'));
    const rows = await sql<{ n: number }>(
      api,
      `select count(*)::int as n from service_request where grant_id = ?`,
      [g.grant.id],
    );
    expect(rows[0]!.n).toBe(0);
  });
});
