import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata: legacy decorators with metadata, as in tsconfig.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
