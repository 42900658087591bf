import { defineConfig } from 'vitest/config';

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
          testTimeout: 30000,
        },
      },
    ],
  },
});
