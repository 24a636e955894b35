// Development switches are off unless asked for: a bare API process has no development mailbox (it
// hands out reset and invite links), no demo accounts (their password is public) and no introspection.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/seeds/seed.ts';
import { createFactories } from '../src/seeds/factories.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createTestDatabase } from './test-db.ts';
import { freePort } from './free-port.ts';

const INTROSPECTION = '{ __schema { queryType { name } } }';

/** The variables that could switch something on, removed (vitest itself sets NODE_ENV=test). */
function bareEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (
      /^(NODE_ENV|DELEGA_DEV|DEV_MAILBOX|DEMO_SEED|GRAPHQL_INTROSPECTION|SEED_ON_EMPTY|SENDGRID_.*|MAIL_.*)$/.test(
        k,
      )
    )
      delete env[k];
  }
  return env;
}

describe('a bare API process (no flags, NODE_ENV unset)', () => {
  let child: ChildProcess;
  let base: string;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let output = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: {
        ...bareEnv(),
        DATABASE_URL: db.url,
        API_PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // Not a development switch: a bare process brings its own key (the default is for development).
        MAIL_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const until = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`API exited: ${output}`);
      if (Date.now() > until) throw new Error(`API not ready: ${output}`);
      const ok = await fetch(`${base}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 90_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
    await db?.drop();
  });

  it('has no development mailbox', async () => {
    expect((await fetch(`${base}/dev/mailbox`)).status).toBe(404);
  });

  it('answers no introspection', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('seeds no demo accounts', async () => {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const r = await c.query(`select email from app_user where email = any($1)`, [
        DEMO_ACCOUNTS.map((a) => a.email),
      ]);
      expect(r.rows).toEqual([]);
    } finally {
      await c.end();
    }
  });
});

describe('introspection over WebSocket', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { WORKERS_ENABLED: 'false' } });
  });
  afterAll(() => api?.close());

  it('is refused as over HTTP when not switched on', async () => {
    const f = createFactories(api.orm.em.fork());
    const token = await f.session(await f.user());
    const client = api.ws(token);
    const result = await new Promise<{ data?: unknown; errors?: unknown }>((resolve, reject) => {
      client.subscribe(
        { query: INTROSPECTION },
        {
          next: (v) => resolve(v as never),
          error: (e) => resolve({ errors: e }),
          complete: () => reject(new Error('completed without a result')),
        },
      );
    });
    expect(JSON.stringify(result.errors)).toMatch(/introspection/i);
    expect(result.data ?? null).toBeNull();
  });

  it('is answered when GRAPHQL_INTROSPECTION=1', async () => {
    const on = await startTestApi({
      databaseUrl: api.databaseUrl,
      env: { GRAPHQL_INTROSPECTION: '1', WORKERS_ENABLED: 'false' },
    });
    try {
      expect((await on.gql(INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await on.close();
    }
  });
});
