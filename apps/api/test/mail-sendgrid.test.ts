// The SendGrid transport and mail delivery on the job system against a local fake of SendGrid's v3 API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAIL_SEND } from '../src/modules/mail/mail.jobs.ts';
import type { MailTemplates } from '../src/modules/mail/mail.types.ts';
import { startFakeSendGrid, type FakeSendGrid } from './fake-sendgrid.ts';
import { startTestApi, type TestApi } from './harness.ts';

let fake: FakeSendGrid;
let api: TestApi;

const env = () => ({
  DEV_MAILBOX: '0',
  SENDGRID_API_KEY: 'test-key',
  SENDGRID_BASE_URL: fake.baseUrl,
  MAIL_FROM_EMAIL: 'nao-responda@delega.test',
  MAIL_FROM_NAME: 'Delega Teste',
  MAIL_RETRY_BASE_MS: '50',
  MAIL_POLL_MS: '200',
  MAIL_SEND_TIMEOUT_MS: '500',
});

beforeAll(async () => {
  fake = await startFakeSendGrid('test-key');
  api = await startTestApi({ env: env() });
});
afterAll(async () => {
  await api?.close();
  await fake?.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

interface Row {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: Date | null;
}

const invite = (n = 1): MailTemplates['access-invite'] => ({
  inviteeName: 'Bruno Lima',
  titularName: 'Ana Souza',
  businessPartnerName: 'Souza & Filhos <Ltda>',
  installationCount: n,
  inviteUrl: 'http://portal.test/convite/abc',
  expiresAt: new Date('2026-11-27T14:06:00Z'),
});

async function enqueue(
  email = `convidado.${Math.random().toString(36).slice(2)}@exemplo.com.br`,
): Promise<string> {
  const em = api.orm.em.fork();
  const m = await api.app.services.mail.enqueue(
    em,
    'access-invite',
    { email, name: 'Bruno Lima' },
    invite(3),
  );
  return m.id;
}

async function row(id: string): Promise<Row> {
  const rows = await api.orm.em
    .fork()
    .execute<Row[]>(
      'select id, status, attempts, last_error, provider_message_id, sent_at from mail_message where id = ?',
      [id],
    );
  return rows[0]!;
}

async function waitFor(ids: string[], done: (r: Row) => boolean, timeoutMs = 15_000): Promise<Row[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await Promise.all(ids.map(row));
    if (rows.every(done)) return rows;
    if (Date.now() > until)
      throw new Error(`timed out: ${JSON.stringify(rows.map((r) => [r.status, r.attempts, r.last_error]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
const final = (r: Row) => r.status === 'SENT' || r.status === 'FAILED';
const sendsOf = (id: string) => fake.requests.filter((r) => r.body.custom_args?.message_id === id);

describe('SendGrid transport', () => {
  it('sends once: recipient, sender, subject, HTML and text, idempotency key, no tracking', async () => {
    const id = await enqueue('convidado@exemplo.com.br');
    const [r] = await waitFor([id], final);
    expect(r!.status).toBe('SENT');
    expect(r!.attempts).toBe(1);
    expect(r!.provider_message_id).toMatch(/^fake-/);
    expect(r!.sent_at).not.toBeNull();

    await new Promise((res) => setTimeout(res, 400)); // a poll later: still one send
    const sent = sendsOf(id);
    expect(sent).toHaveLength(1);
    const body = sent[0]!.body;
    expect(sent[0]!.authorization).toBe('Bearer test-key');
    expect(body.personalizations[0]!.to).toEqual([{ email: 'convidado@exemplo.com.br', name: 'Bruno Lima' }]);
    expect(body.from).toEqual({ email: 'nao-responda@delega.test', name: 'Delega Teste' });
    expect(body.subject).toBe('Ana Souza convidou você para acessar instalações no portal');
    const text = body.content.find((c) => c.type === 'text/plain')!.value;
    const html = body.content.find((c) => c.type === 'text/html')!.value;
    expect(text).toContain('http://portal.test/convite/abc');
    expect(text).toContain('27/11/2026 às 11:06 (horário de Brasília)');
    expect(html).toContain('Souza &amp; Filhos &lt;Ltda&gt;');
    expect(body.custom_args).toMatchObject({ message_id: id });
    expect(body.headers).toEqual({ 'X-Message-Key': id });
    expect(body.tracking_settings).toMatchObject({
      open_tracking: { enable: false },
      click_tracking: { enable: false },
    });
  });

  it('429 with Retry-After: waits, then one success (attempts = 2)', async () => {
    fake.script({ status: 429, retryAfter: '1' });
    const id = await enqueue();
    const [r] = await waitFor([id], final);
    expect(r).toMatchObject({ status: 'SENT', attempts: 2 });
    const sends = sendsOf(id);
    expect(sends.map((s) => s.answered)).toEqual([429, 202]);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it('500 twice, then 202: sent on the third attempt', async () => {
    fake.script({ status: 500 }, { status: 500 });
    const id = await enqueue();
    const [r] = await waitFor([id], final);
    expect(r).toMatchObject({ status: 'SENT', attempts: 3 });
    expect(sendsOf(id).map((s) => s.answered)).toEqual([500, 500, 202]);
  });

  it('400 is permanent: FAILED with the reason, not retried', async () => {
    fake.script({
      status: 400,
      body: { errors: [{ field: 'personalizations.0.to', message: 'Invalid email address' }] },
    });
    const id = await enqueue();
    const [r] = await waitFor([id], final);
    expect(r!.status).toBe('FAILED');
    expect(r!.attempts).toBe(1);
    expect(r!.last_error).toContain('SendGrid HTTP 400');
    expect(r!.last_error).toContain('Invalid email address');
    await new Promise((res) => setTimeout(res, 400));
    expect(sendsOf(id)).toHaveLength(1);
  });

  it('401 and 413 are permanent too', async () => {
    fake.script({ status: 401 }, { status: 413 });
    const a = await enqueue();
    await waitFor([a], final);
    const b = await enqueue();
    const rows = await waitFor([a, b], final);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['FAILED', 1],
      ['FAILED', 1],
    ]);
    expect(rows[0]!.last_error).toContain('401');
    expect(rows[1]!.last_error).toContain('413');
  });

  it('a timeout is retried', async () => {
    fake.script({ hang: true });
    const id = await enqueue();
    const [r] = await waitFor([id], final);
    expect(r).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(sendsOf(id).map((s) => s.answered)).toEqual([0, 202]);
    // SendGrid may have taken the unanswered request: the resend is recorded as a possible duplicate.
    const [dup] = await api.orm.em
      .fork()
      .execute<{ possible_duplicate: boolean; duplicate_of_attempt: number | null }[]>(
        'select possible_duplicate, duplicate_of_attempt from mail_message where id = ?',
        [id],
      );
    expect(dup).toEqual({ possible_duplicate: true, duplicate_of_attempt: 1 });
  });

  it('gives up after the maximum attempts and records why', async () => {
    fake.script(...Array.from({ length: 8 }, () => ({ status: 500 as const })));
    const id = await enqueue();
    const [r] = await waitFor([id], final, 20_000);
    expect(r!.status).toBe('FAILED');
    expect(r!.attempts).toBe(8);
    expect(r!.last_error).toMatch(/SendGrid HTTP 500.*gave up after 8 attempts/);
    expect(sendsOf(id)).toHaveLength(8);
  });

  it('SendGrid down: nothing lost, each message delivered once when it comes back', async () => {
    await fake.down();
    const ids = [await enqueue(), await enqueue(), await enqueue()];
    await waitFor(
      ids,
      (r) => r.status === 'QUEUED' && r.attempts >= 2 && (r.last_error ?? '').includes('ECONNREFUSED'),
    );
    await fake.up();
    const rows = await waitFor(ids, final);
    expect(rows.every((r) => r.status === 'SENT')).toBe(true);
    for (const id of ids) expect(sendsOf(id)).toHaveLength(1);
  });

  it('resends a message left mid-send as a possible duplicate, and never re-sends a SENT one', async () => {
    const em = api.orm.em.fork();
    // As if a worker died mid-send: the row SENDING at its job's attempt (committed that way, so no
    // worker could claim it first). The job (a retry after its lease) sends it again and says so.
    const stuck = await em.transactional(async (tx) => {
      const m = await api.app.services.mail.enqueue(
        tx,
        'access-invite',
        { email: 'preso@exemplo.com.br' },
        invite(1),
      );
      await tx.execute(
        `update mail_message set status = 'SENDING', attempts = 1, next_attempt_at = now() - interval '1 second' where id = ?`,
        [m.id],
      );
      return m.id;
    });
    const sentBefore = await enqueue();
    await waitFor([sentBefore], final);
    // A repeated job for a SENT message (a retry whose first run had finished) sends nothing.
    await api.app.services.jobs.sendNow(MAIL_SEND, { messageId: sentBefore, attempt: 1 });
    const [r] = await waitFor([stuck], (x) => x.status === 'SENT');
    expect(r!.attempts).toBe(1);
    const [dup] = await em.execute<{ possible_duplicate: boolean; duplicate_of_attempt: number | null }[]>(
      'select possible_duplicate, duplicate_of_attempt from mail_message where id = ?',
      [stuck],
    );
    expect(dup).toEqual({ possible_duplicate: true, duplicate_of_attempt: 1 });
    await new Promise((res) => setTimeout(res, 1200));
    expect(sendsOf(stuck)).toHaveLength(1);
    expect(sendsOf(sentBefore)).toHaveLength(1); // its first and only send
  });

  it('two API processes on one database never send a message twice', async () => {
    const second = await startTestApi({ databaseUrl: api.databaseUrl, env: env() });
    try {
      const em = api.orm.em.fork();
      const ids = await em.transactional(async (tx) => {
        const out: string[] = [];
        for (let i = 0; i < 60; i++) {
          const m = await api.app.services.mail.enqueue(
            tx,
            'access-invite',
            { email: `p${i}@exemplo.com.br` },
            invite(i + 1),
          );
          out.push(m.id);
        }
        return out;
      });
      const rows = await waitFor(ids, final);
      expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
      await new Promise((res) => setTimeout(res, 400));
      const keys = fake.requests.map((r) => r.body.custom_args!.message_id!);
      expect(keys.filter((k) => ids.includes(k))).toHaveLength(60);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      await second.close();
    }
  });
});
