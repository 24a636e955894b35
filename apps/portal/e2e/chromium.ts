// Finds Debian's Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium, else (as root
// with apt) installs it, else stops with what to install. Never a silent skip.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasApt(): boolean {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    return fromEnv;
  }
  if (executable(DEFAULT_PATH)) return DEFAULT_PATH;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasApt()) {
    console.log('[e2e] Chromium not found: installing Debian package "chromium" with apt-get…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (executable(DEFAULT_PATH)) return DEFAULT_PATH;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install the Debian package "chromium" ' +
      '(sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium/Chrome executable.' +
      (existsSync(DEFAULT_PATH) ? ` (${DEFAULT_PATH} exists but is not executable.)` : ''),
  );
}
