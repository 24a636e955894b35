// The processes the HTTP benchmarks talk to: the API as production runs it (src/main.ts, its own
// process and event loop, so the load generator in this process does not share its loop) and the
// bare Apollo baseline, both with the probe preloaded; and the api-key:create CLI.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../test/free-port.ts';

const apiDir = path.resolve(import.meta.dirname, '../..');
export const outDir = path.join(apiDir, 'bench/.out');
const LOADER = ['--import', '@oxc-node/core/register'];
const PROBE = ['--import', path.join(import.meta.dirname, 'probe.ts')];

export interface Probed {
  url: string;
  child: ChildProcess;
  probe<T = Record<string, number>>(cmd: string, extra?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

function start(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  nodeArgs: string[] = [],
): Probed {
  mkdirSync(outDir, { recursive: true });
  const log = createWriteStream(path.join(outDir, `${name}.log`));
  const child = spawn(process.execPath, [...nodeArgs, ...LOADER, ...PROBE, ...args], {
    cwd: apiDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (msg: { probe: number; result?: unknown; error?: string }) => {
    const p = pending.get(msg.probe);
    if (!p) return;
    pending.delete(msg.probe);
    if (msg.error) p.reject(new Error(msg.error));
    else p.resolve(msg.result);
  });
  child.on('exit', (code) => {
    for (const p of pending.values())
      p.reject(new Error(`${name} exited (${code}); see bench/.out/${name}.log`));
    pending.clear();
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    probe: <T>(cmd: string, extra: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ probe: id, cmd, ...extra });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

async function waitReady(p: Probed, check: () => Promise<boolean>, name: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null)
      throw new Error(`${name} exited (${p.child.exitCode}); see bench/.out/${name}.log`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} not ready within 120 s`);
}

/** The API on `databaseUrl`: production mode, workers off (mail would only be written to the outbox). */
export async function startApi(databaseUrl: string, nodeArgs: string[] = []): Promise<Probed> {
  const port = await freePort();
  const name = nodeArgs.length ? 'api-profiled' : 'api';
  const api = start(
    name,
    ['src/main.ts'],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WORKERS_ENABLED: 'false',
      SEED_ON_EMPTY: 'false',
      SENDGRID_API_KEY: 'SG.bench-never-sends',
      // Production wants its own secrets; throw-away ones for a throw-away database.
      MAIL_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      // The 20-invites-an-hour limit per titular would refuse the granting load after 200 grants:
      // the benchmark measures granting, not the limiter (which answers RATE_LIMITED in ~2 ms).
      INVITE_LIMIT_PER_TITULAR_HOUR: '1000000',
      TRUST_PROXY: 'true',
      PORTAL_URL: 'http://localhost:3000',
    },
    port,
    nodeArgs,
  );
  await waitReady(api, async () => (await fetch(`${api.url}/readyz`)).status === 200, name);
  return api;
}

export async function startBareApollo(): Promise<Probed> {
  const port = await freePort();
  const bare = start(
    'bare-apollo',
    [path.join(import.meta.dirname, 'bare-apollo.ts')],
    { PORT: String(port) },
    port,
  );
  await waitReady(
    bare,
    async () =>
      (
        await fetch(`${bare.url}/`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ hello }"}',
        })
      ).status === 200,
    'bare-apollo',
  );
  return bare;
}

/** A service key with scope installation-access:read, made by the operators' CLI. */
export async function createApiKey(databaseUrl: string, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...LOADER, 'src/scripts/api-key-create.ts', name, '--scopes', 'installation-access:read'],
    { cwd: apiDir, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' } },
  );
  const key = stdout.trim().split('\n').pop()!.trim();
  if (!key.startsWith('dlg_')) throw new Error(`api-key:create printed no key: ${stdout}`);
  return key;
}
