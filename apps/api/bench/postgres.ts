// A throw-away embedded PostgreSQL cluster for one benchmark: temporary data directory, free port.
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabaseExists } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Starts a cluster, creates `database` in it and runs `fn` with its URL; the cluster and its data
 * directory are removed afterwards, also when `fn` throws.
 */
export async function withBenchDatabase(database: string, fn: (url: string) => Promise<void>): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-bench-pg-'));
  await fs.chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
    persistent: false,
  });
  try {
    await ensureDatabaseExists(pg.url('postgres'), database);
    await fn(pg.url(database));
  } finally {
    await pg.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
}
