// Fault 5: the API process sending an e-mail is killed (SIGKILL) while SendGrid holds the request
// open. Its job is retried by another process once its lease has passed; the message arrives, and
// the second send is recorded as a possible duplicate (SendGrid has no idempotent send, and the first
// request's fate is unknown).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_SEND } from '../../src/modules/mail/mail.jobs.ts';
import { sendGridProcessEnv, startFakeSendGrid, type FakeSendGrid } from '../fake-sendgrid.ts';
import { createWorld, data, GRANT_ACCESS, inviteInput, type World } from '../grants-fixtures.ts';
import { startTestApi, type TestApi } from '../harness.ts';
import { settled } from '../jobs.ts';
import { spawnApi, type ApiProcess } from './api-process.ts';

let fake: FakeSendGrid;
let a: TestApi;
let p1: ApiProcess | undefined;
let p2: ApiProcess | undefined;
let w: World;

const LEASE_MS = 3000;
const sendGrid = () =>
  sendGridProcessEnv(fake, {
    // Longer than the test: the held request only ends with its process.
    MAIL_SEND_TIMEOUT_MS: '60000',
    MAIL_LEASE_MS: String(LEASE_MS),
  });

beforeAll(async () => {
  fake = await startFakeSendGrid('test-key');
  a = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  w = await createWorld(a);
}, 60_000);
afterAll(async () => {
  await p1?.kill();
  await p2?.kill();
  await a?.close();
  await fake?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Row {
  id: string;
  status: string;
  attempts: number;
  possible_duplicate: boolean;
  duplicate_of_attempt: number | null;
}
const rowOf = async (id: string): Promise<Row | undefined> =>
  (
    await a.orm.em.fork().execute<Row[]>(
      `select id, status::text as status, attempts, possible_duplicate, duplicate_of_attempt
           from mail_message where id = ?`,
      [id],
    )
  )[0];

async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await sleep(50);
  }
}

describe('fault: the worker sending an e-mail is killed mid-send', () => {
  it('another process retries the job after its lease; the message arrives, the resend recorded as a possible duplicate', async () => {
    fake.script({ hang: true }); // SendGrid holds the first send open
    p1 = await spawnApi(a.databaseUrl, 'fault-sender-1', sendGrid());
    const person = await w.f.user();
    const input = inviteInput(w, {
      invitee: { fullName: person.fullName, cpf: person.cpf, email: person.email },
    });
    data(await a.gql(GRANT_ACCESS, { input }, { token: w.titularToken }));
    const [newest] = await a.orm.em
      .fork()
      .execute<{ id: string }[]>(
        `select id from mail_message where template = 'access-invite' order by created_at desc limit 1`,
      );
    const id = newest!.id;
    const sendsOf = () => fake.requests.filter((r) => r.body.custom_args?.message_id === id);

    // P1 is mid-send: the request reached SendGrid, which has not answered.
    await until(sendsOf, (s) => s.length === 1, 'the first send');
    expect((await rowOf(id))?.status).toBe('SENDING');
    await p1.kill('SIGKILL');
    const killedAt = Date.now();
    expect(p1.child.signalCode).toBe('SIGKILL');

    p2 = await spawnApi(a.databaseUrl, 'fault-sender-2', sendGrid());
    const sent = await until(
      () => rowOf(id),
      (r) => r?.status === 'SENT',
      'SENT by P2',
    );
    const sends = sendsOf();
    expect(sends).toHaveLength(2);
    expect(sends.map((s) => s.answered)).toEqual([0, 202]); // the held one never answered
    expect(sends[1]!.at - killedAt).toBeGreaterThanOrEqual(LEASE_MS - 1000); // not before its lease
    expect(sends[1]!.body.personalizations[0]!.to[0]!.email).toBe(person.email);
    expect(sent).toMatchObject({ attempts: 1, possible_duplicate: true, duplicate_of_attempt: 1 });

    await settled(a.databaseUrl, MAIL_SEND.name);
    await sleep(1000);
    expect(sendsOf()).toHaveLength(2); // and no third
  }, 90_000);
});
