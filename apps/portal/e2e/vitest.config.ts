import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(import.meta.dirname, '..'),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One product instance for all files: run them one after another, each with its own browser.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    reporters: ['default'],
    // A browser on a busy 2-core CI machine: wait up to 15 s for what a person would wait for.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
