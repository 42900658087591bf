import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { findChromium } from './scripts/chromium.mjs';
import { currentArea } from './scripts/mutationAreas.mjs';
import { browserCommands } from './tests/setup/browserCommands.ts';
import { alias, inlineDeps } from './tests/setup/resolve.ts';

// The suites that kill the mutants of one area (scripts/mutationAreas.mjs, named by
// MUTATION_AREA), for `npm run test:mutation -- <area>` (stryker.config.mjs). Modules
// resolve as in vitest.config.ts (tests/setup/resolve.ts).
const area = currentArea();

// Stryker stops a mutant's run at the first failing test (bail), so the quick unit suites
// go first and the fault suites, which run whole notes through the edits, last. (Vitest's
// own order puts the slowest files first, which suits a full run, not a bail.)
const ORDER = ['tests/core/', 'tests/ui/', 'tests/cli/', 'tests/obsidian/', 'tests/faults/', 'tests/browser/'];
const rank = (file: TestSpecification) => {
  const at = ORDER.findIndex((prefix) => file.moduleId.includes(`/${prefix}`));
  return at === -1 ? ORDER.length : at;
};
class QuickFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId)));
  }
}

const projects: TestProjectInlineConfiguration[] = [];
if (area.node.length) {
  projects.push({
    plugins: [svelte()],
    resolve: { alias },
    test: {
      name: 'node',
      include: area.node,
      exclude: [...(area.exclude ?? []), 'node_modules/**'],
      environment: 'node',
      // One module graph for every run of every mutant (Stryker switches mutants at run
      // time): without it each run imports remark and the rest anew, ~4× the time.
      isolate: false,
      env: { TZ: area.zone ?? 'UTC' },
      server: { deps: { inline: inlineDeps } },
      globalSetup: ['tests/setup/buildCli.ts'],
      setupFiles: ['tests/setup/yaml.ts', 'tests/setup/stateHome.ts'],
      testTimeout: 60000,
    },
  });
}
if (area.browser?.length) {
  projects.push({
    plugins: [svelte()],
    resolve: { alias },
    test: {
      name: 'browser',
      include: area.browser,
      setupFiles: ['tests/setup/yaml.ts', 'tests/setup/browserStyles.ts'],
      testTimeout: 60000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({ launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu'] } }),
        instances: [{ browser: 'chromium' }],
        commands: browserCommands,
      },
    },
  });
}

export default defineConfig({ test: { projects, sequence: { sequencer: QuickFirst } } });
