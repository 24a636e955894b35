// Without SENDGRID_API_KEY: delivery marks messages SENT and GET /dev/mailbox lists them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSendGrid } from './fake-sendgrid.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let base: string;
beforeAll(async () => {
  api = await startTestApi({ env: { MAIL_POLL_MS: '200' } });
  base = api.url.replace('/graphql', '');
});
afterAll(() => api?.close());

interface MailboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
  status: string;
  createdAt: string;
  sentAt: string | null;
}

async function mailbox(query = ''): Promise<MailboxMessage[]> {
  const res = await fetch(`${base}/dev/mailbox${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return ((await res.json()) as { messages: MailboxMessage[] }).messages;
}

describe('local mailbox', () => {
  it('delivers to the mailbox and lists newest first, filtered by recipient', async () => {
    const em = api.orm.em.fork();
    await api.app.services.mail.enqueue(
      em,
      'password-reset',
      { email: 'ana@exemplo.com.br' },
      {
        fullName: 'Ana Souza',
        resetUrl: 'http://portal.test/redefinir-senha?token=abc',
        expiresAt: new Date(Date.now() + 3600_000),
      },
    );
    await api.app.services.mail.enqueue(
      em,
      'email-verification',
      { email: 'bruno@exemplo.com.br' },
      {
        fullName: 'Bruno Lima',
        verifyUrl: 'http://portal.test/verificar-email?token=xyz',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    );

    const until = Date.now() + 5000;
    let all = await mailbox();
    while (all.some((m) => m.status !== 'SENT') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      all = await mailbox();
    }
    expect(all.map((m) => m.to)).toEqual(['bruno@exemplo.com.br', 'ana@exemplo.com.br']);
    expect(all.every((m) => m.status === 'SENT' && m.sentAt)).toBe(true);

    const [ana] = await mailbox('?to=ANA@exemplo.com.br');
    expect(ana).toMatchObject({ to: 'ana@exemplo.com.br', subject: 'Redefinição de senha' });
    expect(ana!.links).toEqual(['http://portal.test/redefinir-senha?token=abc']);
    expect(ana!.text).toContain('http://portal.test/redefinir-senha?token=abc');
    expect(ana!.html).toContain('href="http://portal.test/redefinir-senha?token=abc"');
    expect(await mailbox('?to=ninguem@exemplo.com.br')).toEqual([]);
  });

  it('a rolled-back transaction sends nothing', async () => {
    const em = api.orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await api.app.services.mail.enqueue(
          tx,
          'account-exists',
          { email: 'rollback@exemplo.com.br' },
          {
            fullName: 'Carla Dias',
            signInUrl: 'http://portal.test/entrar',
            resetUrl: 'http://portal.test/esqueci-senha',
          },
        );
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await mailbox('?to=rollback@exemplo.com.br')).toEqual([]);
  });
});

describe('in production', () => {
  it('has no /dev/mailbox', async () => {
    const fake = await startFakeSendGrid();
    const prod = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: {
        NODE_ENV: 'production',
        DEV_MAILBOX: '0',
        MAIL_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
        SENDGRID_API_KEY: 'test-key',
        SENDGRID_BASE_URL: fake.baseUrl,
        WORKERS_ENABLED: 'false',
      },
    });
    try {
      const res = await fetch(prod.url.replace('/graphql', '/dev/mailbox'));
      expect(res.status).toBe(404);
    } finally {
      await prod.close();
      await fake.close();
    }
  });
});
