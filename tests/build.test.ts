import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

describe('the plugin bundle', () => {
  it('builds to at most 256 KiB and loads no Node or Electron module (mobile)', () => {
    execFileSync('node', ['esbuild.config.mjs'], { cwd: root, stdio: 'pipe' });
    const bundle = readFileSync(join(root, 'main.js'), 'utf8');
    expect(statSync(join(root, 'main.js')).size).toBeLessThanOrEqual(256 * 1024);
    const required = [...bundle.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    // Obsidian provides these at run time; everything else is bundled.
    expect([...new Set(required)].sort()).toEqual(['@codemirror/state', '@codemirror/view', 'obsidian']);
    const nodeOnly = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'electron']);
    expect(required.filter((name) => nodeOnly.has(name))).toEqual([]);
    expect(bundle).not.toMatch(/\bprocess\.(?:env|cwd|platform)\b/);
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
