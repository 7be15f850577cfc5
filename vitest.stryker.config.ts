import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run mutation`): the suites of the code it
// mutates, plus the evidence suite. No type tests (a mutant never changes a type), nothing that
// needs a build, a packed tarball, a browser or a child process.
export default defineConfig({
  test: {
    include: [
      'test/evidence/**/*.test.ts',
      'test/policy/**/*.test.ts',
      'test/input/**/*.test.ts',
      'test/planning/**/*.test.ts',
      'test/manual-email/**/*.test.ts',
      'test/preview/**/*.test.ts',
      'test/messages/**/*.test.ts',
    ],
    typecheck: { enabled: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
