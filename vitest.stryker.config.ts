import { configDefaults, defineConfig } from 'vitest/config';

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
      'test/reminders/**/*.test.ts',
      'test/webex/**/*.test.ts',
      'test/formats/**/*.test.ts',
      'test/journal/**/*.test.ts',
      'test/compose/**/*.test.ts',
      // Tests written to kill mutants the suites above leave alive, in any folder of src.
      'test/mutation/**/*.test.ts',
    ],
    // The built Webex entry is loaded from dist/, which a mutant never changes; the catalogue
    // bundle test checks what tree-shaking leaves out, and Stryker's instrumented sources cannot
    // be tree-shaken (every mutant's code stays reachable), so it fails before any mutant runs.
    exclude: [
      ...configDefaults.exclude,
      'test/webex/built-entry.test.ts',
      'test/journal/built-entry.test.ts',
      'test/compose/built-entry.test.ts',
      'test/messages/catalogue-bundles.test.ts',
      // Runs each exhaustive test alone in child Vitest processes, which Stryker's active mutant
      // never reaches (they kill nothing) and which take some 30 s: the suite itself runs here.
      'test/evidence/exhaustive-alone.test.ts',
      // 2^24 ids through the id set: seconds and 450 MB per run, for what test/planning/id-set.test.ts
      // and test/mutation/planning-id-set.test.ts already hold on small sets, growth included.
      'test/planning/id-set-past-map-limit.test.ts',
    ],
    typecheck: { enabled: false },
    // The evidence suite's 200,000-item batch proves scale, not logic; 2,000 items run the same code.
    // Likewise fewer generated calls per public function: the exhaustive suite does the killing.
    env: { EVIDENCE_BATCH_SIZE: '2000', EVIDENCE_RUNS: '40' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
