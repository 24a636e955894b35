// Invites have limits (per titular, per invitee e-mail, per invite, per account, invite-link guessing
// per address), reading an invite writes nothing, a grant's trail comes in pages, and every audit step
// keeps the client's address with its source port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accept,
  createWorld,
  data,
  errorOf,
  GRANT_ACCESS,
  invite,
  inviteInput,
  PREVIEW,
  type World,
} from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;

const VIEWED = `mutation($token: String!) { markAccessInviteViewed(token: $token) }`;
const EVENTS_PAGE = `query($id: ID!, $first: Int, $after: String) { accessGrant(id: $id) {
  eventsConnection(first: $first, after: $after) {
    totalCount edges { cursor node { type actorRole } } pageInfo { hasNextPage endCursor } } } }`;

/** A distinct client address per test, as our own proxy would forward it (with the source port). */
let nextHost = 10;
function from(port = 40000): Record<string, string> {
  const ip = `198.51.100.${nextHost++}`;
  return { 'x-forwarded-for': ip, forwarded: `for="${ip}:${port}"` };
}

async function eventRows(grantId: string) {
  return api.orm.em
    .fork()
    .execute<{ type: string; ip: string | null; port: number | null }[]>(
      `select type::text as type, ip, port from access_grant_event where grant_id = ? order by id`,
      [grantId],
    );
}

function newInvitee(w: World, n: number, email?: string) {
  return {
    invitee: {
      fullName: 'José Antônio da Silva',
      cpf: w.invitee.cpf,
      email: email ?? `convidado.${n}.${Date.now()}@exemplo.com.br`,
    },
  };
}

beforeAll(async () => {
  api = await startTestApi({
    env: {
      TRUST_PROXY: 'true',
      WORKERS_ENABLED: 'false',
      // The product's defaults (the harness raises them for files that reuse people).
      INVITE_LIMIT_PER_TITULAR_HOUR: '20',
      INVITE_LIMIT_PER_EMAIL_DAY: '5',
      INVITE_ANSWER_LIMIT_PER_HOUR: '10',
    },
  });
});

afterAll(async () => {
  await api?.close();
});

describe('reading an invite writes nothing', () => {
  it('accessInvite leaves no VIEWED step; the page marks it from the browser, with address and port', async () => {
    const w = await createWorld(api);
    const inv = await invite(api, w);
    for (let i = 0; i < 3; i++) {
      data(await api.gql(PREVIEW, { token: inv.mailToken }, { headers: from() }));
      data(await api.gql(PREVIEW, { token: inv.copyToken }, { token: w.inviteeToken, headers: from() }));
    }
    expect((await eventRows(inv.grant.id)).map((e) => e.type)).toEqual(['CREATED']);

    const headers = from(52345);
    expect(data(await api.gql(VIEWED, { token: inv.mailToken }, { headers }))).toEqual({
      markAccessInviteViewed: true,
    });
    data(await api.gql(VIEWED, { token: inv.mailToken }, { headers: from() }));
    const viewed = (await eventRows(inv.grant.id)).filter((e) => e.type === 'VIEWED');
    expect(viewed).toEqual([{ type: 'VIEWED', ip: headers['x-forwarded-for'], port: 52345 }]);
    expect(
      data(await api.gql(VIEWED, { token: 'x'.repeat(43) }, { headers: from() })).markAccessInviteViewed,
    ).toBe(false);
  });
});

describe('audit steps keep the source port', () => {
  it('grantAccess behind our proxy records the Forwarded address and port on CREATED', async () => {
    const w = await createWorld(api);
    const headers = from(61001);
    const r = await api.gql<{ grantAccess: { grant: { id: string } } }>(
      GRANT_ACCESS,
      { input: inviteInput(w) },
      { token: w.titularToken, headers },
    );
    const id = data(r).grantAccess.grant.id;
    expect(await eventRows(id)).toEqual([{ type: 'CREATED', ip: headers['x-forwarded-for'], port: 61001 }]);
  });
});

