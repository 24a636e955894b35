// One PostgreSQL server per test run; a template database migrated once; each test file clones it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { ensureDatabaseExists, initOrm, migrate } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { scanLogDir } from './log-scan.ts';
import { startPgBouncer } from './pgbouncer/pgbouncer.ts';
import { freePort } from './free-port.ts';

export const TEMPLATE_DB = 'delega_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL (database `postgres`) of the test server. */
    pgAdminUrl: string;
    /** Where each API process of the run writes its log (scanned for personal data at the end). */
    logDir: string;
    /**
     * The PgBouncer run (`pnpm test:pgbouncer`): its port. Test databases are then reached through it
     * (transaction mode) for requests, and directly for the session-mode URL (test-db.ts).
     */
    pgBouncerPort: number | null;
  }
}

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupTestRun(project, { pgBouncer: false });
}

/** The run's PostgreSQL and template; with `pgBouncer`, PgBouncer in transaction mode in front of it. */
export async function setupTestRun(
  project: TestProject,
  opts: { pgBouncer: boolean },
): Promise<() => Promise<void>> {
  // TEST_DATABASE_URL points at an existing server (admin database) instead of an embedded one.
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dir: string | null = null;
  if (!adminUrl) {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-test-pg-'));
    await fs.chmod(dir, 0o755);
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      port: await freePort(),
      persistent: false,
    });
    adminUrl = pg.url('postgres');
    stop = pg.stop;
  }
  const admin = new URL(adminUrl);
  await dropIfExists(adminUrl, TEMPLATE_DB);
  await ensureDatabaseExists(adminUrl, TEMPLATE_DB);
  admin.pathname = `/${TEMPLATE_DB}`;
  const orm = await initOrm(admin.toString());
  await migrate(orm);
  await orm.close();
  project.provide('pgAdminUrl', adminUrl);
  const bouncerDir = opts.pgBouncer
    ? await fs.mkdtemp(path.join(os.tmpdir(), 'delega-test-pgbouncer-'))
    : null;
  const bouncer = bouncerDir ? await startPgBouncer(adminUrl, bouncerDir) : null;
  project.provide('pgBouncerPort', bouncer?.port ?? null);
  const logDir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-test-logs-'));
  project.provide('logDir', logDir);
  return async () => {
    // A PgBouncer run that relayed nothing proved nothing.
    const relayed = bouncer ? await bouncer.transactions() : 0;
    await bouncer?.stop();
    await stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
    if (bouncerDir) await fs.rm(bouncerDir, { recursive: true, force: true });
    // CPFs and e-mails are never logged, nor tokens: the whole run's logs are scanned once.
    const findings = await scanLogDir(logDir);
    await fs.rm(logDir, { recursive: true, force: true });
    if (findings.length > 0) {
      const list = findings
        .slice(0, 20)
        .map((f) => `${f.kind} ${f.sample} in ${f.file}${f.msg ? ` (message: ${f.msg})` : ''}`);
      throw new Error(`Personal data or tokens in the test logs:\n${list.join('\n')}`);
    }
    if (bouncer) {
      if (relayed === 0) throw new Error('PgBouncer relayed no transaction: the run did not go through it.');
      console.log(`PgBouncer (transaction mode) relayed ${relayed} transactions.`);
    }
  };
}

async function dropIfExists(adminUrl: string, name: string): Promise<void> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
}
