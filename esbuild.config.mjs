// Builds the plugin bundle (browser/mobile-safe CJS for Obsidian) and the node CLI.
//   node esbuild.config.mjs                 production build: main.js + dist/cli.cjs
//   node esbuild.config.mjs --install DIR   also copies the plugin into DIR
//   node esbuild.config.mjs --watch --vault VAULT   rebuilds into VAULT's plugin folder
import esbuild from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? null : args[i + 1];
};
const watch = args.includes('--watch');
const vault = option('--vault');
const installDir = option('--install') ?? (vault ? join(vault, '.obsidian/plugins/roadmap-board') : null);

const installPlugin = {
  name: 'install-plugin',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length || !installDir) return;
      mkdirSync(installDir, { recursive: true });
      for (const file of ['main.js', 'manifest.json', 'styles.css']) {
        if (existsSync(file)) copyFileSync(file, join(installDir, file));
      }
    });
  },
};

// Svelte's custom-element support defines a class at load time, which keeps ~2.4 KB of
// it in the bundle although no component here is compiled as a custom element (the
// `customElement` option); the 256 KiB budget is better spent on the plugin.
const noCustomElements = {
  name: 'no-custom-elements',
  setup(build) {
    build.onLoad({ filter: /svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]elements[\\/]custom-element\.js$/ }, () => ({
      contents: "export function create_custom_element() { throw new Error('Roadmap Board compiles no custom elements'); }",
      loader: 'js',
    }));
  },
};

const plugin = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  outfile: 'main.js',
  format: 'cjs',
  target: 'es2022',
  platform: 'browser',
  conditions: ['svelte', 'browser', 'production'],
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
  plugins: [noCustomElements, sveltePlugin({ compilerOptions: { css: 'injected' } }), installPlugin],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  treeShaking: true,
  logLevel: 'info',
};

const cli = {
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
};

if (watch) {
  const context = await esbuild.context(plugin);
  await context.watch();
} else {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
}
