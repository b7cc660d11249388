import { defineConfig } from 'vitest/config';

// Unit tests: lib/ and components/. The real-browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    sequence: { shuffle: true },
    restoreMocks: true,
  },
});
