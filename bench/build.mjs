// Builds the benchmark for Node: bench/run.ts → dist/bench.cjs. `obsidian` is the test
// fake (onloadMs measures the plugin's onload under it), NODE_ENV is production.
import esbuild from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { replacedModules } from '../scripts/buildOptions.mjs';

await esbuild.build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  outfile: 'dist/bench.cjs',
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  alias: { obsidian: './tests/fakes/obsidian.ts', ...replacedModules },
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })],
  logLevel: 'warning',
});
