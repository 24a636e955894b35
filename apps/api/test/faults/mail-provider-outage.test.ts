// Fault 4: the e-mail service answers 5xx, then does not answer at all (it accepts the connection and
// never replies), while titulars keep inviting through two real API processes. When it comes back,
// every message is sent exactly once. Minutes are compressed by configuration: a 100 ms retry base,
// a 300 ms send timeout, and seconds of outage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/modules/accounts/user.entity.ts';
import { MAIL_SEND } from '../../src/modules/mail/mail.jobs.ts';
import { sendGridProcessEnv, startFakeSendGrid, type FakeSendGrid } from '../fake-sendgrid.ts';
import { createWorld, data, GRANT_ACCESS, inviteInput, type World } from '../grants-fixtures.ts';
import { startTestApi, type TestApi } from '../harness.ts';
import { jobCounts, settled } from '../jobs.ts';
import { spawnApi, type ApiProcess } from './api-process.ts';

let fake: FakeSendGrid;
let a: TestApi;
let p1: ApiProcess;
let p2: ApiProcess;
let w: World;

const sendGrid = () =>
  sendGridProcessEnv(fake, {
    MAIL_SEND_TIMEOUT_MS: '300',
    MAIL_MAX_ATTEMPTS: '50',
    MAIL_LEASE_MS: '5000',
  });

beforeAll(async () => {
  fake = await startFakeSendGrid('test-key');
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
  [p1, p2] = await Promise.all([
    spawnApi(a.databaseUrl, 'fault-mail-1', sendGrid()),
    spawnApi(a.databaseUrl, 'fault-mail-2', sendGrid()),
  ]);
}, 90_000);
afterAll(async () => {
  await p1?.kill();
  await p2?.kill();
  await a?.close();
  await fake?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Invites a new person through one of the API processes; the invite (and its e-mail) commits. */
async function inviteSomeone(via: ApiProcess, person: User): Promise<string> {
  const input = inviteInput(w, {
    invitee: { fullName: person.fullName, cpf: person.cpf, email: person.email },
  });
  const r = await via.gql<{ grantAccess: { grant: { id: string } } }>(
    GRANT_ACCESS,
    { input },
    w.titularToken,
  );
  return data(r).grantAccess.grant.id;
}

async function messages(): Promise<Array<{ id: string; status: string; attempts: number }>> {
  return a.orm.em
    .fork()
    .execute(`select id, status::text as status, attempts from mail_message order by created_at, id`);
}

describe('fault: the e-mail service is down (5xx, then no answer)', () => {
  it('keeps inviting meanwhile, and sends every message exactly once when it returns', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => w.f.user()));
    const before = new Set((await messages()).map((m) => m.id));

    fake.always({ status: 503 });
    for (const [i, person] of people.slice(0, 4).entries()) {
      await inviteSomeone(i % 2 ? p2 : p1, person);
      await sleep(400);
    }
    fake.always({ hang: true });
    for (const [i, person] of people.slice(4).entries()) {
      await inviteSomeone(i % 2 ? p2 : p1, person);
      await sleep(400);
    }
    await sleep(1000);
    const during = (await messages()).filter((m) => !before.has(m.id));
    expect(during.length).toBeGreaterThanOrEqual(8);
    // Nothing went out, nothing was given up: every message is waiting for its next attempt.
    expect(during.every((m) => m.status === 'QUEUED' || m.status === 'SENDING')).toBe(true);
    expect(fake.accepted()).toHaveLength(0);
    const answers = new Set(fake.requests.map((r) => r.answered));
    expect(answers).toEqual(new Set([503, 0])); // both kinds of outage were met

    fake.always(null); // the service is back
    const ids = during.map((m) => m.id);
    const until = Date.now() + 60_000;
    for (;;) {
      const rows = (await messages()).filter((m) => ids.includes(m.id));
      if (rows.every((m) => m.status === 'SENT')) break;
      if (Date.now() > until) throw new Error(`not all sent: ${JSON.stringify(rows)}`);
      await sleep(200);
    }
    await settled(a.databaseUrl, MAIL_SEND.name);
    await sleep(1000); // a poll later: still once

    const accepted = fake.accepted();
    for (const id of ids) {
      expect(
        accepted.filter((r) => r.body.custom_args?.message_id === id),
        id,
      ).toHaveLength(1);
    }
    expect(accepted).toHaveLength(ids.length);
    for (const person of people) {
      const to = accepted.filter((r) => r.body.personalizations[0]!.to[0]!.email === person.email);
      expect(to, 'one invite e-mail per invitee').toHaveLength(1);
    }
    expect(fake.requests.length).toBeGreaterThan(ids.length); // retried through the outage
    expect((await jobCounts(a.databaseUrl, MAIL_SEND.name)).failed).toBe(0);
    // A send that got no answer may have been taken all the same (a real provider can accept and
    // then fail to answer): exactly the messages that met the hang are marked possible duplicates.
    const hung = new Set(
      fake.requests.filter((r) => r.answered === 0).map((r) => r.body.custom_args!.message_id),
    );
    const marked = await a.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from mail_message where possible_duplicate`);
    expect(new Set(marked.map((m) => m.id))).toEqual(hung);
    expect(hung.size).toBeGreaterThan(0);
  }, 120_000);
});
