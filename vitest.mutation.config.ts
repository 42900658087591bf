import { svelte } from '@sveltejs/vite-plugin-svelte';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { alias, inlineDeps } from './tests/setup/resolve.ts';

// The node suites that exercise the mutated core, for `npm run test:mutation`
// (stryker.config.mjs): no browser, and not the CLI and plugin suites: they index a whole
// vault per test and ran for most mutants (the CLI's spawned runs of the built bundle
// never see a mutant at all); the mutants only they killed have unit tests now.
// Modules resolve as in vitest.config.ts (tests/setup/resolve.ts).

// Stryker stops a mutant's run at the first failing test (bail), so the quick unit suites
// go first and the fault suites, which run whole notes through the edits, last. (Vitest's
// own order puts the slowest files first, which suits a full run, not a bail.)
const ORDER = ['tests/core/', 'tests/faults/'];
const rank = (file: TestSpecification) => {
  const at = ORDER.findIndex((prefix) => file.moduleId.includes(`/${prefix}`));
  return at === -1 ? ORDER.length : at;
};
class QuickFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId)));
  }
}

export default defineConfig({
  plugins: [svelte()],
  resolve: { alias },
  test: {
    // The suites aimed at the mutated modules; the parser's own suites (thousands of
    // parses each) would run for every mutant of dates.ts and columns.ts, which every
    // parse reaches, without testing them any better.
    include: [
      'tests/core/edit/**/*.test.ts',
      'tests/core/write/**/*.test.ts',
      'tests/core/board/**/*.test.ts',
      'tests/core/checkin/**/*.test.ts',
      'tests/core/model/columns.test.ts',
      'tests/core/parse/dates.test.ts',
      'tests/core/survivors.test.ts',
      'tests/faults/**/*.test.ts',
    ],
    // Slow, and aimed at the index rather than the mutated modules.
    exclude: ['tests/faults/hugeNote.test.ts', 'tests/faults/cache.test.ts', 'node_modules/**'],
    environment: 'node',
    // One module graph for every run of every mutant (Stryker switches mutants at run
    // time): without it each run imports remark and the rest anew, ~4× the time.
    isolate: false,
    env: { TZ: 'UTC' },
    server: { deps: { inline: inlineDeps } },
    globalSetup: ['tests/setup/buildCli.ts'],
    setupFiles: ['tests/setup/yaml.ts', 'tests/setup/stateHome.ts'],
    testTimeout: 60000,
    sequence: { sequencer: QuickFirst },
  },
});
