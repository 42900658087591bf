import { build } from 'esbuild';
import { cliOptions } from '../../scripts/buildOptions.mjs';

/** Builds the CLI once per run, as `npm run build` does, so tests can also run the real `roadmap` binary. */
export default async function setup(): Promise<void> {
  await build({ ...cliOptions(), logLevel: 'error' });
}
