// npm run bench:ui [-- --json FILE]: the board over 1,000 cards in Debian's Chromium —
// boardRenderMs (mount to laid-out DOM) and boardUpdateMs (one toggle's update) — and the
// roadmap timeline over 1,000 dated items: its mount, scroll frames and drag frames.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { chromium } from 'playwright-core';
import { replacedModules } from '../scripts/buildOptions.mjs';
import { ensureChromium } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const bundle = await esbuild.build({
  entryPoints: [join(root, 'bench/uiPage.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  minify: true,
  conditions: ['svelte', 'browser'],
  define: { 'process.env.NODE_ENV': '"production"' },
  alias: replacedModules,
  plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })],
  logLevel: 'warning',
});
const css = readFileSync(join(root, 'tests/theme/obsidian-theme.css'), 'utf8') + readFileSync(join(root, 'styles.css'), 'utf8');
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body class="theme-light"></body></html>');
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const result = await page.evaluate(() => window.__RESULT__);
  console.log(`boardRenderMs ${result.boardRenderMs.toFixed(1).padStart(8)}  mount of ${result.cards} cards to laid-out DOM (goal ≤ 150)`);
  console.log(`boardUpdateMs ${result.boardUpdateMs.toFixed(1).padStart(8)}  one toggle's update to laid-out DOM (goal ≤ 16)`);
  console.log(`boardCompleteMs ${result.boardCompleteMs.toFixed(1).padStart(6)}  until all ${result.cards} cards are laid out (a batch per frame)`);
  console.log(`boardLongestFrameMs ${result.boardLongestFrameMs.toFixed(1).padStart(2)}  longest frame while they arrive`);
  console.log(`timelineRenderMs ${result.timelineRenderMs.toFixed(1).padStart(5)}  mount of the timeline over ${result.timelineItems} dated items to laid-out DOM`);
  console.log(`timelineScrollFrameMs ${result.timelineScrollFrameMs.toFixed(1)}  longest frame while scrolling 600 px a frame (16.7 = none dropped)`);
  console.log(`timelineDragFrameMs ${result.timelineDragFrameMs.toFixed(1).padStart(2)}  longest pointer move of a drag to laid-out DOM (goal ≤ 16)`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ boardRenderMs: result.boardRenderMs, boardUpdateMs: result.boardUpdateMs, boardCompleteMs: result.boardCompleteMs, boardLongestFrameMs: result.boardLongestFrameMs, timelineRenderMs: result.timelineRenderMs, timelineScrollFrameMs: result.timelineScrollFrameMs, timelineDragFrameMs: result.timelineDragFrameMs }, null, 2) + '\n');
} finally {
  await browser.close();
}
