import { defineConfig } from 'vitest/config';

// `npm test` runs with NODE_ENV=production so that dependencies resolve as in the shipped
// bundles: remark's production build, not its development build, whose internal
// assertions throw on inputs the shipped code handles.
export default defineConfig({
  test: {
    projects: [
      {
        // The obsidian package is types only: adapter tests run against a small fake.
        resolve: { alias: { obsidian: new URL('./tests/fakes/obsidian.ts', import.meta.url).pathname } },
        test: {
          name: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/setup/buildCli.ts'],
          setupFiles: ['tests/setup/yaml.ts'],
          testTimeout: 30000,
        },
      },
    ],
  },
});
