// Starts the product as the README does, on a fresh database and free ports: the API (embedded
// PostgreSQL in a temp dir, demo data, dev mailbox) and the built portal (node server.js); at the end,
// scans what both logged for personal data.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { scanLogText, type LogFinding } from '../../api/test/log-scan.ts';
import { findChromium } from './chromium.ts';

const portalDir = path.resolve(import.meta.dirname, '..');
const apiDir = path.resolve(portalDir, '../api');
export const artifactsDir = path.join(portalDir, 'e2e/artifacts');

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string;
    apiUrl: string;
    databaseUrl: string;
    chromiumPath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, name: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode}; see e2e/artifacts/${name}.log`);
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the portal when there is no build or the sources are newer (Turbo normally did it already). */
function ensureBuild(): void {
  const handler = path.join(portalDir, 'build/handler.js');
  const stale =
    !existsSync(handler) ||
    newestMtime(path.join(portalDir, 'src')) > statSync(handler).mtimeMs ||
    statSync(path.join(portalDir, 'vite.config.ts')).mtimeMs > statSync(handler).mtimeMs;
  if (!stale) return;
  console.log('[e2e] building the portal…');
  // As `pnpm build` does: vitest sets NODE_ENV=test, under which Vite resolves Svelte's and
  // SvelteKit's development builds (about 10 KB more gzip per page, and not what is deployed).
  const r = spawnSync(process.execPath, [path.join(portalDir, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: portalDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * After the run: no CPF, e-mail address or token in what the API and the portal logged while the
 * browser tests went through every flow (the API at debug level). Fails the run with the list.
 */
async function closeAndScan(logs: (WriteStream | undefined)[]): Promise<void> {
  const findings: LogFinding[] = [];
  for (const log of logs) {
    if (!log) continue;
    await new Promise<void>((resolve) => log.end(resolve));
    findings.push(...scanLogText(readFileSync(log.path, 'utf8'), path.basename(String(log.path))));
  }
  if (findings.length === 0) return;
  const list = findings
    .slice(0, 20)
    .map((f) => `${f.kind} ${f.sample} in ${f.file}${f.msg ? ` (message: ${f.msg})` : ''}`);
  throw new Error(`Personal data or tokens in the product's logs:\n${list.join('\n')}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  mkdirSync(artifactsDir, { recursive: true });
  ensureBuild();

  const [pgPort, apiPort, portalPort] = [await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'delega-e2e-'));
  // As root, the embedded PostgreSQL runs as a separate "postgres" user that must reach its data dir.
  chmodSync(dataDir, 0o755);
  const portalUrl = `http://localhost:${portalPort}`;
  const apiUrl = `http://localhost:${apiPort}`;

  const apiLog = createWriteStream(path.join(artifactsDir, 'api.log'));
  const api = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: path.join(dataDir, 'data'),
      EMBEDDED_PG_PORT: String(pgPort),
      API_PORT: String(apiPort),
      PORTAL_URL: portalUrl,
      API_PUBLIC_URL: apiUrl,
      TRUST_PROXY: 'true',
      DELEGA_DEV: '1',
      // Every line, so the teardown's scan sees all a real browser session makes the API log.
      LOG_LEVEL: 'debug',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.pipe(apiLog);
  api.stderr?.pipe(apiLog);

  let portal: ChildProcess | undefined;
  let portalLog: WriteStream | undefined;
  const teardown = async () => {
    await stop(portal);
    await stop(api);
    rmSync(dataDir, { recursive: true, force: true });
    await closeAndScan([apiLog, portalLog]);
  };

  try {
    await waitFor(`${apiUrl}/readyz`, api, 'api', 180_000);
    portalLog = createWriteStream(path.join(artifactsDir, 'portal.log'));
    portal = spawn(process.execPath, ['server.js'], {
      cwd: portalDir,
      env: {
        ...process.env,
        PORT: String(portalPort),
        API_URL: apiUrl,
        PORTAL_URL: portalUrl,
        NODE_ENV: 'development',
        DELEGA_DEV: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    portal.stdout?.pipe(portalLog);
    portal.stderr?.pipe(portalLog);
    await waitFor(`${portalUrl}/entrar`, portal, 'portal', 30_000);
  } catch (e) {
    await teardown();
    throw e;
  }

  project.provide('portalUrl', portalUrl);
  project.provide('apiUrl', apiUrl);
  project.provide('databaseUrl', `postgres://postgres:delega-local@127.0.0.1:${pgPort}/delega`);
  project.provide('chromiumPath', chromiumPath);
  return teardown;
}
