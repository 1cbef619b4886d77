import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Most suites wait on PostgreSQL, Chromium or child processes: two at a time use a two-core machine well.
    maxWorkers: 2,
  },
});