describe('no unlimited invites', () => {
  it('a titular sends at most 20 invites an hour (RATE_LIMITED with retryAfterSeconds); a refused form costs nothing', async () => {
    const w = await createWorld(api);
    const bad = await api.gql(
      GRANT_ACCESS,
      { input: inviteInput(w, { installationNumbers: [] }) },
      { token: w.titularToken },
    );
    expect(errorOf(bad).code).not.toBe('RATE_LIMITED');
    for (let n = 0; n < 20; n++) {
      const r = await api.gql(
        GRANT_ACCESS,
        { input: inviteInput(w, newInvitee(w, n)) },
        { token: w.titularToken },
      );
      data(r);
    }
    const e = errorOf(
      await api.gql(GRANT_ACCESS, { input: inviteInput(w, newInvitee(w, 99)) }, { token: w.titularToken }),
    );
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('one e-mail address receives at most 5 invites a day, whoever sends them', async () => {
    const w = await createWorld(api);
    const email = `alvo.${Date.now()}@exemplo.com.br`;
    for (let n = 0; n < 5; n++) {
      data(
        await api.gql(
          GRANT_ACCESS,
          { input: inviteInput(w, newInvitee(w, n, email)) },
          { token: w.titularToken },
        ),
      );
    }
    const other = await createWorld(api);
    const e = errorOf(
      await api.gql(
        GRANT_ACCESS,
        { input: inviteInput(other, newInvitee(other, 0, email.toUpperCase())) },
        { token: other.titularToken },
      ),
    );
    expect(e.code).toBe('RATE_LIMITED');
  });

  it('an invite takes at most 10 accept attempts an hour (a wrong account trying again and again)', async () => {
    const w = await createWorld(api);
    const inv = await invite(api, w);
    for (let i = 0; i < 10; i++) {
      expect(errorOf(await accept(api, inv.mailToken, w.strangerToken)).code).toBe('INVITEE_MISMATCH');
    }
    expect(errorOf(await accept(api, inv.mailToken, w.strangerToken)).code).toBe('RATE_LIMITED');
  });

  it('an invite link takes at most 10 decline attempts an hour', async () => {
    const w = await createWorld(api);
    const inv = await invite(api, w);
    const decline = `mutation($token: String!) { declineAccessInvite(token: $token) }`;
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await api.gql(decline, { token: inv.copyToken }, { headers: from() });
      codes.push(r.errors ? errorOf(r).code : 'OK');
    }
    expect(codes[0]).toBe('OK');
    expect(codes.slice(1, 10)).toEqual(Array(9).fill('INVITE_INVALID'));
    expect(codes[10]).toBe('RATE_LIMITED');
  });

  it('guessing invite links from one address is slowed down after 20 misses; other addresses and real links are not', async () => {
    const guesser = from();
    let limited: ReturnType<typeof errorOf> | null = null;
    for (let i = 0; i < 60 && !limited; i++) {
      const token = `guess${String(i).padStart(3, '0')}${'a'.repeat(35)}`;
      const r = await api.gql<{ accessInvite: { status: string } }>(PREVIEW, { token }, { headers: guesser });
      if (r.errors) limited = errorOf(r);
      else expect(data(r).accessInvite.status).toBe('UNAVAILABLE');
    }
    expect(limited?.code).toBe('RATE_LIMITED');
    expect(limited?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Someone else behind another address opens a real link at once.
    const w = await createWorld(api);
    const inv = await invite(api, w);
    const ok = await api.gql<{ accessInvite: { status: string } }>(
      PREVIEW,
      { token: inv.mailToken },
      { headers: from() },
    );
    expect(data(ok).accessInvite.status).toBe('VALID');
  });
});

describe("a grant's audit trail in pages", () => {
  it('eventsConnection pages oldest first with a cursor, and refuses a forged cursor as VALIDATION_FAILED', async () => {
    const w = await createWorld(api);
    const inv = await invite(api, w);
    for (let i = 0; i < 3; i++) await accept(api, inv.mailToken, w.strangerToken);
    type Page = {
      accessGrant: {
        eventsConnection: {
          totalCount: number;
          edges: Array<{ cursor: string; node: { type: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const first = data(
      await api.gql<Page>(EVENTS_PAGE, { id: inv.grant.id, first: 2 }, { token: w.titularToken }),
    ).accessGrant.eventsConnection;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node.type)).toEqual(['CREATED', 'ACCEPT_REFUSED']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = data(
      await api.gql<Page>(
        EVENTS_PAGE,
        { id: inv.grant.id, first: 2, after: first.pageInfo.endCursor },
        { token: w.titularToken },
      ),
    ).accessGrant.eventsConnection;
    expect(second.edges.map((e) => e.node.type)).toEqual(['ACCEPT_REFUSED', 'ACCEPT_REFUSED']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const forged = await api.gql(
      EVENTS_PAGE,
      { id: inv.grant.id, after: 'bm90LWFuLWlk' },
      { token: w.titularToken },
    );
    expect(errorOf(forged).code).toBe('VALIDATION_FAILED');
  });
});
