import { defineConfig } from 'vitest/config';

// Unit tests (no SvelteKit plugin needed); browser tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
