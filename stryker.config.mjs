// npm run test:mutation: Stryker mutates the core's edits, check-in, dates and column
// words and runs the node suites that cover each mutant (vitest.mutation.config.ts).
// Results: reports/mutation/ (HTML and JSON); docs/TESTING.md explains the survivors.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/core/edit/**/*.ts', 'src/core/write/**/*.ts', 'src/core/board/**/*.ts', 'src/core/checkin/**/*.ts', 'src/core/parse/dates.ts', 'src/core/model/columns.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (word lists, compiled patterns) would each need
  // every test run on a fresh module graph: hours on two cores. They are left out and
  // counted as ignored; docs/TESTING.md says which constants that leaves untested.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
