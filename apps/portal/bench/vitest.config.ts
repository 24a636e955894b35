import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The portal's rows of `pnpm bench`: the product started exactly as the browser tests start it
// (e2e/global-setup.ts: fresh database, demo data, built portal), measured in Debian's Chromium.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['bench/**/*.bench.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
