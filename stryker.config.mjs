// Mutation testing (`npm run mutation`): Stryker changes the policy, parsing, planning, checklist,
// preview, message, reminder, Webex adapter, file format, journal and composer code one small edit at a time and
// checks that some test fails for each.
// Reports go to reports/mutation/ (gitignored).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: [
    'src/policy/**/*.ts',
    'src/input/**/*.ts',
    'src/planning/**/*.ts',
    'src/manual-email/**/*.ts',
    'src/preview/**/*.ts',
    'src/messages/**/*.ts',
    'src/reminders/**/*.ts',
    'src/webex/**/*.ts',
    'src/formats/**/*.ts',
    'src/journal/**/*.ts',
    'src/compose/**/*.ts',
  ],
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  // Static mutants are left out of the run and of the score. A mutant is static when the only
  // code that reaches it runs as a module loads: the module-level tables (the word catalogues'
  // strings, the field tables, the sample org, the licence digit table) built once at load, and
  // also catalogue functions that a test file calls while it loads rather than inside a test
  // (test/messages/catalogue.test.ts builds its sentences so). Stryker cannot tie such a mutant to
  // a test and would run the whole selection against each one: about 10 hours on 2 cores for the
  // whole scope instead of under 2. Those mutants are not measured at all: how many each run
  // leaves out is in docs/evidence/mutation-survivors.md.
  ignoreStatic: true,
  // Two shared cores: one test process per core at most.
  concurrency: 2,
  // A mutant that loops for ever is given up on 10 s after its tests' own time (Stryker's default
  // is 5 s): long enough for a loaded machine, short enough that a few looping mutants do not
  // add minutes each to a run.
  timeoutMS: 10_000,
  // Incremental: a rerun only tests mutants whose code or covering tests changed. The file lives
  // in reports/ (gitignored): it describes one checkout's last run, changes with every edit, and
  // a clean clone must earn its score from scratch.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'reports', 'temp', 'coverage', 'docs-site', 'artifacts', 'bench', 'test/browser', '*.tgz'],
};
