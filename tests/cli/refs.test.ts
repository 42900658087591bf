import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, makeVault } from '../helpers/tempVault';

// `board --refs` in the test's own process: the short target printed after each checkbox
// names that checkbox and no other, also when one line holds several (SPEC §7).

const ROW = '| <input type="checkbox" checked> | Alpha <input type="checkbox"> | <input type="checkbox" id="dup001"> |';
const NOTE = ['#roadmap', '', '| Done | Item | Extra |', '| --- | --- | --- |', ROW, '| <input type="checkbox" id="abc123"> | Beta | |', '', '- [ ] Gamma', ''].join('\n');
const OTHER = ['#roadmap', '', '| Done | Item |', '| --- | --- |', '| <input type="checkbox" id="dup001"> | Delta |', ''].join('\n');

const targets = (stdout: string) => stdout.split('\n').map((l) => l.trimEnd().split('  ').pop()!).filter((f) => /^#[0-9a-f]{6}$|\.md:\d+(:\d+)?$/.test(f));

describe('board --refs', () => {
  it('numbers the checkboxes of one line in order, uses an id only where it is unique, and each target toggles its own box', async () => {
    const vault = makeVault({ 'Plan.md': NOTE, 'Other.md': OTHER });
    const board = await cli('board', vault, '--refs', '--today', '2026-12-07');
    expect(board.code).toBe(0);
    const shown = targets(board.stdout);
    expect(shown).toEqual(expect.arrayContaining(['Plan.md:5:1', 'Plan.md:5:2', 'Plan.md:5:3', '#abc123', 'Plan.md:8', 'Other.md:5']));
    expect(shown).not.toContain('#dup001');
    expect(shown.length).toBe(new Set(shown).size);
    const boxes = (text: string) => [...text.matchAll(/<input[^>]*>/g)].map((m) => /\schecked\b/.test(m[0]));
    for (const [n, want] of [[1, [false, false, false]], [2, [true, true, false]], [3, [true, false, true]]] as const) {
      const dir = makeVault({ 'Plan.md': NOTE, 'Other.md': OTHER });
      expect((await cli('toggle', dir, `Plan.md:5:${n}`)).code).toBe(0);
      const row = readFileSync(join(dir, 'Plan.md'), 'utf8').split('\n')[4];
      expect(boxes(row), `Plan.md:5:${n}`).toEqual(want);
    }
  });
});
