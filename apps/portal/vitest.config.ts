import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests (no SvelteKit plugin needed; the Svelte plugin compiles runes in `.svelte.ts` modules);
// browser tests have their own config in e2e/.
export default defineConfig({
  plugins: [svelte({ configFile: false })],
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
