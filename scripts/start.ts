// `pnpm start`: the whole product on its embedded defaults. The API starts (or reuses) the embedded
// PostgreSQL under .data/, applies migrations and seeds demo data on first run; the portal serves
// the built SvelteKit app and proxies /graphql to the API. Ctrl-C stops both, PostgreSQL cleanly.
// This is the local walk-through, so it asks for the development switches (DELEGA_DEV=1: dev
// mailbox, demo seed, introspection); the mailbox stays off when SENDGRID_API_KEY is set.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_CPFS, demoCpfText } from '../apps/api/src/seeds/demo-accounts.ts';

const root = path.resolve(import.meta.dirname, '..');
const apiPort = process.env.API_PORT ?? '4000';
const portalPort = process.env.PORT ?? process.env.PORTAL_PORT ?? '3000';
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${portalPort}`;
const apiUrl = `http://localhost:${apiPort}`;
const devSwitches: Record<string, string> = { DELEGA_DEV: process.env.DELEGA_DEV ?? '1' };
if (process.env.SENDGRID_API_KEY && process.env.DEV_MAILBOX === undefined) devSwitches.DEV_MAILBOX = '0';
const isOn = (v: string | undefined) => v === '1' || v === 'true';
const mailboxOn = isOn(devSwitches.DEV_MAILBOX ?? process.env.DEV_MAILBOX ?? devSwitches.DELEGA_DEV);

function run(name: string, cwd: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: path.join(root, cwd),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping.`);
      void stop(code ?? 1);
    }
  });
  return child;
}

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

let stopping = false;
const children: ChildProcess[] = [];
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // The portal first, then the API (which stops PostgreSQL cleanly on SIGINT).
  for (const child of children.slice().reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

// Telemetry is preloaded: it must be set up before the app's modules load (apps/api/src/telemetry.ts).
const API_ARGS = ['--import', '@oxc-node/core/register', '--import', './src/telemetry.ts', 'src/main.ts'];
const api = run('API', 'apps/api', API_ARGS, {
  ...devSwitches,
  API_PORT: apiPort,
  PORTAL_URL: portalUrl,
  API_PUBLIC_URL: apiUrl,
  // The portal on this host is the one proxy whose X-Forwarded-For / Forwarded entries are believed.
  TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '127.0.0.1,::1',
  // Live updates also work when the portal is opened as 127.0.0.1 instead of localhost.
  ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? `http://127.0.0.1:${portalPort}`,
});
children.push(api);
if (!(await waitFor(`${apiUrl}/readyz`, 120_000))) {
  console.error(`The API did not become ready at ${apiUrl}/readyz.`);
  await stop(1);
}
// Both processes inherit the rest of the environment, INVITE_TTL_HOURS included: the portal's pages
// state the validity the API gives invites. A bad portal variable stops it with the list of problems.
children.push(
  run('Portal', 'apps/portal', ['server.js'], {
    ...devSwitches,
    PORT: portalPort,
    API_URL: apiUrl,
    PORTAL_URL: portalUrl,
  }),
);
if (await waitFor(portalUrl, 60_000)) {
  console.log(`
  Delega está no ar.
    Portal:  ${portalUrl}
    API:     ${apiUrl}/graphql (HTTP e WebSocket)
${mailboxOn ? `    E-mails: ${portalUrl}/dev/mailbox (caixa de correio local)\n` : ''}  Contas de demonstração (senha Delega#2026):
${Object.entries(DEMO_CPFS)
  .map(([email, cpf]) => `    ${email.padEnd(22)} CPF ${demoCpfText(cpf)}`)
  .join('\n')}
  Ctrl-C para parar.
`);
}
