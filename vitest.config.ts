import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // The end-to-end tests spawn the built bin, so build it once before any test runs.
    globalSetup: ['test/global-setup.ts'],
    // Worker threads start faster than forked processes; the suite needs no process isolation of its own
    // (tests that need a process spawn one).
    pool: 'threads',
    // Vitest's default leaves one core idle; on a 2-core machine that runs every file one after another.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
