// Builds the plugin bundle (browser/mobile-safe CJS for Obsidian) and the node CLI.
//   node esbuild.config.mjs                 production build: main.js + dist/cli.cjs
//   node esbuild.config.mjs --install DIR   also copies the plugin into DIR
//   node esbuild.config.mjs --watch --vault VAULT   rebuilds into VAULT's plugin folder
import esbuild from 'esbuild';
import { copyFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliOptions, pluginOptions } from './scripts/buildOptions.mjs';

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

const plugin = pluginOptions({ watch, plugins: [installPlugin] });

if (watch) {
  const context = await esbuild.context(plugin);
  await context.watch();
} else {
  await Promise.all([esbuild.build(plugin), esbuild.build(cliOptions())]);
}
