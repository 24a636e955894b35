// PgBouncer in transaction mode in front of the test PostgreSQL, for the run that proves the API
// works behind it (`pnpm test:pgbouncer`). Debian's pgbouncer 1.18: no protocol-level named prepared
// statements, no session state kept between transactions. Startup parameters it does not know are
// refused (no `ignore_startup_parameters`), so a client setting e.g. `statement_timeout` at connect
// fails here as it would in production.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../free-port.ts';

export interface PgBouncer {
  port: number;
  /** Transactions PgBouncer relayed so far (its admin console's SHOW STATS, summed). */
  transactions: () => Promise<number>;
  stop: () => Promise<void>;
}

const CANDIDATES = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer'];

function installed(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(':').map((d) => path.join(d, 'pgbouncer'));
  return [...CANDIDATES, ...onPath].find((p) => existsSync(p));
}

/**
 * PGBOUNCER_PATH, else Debian's package path or PATH; else, as root with apt, Debian's package is
 * installed (as the browser tests do with Chromium); else a clear error. Never skipped.
 */
export function findPgBouncer(): string {
  const fromEnv = process.env.PGBOUNCER_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PGBOUNCER_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = installed();
  if (found) return found;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.getuid?.() === 0 && hasApt) {
    console.log('[pgbouncer] PgBouncer not found: installing Debian package "pgbouncer" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'pgbouncer'], { stdio: 'inherit', env });
    const now = installed();
    if (now) return now;
  }
  throw new Error(
    'The PgBouncer test run needs pgbouncer and none was found. Install the Debian package ' +
      '"pgbouncer" (sudo apt-get install -y pgbouncer) or set PGBOUNCER_PATH.',
  );
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * Starts PgBouncer (transaction mode) for every database of the server at `serverUrl` (`* =`: one
 * pool per test database), with the same user and password. Files live in `dir`.
 */
export async function startPgBouncer(serverUrl: string, dir: string): Promise<PgBouncer> {
  const bin = findPgBouncer();
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  const port = await freePort();
  await fs.mkdir(dir, { recursive: true });
  await fs.chmod(dir, 0o755);
  const ini = [
    '[databases]',
    `* = host=${server.hostname} port=${server.port}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = scram-sha-256',
    `auth_file = ${path.join(dir, 'userlist.txt')}`,
    `admin_users = ${user}`,
    'pool_mode = transaction',
    'max_client_conn = 2000',
    'default_pool_size = 20',
  ].join('\n');
  await fs.writeFile(path.join(dir, 'pgbouncer.ini'), `${ini}\n`, { mode: 0o644 });
  await fs.writeFile(path.join(dir, 'userlist.txt'), `"${user}" "${password}"\n`, { mode: 0o644 });
  // PgBouncer refuses to run as root; the embedded PostgreSQL's own system user will do. It logs to
  // stderr (kept, for the error below), so it needs no writable file.
  const asUser = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
  const child: ChildProcess = spawn(bin, [...asUser, path.join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // If the run ends without stop() (Ctrl-C, a crash), PgBouncer goes too.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString('utf8')).slice(-20_000)));
  const until = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`PgBouncer did not start (exit ${child.exitCode}):\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const admin = new URL(serverUrl);
  admin.port = String(port);
  admin.pathname = '/pgbouncer';
  return {
    port,
    async transactions() {
      // The admin console speaks only the simple query protocol, which node-pg uses without parameters.
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      try {
        const { rows } = await c.query<{ database: string; total_xact_count: string }>('SHOW STATS');
        return rows
          .filter((r) => r.database !== 'pgbouncer')
          .reduce((n, r) => n + Number(r.total_xact_count), 0);
      } finally {
        await c.end();
      }
    },
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
