import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabase {
  /** The request pool's URL: through PgBouncer (transaction mode) in the PgBouncer run. */
  url: string;
  /** The session-mode URL (LISTEN, job workers, migrations): always the server itself. */
  sessionUrl: string;
  drop: () => Promise<void>;
}

/**
 * The session-mode URL for a request URL: in the PgBouncer run, the same database on the server
 * itself instead of PgBouncer; otherwise the URL unchanged.
 */
export function sessionUrlOf(url: string): string {
  const bouncerPort = inject('pgBouncerPort') ?? null;
  const u = new URL(url);
  if (bouncerPort === null || u.port !== String(bouncerPort)) return url;
  u.port = new URL(inject('pgAdminUrl')).port;
  return u.toString();
}

/** A fresh database for this test file, cloned from the migrated template (about 50 ms). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE delega_template`);
  await admin.end();
  const direct = new URL(adminUrl);
  direct.pathname = `/${name}`;
  const url = new URL(direct);
  const bouncerPort = inject('pgBouncerPort') ?? null;
  if (bouncerPort !== null) url.port = String(bouncerPort);
  return {
    url: url.toString(),
    sessionUrl: direct.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
