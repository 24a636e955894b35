// A throw-away embedded PostgreSQL cluster for the benchmarks: temporary data directory, free port,
// pg_stat_statements loaded (to count the statements each request sends) and durability traded for
// speed. The cluster is started once, configured with ALTER SYSTEM, and restarted so the preload
// library and memory settings take effect.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabaseExists } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { freePort } from '../test/free-port.ts';

const SETTINGS: Record<string, string> = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'top',
  // Planning time too: MikroORM sends every statement as new text (parameters inlined), so each
  // one is parsed and planned again.
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '10000',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  shared_buffers: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  maintenance_work_mem: '512MB',
};

/** CPU time (ms) of a PostgreSQL server: the postmaster and every backend it forked (Linux /proc). */
export async function serverCpuMs(postmasterPid: number): Promise<number> {
  const tick = 10; // USER_HZ is 100 on Linux
  let total = 0;
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === postmasterPid || Number(f[1]) === postmasterPid) {
      total += (Number(f[11]) + Number(f[12])) * tick;
    }
  }
  return total;
}

/**
 * Starts a cluster, creates `database` in it (with pg_stat_statements) and runs `fn` with its URL;
 * the cluster and its data directory are removed afterwards, also when `fn` throws.
 */
export async function withBenchDatabase(
  database: string,
  fn: (url: string, server: { pid: number }) => Promise<void>,
): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-bench-pg-'));
  await fs.chmod(dir, 0o755);
  const dataDir = path.join(dir, 'pg');
  const port = await freePort();
  // persistent: the restart below must find its data again; the directory is removed at the end.
  let server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  try {
    const admin = new pg.Client({ connectionString: server.url('postgres') });
    await admin.connect();
    for (const [k, v] of Object.entries(SETTINGS)) await admin.query(`alter system set ${k} = '${v}'`);
    await admin.end();
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
    await ensureDatabaseExists(server.url('postgres'), database);
    const db = new pg.Client({ connectionString: server.url(database) });
    await db.connect();
    await db.query('create extension if not exists pg_stat_statements');
    await db.end();
    const pid = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    await fn(server.url(database), { pid });
  } finally {
    await server.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
