// npm run screenshots: renders the views over the example vault in Debian's Chromium,
// with Obsidian's default light and dark variables, as a sidebar (300 px), as a tab
// (1400 px) and on a phone (390 px), into docs/screenshots/{name}-{theme}-{layout}.png.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import esbuild from 'esbuild';
import sveltePlugin from 'esbuild-svelte';
import { chromium } from 'playwright-core';
import { replacedModules } from './buildOptions.mjs';
import { ensureChromium } from './chromium.mjs';

const TODAY = '2026-11-23';
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const modelOf = (vault) => JSON.parse(execFileSync(process.execPath, [join(root, 'dist/cli.cjs'), 'index', join(root, vault), '--json', '--today', TODAY], { encoding: 'utf8' }));
const models = new Map();
const model = (vault = 'example-vault') => {
  if (!models.has(vault)) models.set(vault, modelOf(vault));
  return models.get(vault);
};
const bundle = await esbuild.build({
  entryPoints: [join(root, 'scripts/screenshotPage.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  conditions: ['svelte', 'browser'],
  alias: replacedModules,
  plugins: [sveltePlugin({ compilerOptions: { css: 'injected' } })],
  logLevel: 'warning',
});
const script = bundle.outputFiles[0].text;
const css = readFileSync(join(root, 'tests/theme/obsidian-theme.css'), 'utf8') + readFileSync(join(root, 'styles.css'), 'utf8');

// A card with tasks is shown open, as a person would have it while working.
const gvisor = 'Projects.md\u241fML Infra / AI Infra\u241fgVisor - foreverVM\u241f0';
// In the sidebar, a few long lanes are collapsed, as people do, so one screen shows the
// variety: lanes open and closed, statuses, due dates, progress, an open card.
const lane = (title) => `2026 Systems Engineering Roadmap.md\u241f${title}\u241f0`;
const collapsed = ['Objectives', 'Linux', 'Effect.ts', 'Distributed Systems', 'Go'].map(lane);
const shots = [
  { name: 'board', view: 'board', layout: 'sidebar', width: 300, height: 1000, choices: { expanded: [gvisor], collapsed } },
  // In a tab, every note's lanes under its heading.
  { name: 'board', view: 'board', layout: 'wide', width: 1400, height: 900, choices: { expanded: [gvisor] } },
  { name: 'board-status', view: 'board', layout: 'sidebar', width: 300, height: 1000, choices: { grouping: 'status' } },
  { name: 'board-status', view: 'board', layout: 'wide', width: 1400, height: 800, choices: { grouping: 'status' } },
  { name: 'board-timeline', view: 'board', layout: 'sidebar', width: 300, height: 1000, choices: { grouping: 'timeline' } },
  { name: 'board-timeline', view: 'board', layout: 'wide', width: 1400, height: 720, choices: { grouping: 'timeline' } },
  // The card menu open on a milestone (Doing is greyed: its table has no Status column).
  { name: 'board-menu', view: 'board', layout: 'sidebar', width: 300, height: 700, choices: { collapsed }, menuOn: 'Complete compiler book' },
  { name: 'board-menu', view: 'board', layout: 'wide', width: 1400, height: 720, choices: { notes: ['2026 Systems Engineering Roadmap.md'] }, menuOn: 'Complete compiler book' },
  // Tasks-style lines (a fixture vault of real shapes): statuses, priorities, a scheduled date, a repeat mark.
  { name: 'board-tasks', view: 'board', layout: 'sidebar', width: 300, height: 820, choices: { notes: ['Sprint.md'] }, vault: 'tests/fixtures/real-notes' },
  { name: 'board-tasks', view: 'board', layout: 'wide', width: 1400, height: 620, choices: { notes: ['Sprint.md'] }, vault: 'tests/fixtures/real-notes' },
  // A phone (390 px, the width of an iPhone 12–15): the card menu open, and the timeline.
  { name: 'board-menu', view: 'board', layout: 'phone', width: 390, height: 844, choices: { collapsed }, menuOn: 'Complete compiler book', hasTouch: true },
  { name: 'timeline', view: 'timeline', layout: 'phone', width: 390, height: 844, choices: { zoom: 'year' }, hasTouch: true },
  { name: 'checkin', view: 'checkin', layout: 'sidebar', width: 300, height: 1200, choices: {} },
  { name: 'checkin', view: 'checkin', layout: 'wide', width: 900, height: 1100, choices: {} },
  // The roadmap timeline: a year, and a quarter, in a tab; a list by quarter in the sidebar.
  { name: 'timeline-year', view: 'timeline', layout: 'wide', width: 1400, height: 620, choices: { zoom: 'year' } },
  { name: 'timeline-quarter', view: 'timeline', layout: 'wide', width: 1400, height: 620, choices: { zoom: 'quarter', anchor: '2026-05-01' } },
  { name: 'timeline', view: 'timeline', layout: 'sidebar', width: 300, height: 900, choices: { zoom: 'year' } },
  // Scrolled down: stale items and the burn-up charts of four recorded check-ins.
  { name: 'checkin-history', view: 'checkin', layout: 'sidebar', width: 300, height: 900, choices: {}, scrollTo: '#roadmap-stale' },
  { name: 'checkin-history', view: 'checkin', layout: 'wide', width: 900, height: 700, choices: {}, scrollTo: '#roadmap-stale' },
];

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const shot of shots) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, hasTouch: shot.hasTouch ?? false });
      const input = { view: shot.view, theme, layout: shot.layout, today: TODAY, model: model(shot.vault), choices: shot.choices };
      await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
      await page.addStyleTag({ content: css });
      await page.evaluate((value) => {
        window.__PAGE__ = value;
      }, input);
      await page.addScriptTag({ content: script });
      await page.waitForSelector('.roadmap-board, .roadmap-checkin, .roadmap-timeline');
      if (shot.menuOn) {
        const card = page.locator('.roadmap-card', { has: page.getByRole('button', { name: shot.menuOn, exact: true }) });
        await card.locator('.roadmap-card-menu-button').click();
        await page.waitForSelector('.roadmap-card-menu');
      }
      if (shot.scrollTo) {
        await page.waitForSelector('.roadmap-burnup');
        await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      }
      const file = join(out, `${shot.name}-${theme}-${shot.layout}.png`);
      // What a person sees: the panel at the window's height, scrolled to the top.
      await page.screenshot({ path: file });
      console.log(file.replace(root, ''));
      await page.close();
    }
  }
} finally {
  await browser.close();
}
