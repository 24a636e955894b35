// The operator's outbox report (`pnpm --filter @delega/api mail:report`), run as a real process on
// a real database: failed e-mails with their reason, possibly doubled ones with the attempt whose
// outcome was unknown; recipients masked.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

const run = promisify(execFile);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.orm.em.fork().execute(
    `insert into mail_message (id, template, to_email, status, attempts, last_error, possible_duplicate, duplicate_of_attempt)
     values (gen_random_uuid(), 'access-invite', 'beatriz.campos@exemplo.com.br', 'FAILED', 1,
             'SendGrid 400: The to address is not valid', false, null),
            (gen_random_uuid(), 'access-accepted', 'rodrigo.lima@exemplo.com.br', 'SENT', 2, null, true, 1)`,
  );
});
afterAll(async () => {
  await api?.close();
});

async function report(...args: string[]): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', '@oxc-node/core/register', 'src/scripts/mail-report.ts', ...args],
    {
      cwd: path.join(import.meta.dirname, '..'),
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'silent' },
    },
  );
  return stdout;
}

describe('mail:report', () => {
  it('lists the failed e-mails with the reason, the recipient masked', async () => {
    const out = await report();
    expect(out).toContain('access-invite  to be***@exemplo.com.br  FAILED  attempts 1');
    expect(out).toContain('SendGrid 400: The to address is not valid');
    expect(out).not.toContain('beatriz.campos');
    expect(out).not.toContain('access-accepted');
  });

  it('--duplicates lists the e-mails possibly sent twice, naming the attempt in doubt', async () => {
    const out = await report('--duplicates');
    expect(out).toContain('access-accepted  to ro***@exemplo.com.br  SENT  attempts 2');
    expect(out).toContain('attempt 1 may have been delivered before it was sent again');
    expect(out).not.toContain('rodrigo.lima');
    expect(out).not.toContain('access-invite');
  });
});
