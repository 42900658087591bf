// esbuild options of the two bundles, shared by esbuild.config.mjs and tests/build.test.ts
// (which also builds a variant without the replacements to prove its scan can fail).
import sveltePlugin from 'esbuild-svelte';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Dependencies replaced in every build and test (vitest.config.ts uses the same map).
 * remark-gfm's autolink-literal utility finds bare URLs with regex lookbehinds, a syntax
 * error on iOS below 16.4 that would stop the plugin loading: see autolinkLiteral.ts.
 */
export const replacedModules = {
  'mdast-util-gfm-autolink-literal': here('../src/core/parse/autolinkLiteral.ts'),
};

/**
 * The plugin: CJS for Obsidian, no Node or Electron API (mobile), syntax lowered for
 * Safari 15 (the oldest WebView Obsidian's iOS app runs on here: static blocks and other
 * newer syntax are rewritten; APIs are not, and tests/build.test.ts scans for them).
 */
export function pluginOptions({ watch = false, plugins = [], replace = true, outfile = 'main.js' } = {}) {
  return {
    entryPoints: ['src/main.ts'],
    bundle: true,
    outfile,
    format: 'cjs',
    target: ['es2022', 'safari15'],
    platform: 'browser',
    conditions: ['svelte', 'browser', 'production'],
    alias: replace ? replacedModules : {},
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } }), ...plugins],
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    treeShaking: true,
    logLevel: 'info',
  };
}

/** The `roadmap` CLI for node: the same parser, the same replacements. */
export function cliOptions() {
  return {
    entryPoints: ['src/cli/bin.ts'],
    bundle: true,
    outfile: 'dist/cli.cjs',
    format: 'cjs',
    target: 'node20',
    platform: 'node',
    alias: replacedModules,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  };
}
