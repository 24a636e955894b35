// Mail on the job system: the `mail.send` job is part of the sender's transaction, the sweeps are
// schedules (one at a time for all processes), and a message left without a job is adopted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoTransactionError } from '../src/modules/jobs/em-database.ts';
import { MAIL_RETENTION, MAIL_SEND } from '../src/modules/mail/mail.jobs.ts';
import type { MailTemplates } from '../src/modules/mail/mail.types.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { jobCounts } from './jobs.ts';

let api: TestApi;
let idle: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { MAIL_POLL_MS: '500' } });
  idle = await startTestApi({ databaseUrl: api.databaseUrl, env: { WORKERS_ENABLED: 'false' } });
});
afterAll(async () => {
  await idle?.close();
  await api?.close();
});

const reset: MailTemplates['password-reset'] = {
  fullName: 'Ana Souza',
  resetUrl: 'http://portal.test/redefinir-senha/abc',
  expiresAt: new Date('2026-12-01T12:00:00Z'),
};

const statusOf = async (id: string) =>
  (
    await api.orm.em
      .fork()
      .execute<{ status: string }[]>('select status::text as status from mail_message where id = ?', [id])
  )[0]?.status;

async function jobsFor(id: string): Promise<number> {
  const [r] = await api.orm.em
    .fork()
    .execute<{ n: number }[]>(`select count(*)::int as n from pgboss.job where data ->> 'messageId' = ?`, [
      id,
    ]);
  return r!.n;
}

describe('mail on the job system', () => {
  it('enqueues the job in the sender’s transaction: a rollback leaves neither message nor job', async () => {
    let id = '';
    await expect(
      idle.orm.em.fork().transactional(async (tx) => {
        id = (
          await idle.app.services.mail.enqueue(tx, 'password-reset', { email: 'a@exemplo.com.br' }, reset)
        ).id;
        expect(await jobsFor(id)).toBe(0); // not visible before commit
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await statusOf(id)).toBeUndefined();
    expect(await jobsFor(id)).toBe(0);
  });

  it('refuses a job outside a transaction (it could outlive a rolled-back change)', async () => {
    await expect(
      idle.app.services.jobs.enqueue(idle.orm.em.fork(), MAIL_SEND, { messageId: 'x', attempt: 1 }),
    ).rejects.toBeInstanceOf(NoTransactionError);
  });

  it('a process without workers enqueues; one with workers delivers', async () => {
    const m = await idle.app.services.mail.enqueue(
      idle.orm.em.fork(),
      'password-reset',
      { email: 'b@exemplo.com.br' },
      reset,
    );
    expect(await jobsFor(m.id)).toBe(1);
    await expect.poll(() => statusOf(m.id), { timeout: 15_000 }).toBe('SENT');
  });

  it('adopts a message left without a job (queued before the job system)', async () => {
    // As a row from the old outbox: no job, and overdue (committed that way: no worker saw a job).
    const id = await api.orm.em.fork().transactional(async (tx) => {
      const m = await idle.app.services.mail.enqueue(
        tx,
        'password-reset',
        { email: 'c@exemplo.com.br' },
        reset,
      );
      await tx.execute(`delete from pgboss.job where data ->> 'messageId' = ?`, [m.id]);
      await tx.execute(`update mail_message set next_attempt_at = now() - interval '1 day' where id = ?`, [
        m.id,
      ]);
      return m.id;
    });
    expect(await jobsFor(id)).toBe(0);
    await api.app.services.jobs.sendNow(MAIL_RETENTION, {});
    await expect.poll(() => statusOf(id), { timeout: 15_000 }).toBe('SENT');
  });

  it('schedules the sweeps once for all processes, each on a one-at-a-time queue', async () => {
    const rows = await api.orm.em
      .fork()
      .execute<{ name: string; cron: string; policy: string }[]>(
        `select s.name, s.cron, q.policy from pgboss.schedule s join pgboss.queue q on q.name = s.name order by s.name`,
      );
    expect(rows).toEqual([
      { name: 'grants.expire-invites', cron: '*/30 * * * * *', policy: 'exclusive' },
      { name: 'grants.validity', cron: '*/30 * * * * *', policy: 'exclusive' },
      { name: 'mail.retention', cron: '*/10 * * * *', policy: 'exclusive' },
      { name: 'webhook.retention', cron: '*/30 * * * *', policy: 'exclusive' },
    ]);
    expect((await jobCounts(api.databaseUrl, MAIL_SEND.name)).failed).toBe(0);
  });
});
