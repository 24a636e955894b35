// What an operator sees of mail on GET /metrics: the job system's queue depth and oldest age per
// queue (pg-boss), the outbox, failures and possible duplicates, while SendGrid is down and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_SEND } from '../src/modules/mail/mail.jobs.ts';
import { startFakeSendGrid, type FakeSendGrid } from './fake-sendgrid.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { settled } from './jobs.ts';

const TOKEN = 'metrics-token-for-tests';
let fake: FakeSendGrid;
let api: TestApi;
beforeAll(async () => {
  fake = await startFakeSendGrid('test-key');
  api = await startTestApi({
    env: {
      DEV_MAILBOX: '0',
      SENDGRID_API_KEY: 'test-key',
      SENDGRID_BASE_URL: fake.baseUrl,
      MAIL_RETRY_BASE_MS: '300',
      MAIL_POLL_MS: '500',
      METRICS_TOKEN: TOKEN,
    },
  });
});
afterAll(async () => {
  await api?.close();
  await fake?.close();
});

async function figures(): Promise<Map<string, number>> {
  const res = await fetch(api.url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  expect(res.status).toBe(200);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    const m = /^(delega_(?:job|mail)_\w+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

const depth = (f: Map<string, number>, state: string) =>
  f.get(`delega_job_queue_depth{queue="mail.send",state="${state}"}`) ?? 0;

describe('mail and job figures', () => {
  it('show the backlog per queue while SendGrid is down, and none once it is back', async () => {
    fake.always({ status: 503 });
    await api.orm.em.fork().transactional(async (tx) => {
      for (let i = 0; i < 3; i++) {
        await api.app.services.mail.enqueue(
          tx,
          'password-reset',
          { email: `m${i}@exemplo.com.br`, name: 'Ana' },
          { fullName: 'Ana', resetUrl: 'http://portal.test/redefinir-senha/x', expiresAt: new Date() },
        );
      }
    });
    await expect.poll(() => fake.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const down = await figures();
    expect(depth(down, 'waiting') + depth(down, 'active')).toBe(3);
    expect(down.get('delega_job_queue_oldest_age_seconds{queue="mail.send"}')).toBeGreaterThan(0);
    expect(
      down.get('delega_mail_queue_depth{status="QUEUED"}')! +
        down.get('delega_mail_queue_depth{status="SENDING"}')!,
    ).toBe(3);
    // Every declared queue is reported, idle ones at 0.
    expect(down.get('delega_job_queue_depth{queue="grants.expire-invites",state="waiting"}')).toBe(0);

    fake.always(null);
    await settled(api.databaseUrl, MAIL_SEND.name);
    const up = await figures();
    expect(depth(up, 'waiting')).toBe(0);
    expect(depth(up, 'active')).toBe(0);
    expect(up.get('delega_job_queue_oldest_age_seconds{queue="mail.send"}')).toBe(0);
    expect(up.get('delega_mail_queue_depth{status="QUEUED"}')).toBe(0);
    expect(up.get('delega_mail_failed_messages')).toBe(0);
    expect(up.get('delega_mail_possible_duplicates')).toBe(0);
  });
});
