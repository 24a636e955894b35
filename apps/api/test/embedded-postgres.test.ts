import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.ts';
import { freePort } from './free-port.ts';

async function query(url: string, sql: string): Promise<unknown[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await c.end();
  }
}

const dirs: string[] = [];
const running: EmbeddedDatabase[] = [];
afterAll(async () => {
  for (const db of running) await db.stop().catch(() => {});
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'delega-embedded-'));
  await fs.chmod(dir, 0o755);
  dirs.push(dir);
  return path.join(dir, 'pg');
}

describe('embedded PostgreSQL', () => {
  it('keeps data across a clean restart', async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    await query(first.url('postgres'), 'create table kept (v int); insert into kept values (42)');
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir, port });
    running.push(second);
    expect(await query(second.url('postgres'), 'select v from kept')).toEqual([{ v: 42 }]);
  });

  it('recovers from a killed run: the orphaned server is stopped and restarted', async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    // A `pnpm start` killed with SIGKILL leaves its PostgreSQL running, re-parented, with its lock file.
    const child = spawn(
      process.execPath,
      [
        '--import',
        '@oxc-node/core/register',
        path.join(import.meta.dirname, 'fixtures/start-embedded.ts'),
        dataDir,
        String(port),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()),
    );
    const orphanPid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const restarted = await startEmbeddedPostgres({ dataDir, port });
    running.push(restarted);
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(pid).not.toBe(orphanPid);
    expect(await query(restarted.url('postgres'), 'select 1 as ok')).toEqual([{ ok: 1 }]);
  });

  it('shares, and never stops, a server another live process runs on the same data', async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    const owner = await startEmbeddedPostgres({ dataDir, port });
    running.push(owner);
    await query(owner.url('postgres'), 'create table kept (v int); insert into kept values (7)');
    // e.g. `pnpm db:seed` while `pnpm start` runs: a different configured port must not matter.
    const visitor = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    expect(await query(visitor.url('postgres'), 'select v from kept')).toEqual([{ v: 7 }]);
    await visitor.stop();
    expect(await query(owner.url('postgres'), 'select v from kept')).toEqual([{ v: 7 }]);
  });
});
