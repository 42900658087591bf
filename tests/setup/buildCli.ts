import { build } from 'esbuild';

/** Builds the CLI once per run, so tests can also run the real `roadmap` binary. */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: ['src/cli/bin.ts'],
    bundle: true,
    outfile: 'dist/cli.cjs',
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
}
