import { defineConfig } from 'vitest/config';

// `npm test` runs with NODE_ENV=production so that dependencies resolve as in the shipped
// bundles: remark's production build, not its development build, whose internal
// assertions throw on inputs the shipped code handles.
export default defineConfig({
  test: {
    projects: [
      {
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
