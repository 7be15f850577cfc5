import { defineConfig } from 'vitest/config';

// The preview page in a real Chromium: `npm run test:browser` (builds the package and the page first).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
