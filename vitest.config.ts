import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium } from './scripts/chromium.mjs';
import { browserCommands } from './tests/setup/browserCommands.ts';
import { alias, inlineDeps as inline } from './tests/setup/resolve.ts';

// A Chromium found by scripts/chromium.mjs (`npm test` installs Debian's when missing),
// never a downloaded browser; flags from docs/TOOLCHAIN.md.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// `npm test` runs with NODE_ENV=production so that dependencies resolve as in the shipped
// bundles: remark's production build, not its development build, whose internal
// assertions throw on inputs the shipped code handles.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        resolve: { alias },
        test: {
          name: 'node',
          server: { deps: { inline } },
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          environment: 'node',
          env: { TZ: 'UTC' },
          globalSetup: ['tests/setup/buildCli.ts'],
          setupFiles: ['tests/setup/yaml.ts', 'tests/setup/stateHome.ts'],
          testTimeout: 30000,
        },
      },
      // The core again far from UTC on both sides: dates and ISO weeks must not depend on
      // the time zone of the machine (a date read as local time shifts a day somewhere).
      // The plugin suites run in one far zone: a day the plugin computes must be the
      // person's local day, and its local-day tests set a clock on the side of midnight
      // where that zone's day and UTC's differ, so one zone shows a UTC date either way.
      ...[
        { zone: 'Pacific/Kiritimati', plugin: true },
        { zone: 'Pacific/Pago_Pago', plugin: false },
      ].map(({ zone, plugin }) => ({
        plugins: [svelte()],
        resolve: { alias },
        test: {
          name: plugin ? `core and plugin ${zone}` : `core ${zone}`,
          server: { deps: { inline } },
          include: ['tests/core/**/*.test.ts', ...(plugin ? ['tests/obsidian/**/*.test.ts', 'tests/faults/plugin.test.ts'] : [])],
          // How text is cut and parsed does not depend on the time zone: those long
          // suites run once, in the node project.
          exclude: ['tests/core/parse/{pieces,skim,fastTree,fastTree.spec,extract.property}.test.ts'],
          environment: 'node',
          env: { TZ: zone },
          setupFiles: ['tests/setup/yaml.ts'],
          testTimeout: 30000,
        },
      })),
      {
        // Views and CodeMirror extensions, in real headless Chromium.
        plugins: [svelte()],
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          setupFiles: ['tests/setup/yaml.ts', 'tests/setup/browserStyles.ts'],
          testTimeout: 30000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
          },
        },
      },
    ],
  },
});
