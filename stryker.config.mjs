// npm run test:mutation -- <area>: Stryker mutates one area (scripts/mutationAreas.mjs;
// `core` when none is named) and runs the suites that cover each mutant
// (vitest.mutation.config.ts). Results: reports/mutation/<area>.json and .html;
// docs/MUTATION.md explains the survivors.
import { currentArea } from './scripts/mutationAreas.mjs';

const area = currentArea();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: area.mutate,
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (word lists, compiled patterns) would each need
  // every test run on a fresh module graph: hours on two cores. They are left out and
  // counted as ignored; docs/MUTATION.md says which constants that leaves untested.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${area.name}.html` },
  jsonReporter: { fileName: `reports/mutation/${area.name}.json` },
  thresholds: { high: 90, low: 85, break: 85 },
  // A second run of an area retests only mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: `reports/mutation/${area.name}-incremental.json`,
  tempDirName: `.stryker-tmp-${area.name}`,
  cleanTempDir: 'always',
};
