// A real primary and a physical streaming standby for the read-replica tests, from the embedded
// PostgreSQL binaries (which have no pg_basebackup): the primary is migrated, stopped cleanly and its
// data directory copied (a cold base backup), then the copy starts as a hot standby streaming from it.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { ensureDatabaseExists, initOrm, migrate } from '../src/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.ts';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const DB = 'delega';

export interface PrimaryAndStandby {
  primaryUrl: string;
  standbyUrl: string;
  /** Pauses or resumes WAL replay on the standby (a replica that lags, on demand). */
  replay(on: boolean): Promise<void>;
  /** Resolves once the standby has replayed everything the primary has written. */
  caughtUp(): Promise<void>;
  stopStandby(): Promise<void>;
  stop(): Promise<void>;
}

async function pgCtlPath(): Promise<string> {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const binaries = (await import(
    pathToFileURL(require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`)).href
  )) as { pg_ctl: string };
  return binaries.pg_ctl;
}

async function one<T>(url: string, sql: string, values: unknown[] = []): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, values)).rows[0] as T;
  } finally {
    await c.end();
  }
}

export async function startPrimaryAndStandby(): Promise<PrimaryAndStandby> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-test-replica-'));
  await fs.chmod(dir, 0o755);
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  const primaryPort = await freePort();
  let primary: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort });
  await ensureDatabaseExists(primary.url('postgres'), DB);
  const orm = await initOrm(primary.url(DB));
  await migrate(orm);
  await orm.close();
  await primary.stop();

  // A cleanly stopped cluster is a consistent base backup; `cp -a` keeps its owner and modes.
  await run('cp', ['-a', primaryDir, standbyDir]);
  const { uid, gid } = await fs.stat(primaryDir);
  const conninfo = new URL(primary.url(DB));
  await fs.writeFile(path.join(standbyDir, 'standby.signal'), '');
  await fs.appendFile(
    path.join(standbyDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${conninfo.username} ` +
      `password=${decodeURIComponent(conninfo.password)} application_name=delega-standby'\n`,
  );
  await fs.chown(path.join(standbyDir, 'standby.signal'), uid, gid);

  primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort });
  const standbyPort = await freePort();
  const pgCtl = await pgCtlPath();
  const asOwner = process.getuid?.() === 0 ? { uid, gid } : {};
  const flags = `-p ${standbyPort} -c listen_addresses=127.0.0.1 -c max_connections=300`;
  await run(
    pgCtl,
    ['start', '-w', '-D', standbyDir, '-o', flags, '-l', path.join(standbyDir, 'log.txt')],
    asOwner,
  );
  let standbyRunning = true;
  const standbyUrl = new URL(primary.url(DB));
  standbyUrl.port = String(standbyPort);

  const stopStandby = async () => {
    if (!standbyRunning) return;
    standbyRunning = false;
    await run(pgCtl, ['stop', '-m', 'fast', '-D', standbyDir], asOwner);
  };
  const replica: PrimaryAndStandby = {
    primaryUrl: primary.url(DB),
    standbyUrl: standbyUrl.toString(),
    async replay(on) {
      await one(standbyUrl.toString(), on ? 'select pg_wal_replay_resume()' : 'select pg_wal_replay_pause()');
    },
    async caughtUp() {
      const { lsn } = await one<{ lsn: string }>(
        primary.url(DB),
        'select pg_current_wal_insert_lsn()::text as lsn',
      );
      for (let i = 0; i < 500; i++) {
        const { ok } = await one<{ ok: boolean }>(
          standbyUrl.toString(),
          'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok',
          [lsn],
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('the standby never caught up');
    },
    stopStandby,
    async stop() {
      await stopStandby().catch(() => {});
      await primary.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  await replica.caughtUp();
  return replica;
}
