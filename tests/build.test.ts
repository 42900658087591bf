import esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pluginOptions } from '../scripts/buildOptions.mjs';
import { BUNDLE_BUDGET, bundleProblems as problemsOf } from '../scripts/releaseCheck.mjs';

const root = join(__dirname, '..');
const BUDGET = BUNDLE_BUDGET;

const scratch = mkdtempSync(join(tmpdir(), 'roadmap-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the plugin bundle', () => {
  it(`builds to at most ${BUDGET / 1024} KiB, and runs on iOS 15 and without Node or Electron`, () => {
    execFileSync('node', ['esbuild.config.mjs'], { cwd: root, stdio: 'pipe' });
    const bundle = readFileSync(join(root, 'main.js'), 'utf8');
    expect(statSync(join(root, 'main.js')).size).toBeLessThanOrEqual(BUDGET);
    expect(problemsOf(bundle)).toEqual([]);
    // Obsidian provides these at run time; everything else is bundled.
    const required = [...new Set([...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]))].sort();
    expect(required).toEqual(['@codemirror/state', '@codemirror/view', 'obsidian']);
  });

  it('the scan fails on a dependency that brings a lookbehind (remark-gfm without our replacement)', async () => {
    const outfile = join(scratch, 'unreplaced.js');
    await esbuild.build({ ...pluginOptions({ replace: false, outfile }), logLevel: 'silent', absWorkingDir: root });
    const problems = problemsOf(readFileSync(outfile, 'utf8'));
    expect(problems.filter((p) => p.startsWith('regex lookbehind')).length).toBe(4);
    expect(problems.filter((p) => p.includes('(https?:')).length).toBe(1);
  });

  it('the scan names each API iOS 15 lacks, and Node modules', () => {
    expect(problemsOf('const a=structuredClone(b);x.at(-1);Object.hasOwn(o,"k");l.findLast(f);require("fs")')).toEqual([
      'missing on iOS 15: structuredClone',
      'missing on iOS 15: Object.hasOwn',
      'missing on iOS 15: Array.prototype.at',
      'missing on iOS 15: findLast / findLastIndex',
      'Node or Electron module: fs',
    ]);
    // Spelled in two parts so this test file holds no lookbehind itself.
    expect(problemsOf(`new RegExp("(?<${'='}a)b")`)).toHaveLength(1);
  });
});

describe('note content is text, never HTML', () => {
  it('no source file renders markup from a string', () => {
    const files = execFileSync('git', ['ls-files', 'src'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|svelte)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((file) => /\{@html|\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|createContextualFragment|document\.write/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
