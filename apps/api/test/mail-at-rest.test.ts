// E-mails at rest: bodies (with their working reset, verification and invite links) are sealed with
// AES-256-GCM under a configured key, dropped once delivered, and the rows themselves are deleted
// after MAIL_RETENTION_DAYS by the scheduled sweep (`mail.retention`).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIL_RETENTION } from '../src/modules/mail/mail.jobs.ts';
import { startFakeSendGrid, type FakeSendGrid } from './fake-sendgrid.ts';
import { startTestApi, type TestApi } from './harness.ts';

const key = () => randomBytes(32).toString('base64');
const K1 = `k1:${key()}`;
const K2 = `k2:${key()}`;

let fake: FakeSendGrid;
let api: TestApi;
const sendGrid = () => ({
  DEV_MAILBOX: '0',
  SENDGRID_API_KEY: 'test-key',
  SENDGRID_BASE_URL: fake.baseUrl,
  MAIL_POLL_MS: '100',
  MAIL_RETRY_BASE_MS: '50',
});
beforeAll(async () => {
  fake = await startFakeSendGrid('test-key');
  api = await startTestApi({ env: { ...sendGrid(), MAIL_ENCRYPTION_KEYS: K1 } });
});
afterAll(async () => {
  await api?.close();
  await fake?.close();
});

const secret = () => `tok-${randomBytes(12).toString('hex')}`;

async function enqueueReset(target: TestApi, token: string, email = `ana.${secret()}@exemplo.com.br`) {
  const m = await target.app.services.mail.enqueue(
    target.orm.em.fork(),
    'password-reset',
    { email, name: 'Ana Souza' },
    {
      fullName: 'Ana Souza',
      resetUrl: `http://portal.test/redefinir-senha?token=${token}`,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  );
  return { id: m.id, email };
}

async function rowOf(id: string): Promise<Record<string, unknown> | undefined> {
  const rows = await api.orm.em
    .fork()
    .execute<Record<string, unknown>[]>(`select * from mail_message where id = ?`, [id]);
  return rows[0];
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, label: string): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${label}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('mail at rest', () => {
  it('stores no working link, token or body text in plaintext, and names the key', async () => {
    fake.script({ hang: true }); // keep it undelivered while we look
    const token = secret();
    const { id } = await api.orm.em.fork().transactional(async (tx) => {
      const m = await api.app.services.mail.enqueue(
        tx,
        'password-reset',
        { email: 'bia@exemplo.com.br', name: 'Beatriz Rocha' },
        {
          fullName: 'Beatriz Rocha',
          resetUrl: `http://portal.test/redefinir-senha?token=${token}`,
          expiresAt: new Date(),
        },
      );
      return { id: m.id };
    });
    const row = (await rowOf(id))!;
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain('redefinir-senha');
    expect(stored).not.toContain('Redefini'); // the subject is sealed too
    expect(row.key_id).toBe('k1');
    await fake.down();
    await fake.up();
  });

  it('drops the body once SendGrid has accepted it; the metadata stays', async () => {
    const token = secret();
    const { id, email } = await enqueueReset(api, token);
    const row = await eventually(
      () => rowOf(id),
      (r) => r?.status === 'SENT',
      'SENT',
    );
    // SendGrid got the real message...
    const sent = fake.accepted().find((r) => r.body.custom_args?.message_id === id)!;
    expect(JSON.stringify(sent.body.content)).toContain(token);
    // ...and we keep only what support needs: which template, when, to a masked address.
    expect(row).toMatchObject({
      template: 'password-reset',
      status: 'SENT',
      sealed: null,
      key_id: null,
      to_name: null,
    });
    expect(row!.sent_at).not.toBeNull();
    expect(row!.provider_message_id).toMatch(/^fake-/);
    expect(row!.to_email).not.toBe(email);
    expect(row!.to_email).toMatch(/^an\*+@exemplo\.com\.br$/);
  });

  it('delivers what an earlier key sealed, after a rotation (the first key seals, the others open)', async () => {
    fake.script({ status: 500 }); // first attempt fails: the message is still sealed under k1
    const token = secret();
    const { id } = await enqueueReset(api, token);
    await eventually(
      () => rowOf(id),
      (r) => Number(r?.attempts) >= 1,
      'first attempt',
    );
    const rotated = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: { ...sendGrid(), MAIL_ENCRYPTION_KEYS: `${K2},${K1}` },
    });
    try {
      const fresh = await enqueueReset(rotated, secret());
      expect((await rowOf(fresh.id))?.key_id).toBe('k2');
      await eventually(
        () => rowOf(id),
        (r) => r?.status === 'SENT',
        'SENT after rotation',
      );
      expect(fake.accepted().some((r) => JSON.stringify(r.body.content).includes(token))).toBe(true);
    } finally {
      await rotated.close();
    }
  });

  it('deletes rows older than MAIL_RETENTION_DAYS in the scheduled sweep', async () => {
    expect(api.config.MAIL_RETENTION_DAYS).toBe(30);
    const old = await enqueueReset(api, secret());
    const recent = await enqueueReset(api, secret());
    await eventually(
      () => rowOf(old.id),
      (r) => r?.status === 'SENT',
      'SENT',
    );
    await eventually(
      () => rowOf(recent.id),
      (r) => r?.status === 'SENT',
      'SENT',
    );
    await api.orm.em
      .fork()
      .execute(`update mail_message set created_at = now() - interval '31 days' where id = ?`, [old.id]);
    // The sweep is a scheduled job (every ten minutes); send the job the schedule sends.
    await api.app.services.jobs.sendNow(MAIL_RETENTION, {});
    await eventually(
      () => rowOf(old.id),
      (r) => r === undefined,
      'old row deleted',
    );
    expect(await rowOf(recent.id)).toBeDefined();
  });
});
