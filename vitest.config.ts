import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One real PostgreSQL server for the whole run; tests make their own databases on it.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
