import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time, generous time limits for a 2-core CI machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
