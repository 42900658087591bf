import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyVault, makeVault } from '../helpers/tempVault';

// `roadmap set-due`, `set-start` and `add-item` (SPEC §7, §3) on the example vault.
const ROADMAP = '2026 Systems Engineering Roadmap.md';
const exampleVault = join(__dirname, '../../example-vault');
const read = (vault: string) => readFileSync(join(vault, ROADMAP), 'utf8');
const changedLines = (before: string, after: string) => {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return b.map((line, i) => (line === a[i] ? null : i + 1)).filter((n) => n !== null);
};

describe('roadmap set-due / set-start', () => {
  it('writes a milestone date in its quarter format, a list item date as 📅, and each undoes in one step', async () => {
    const vault = copyVault(exampleVault);
    const original = read(vault);
    const quarter = await cli('set-due', vault, `${ROADMAP}:70`, 'Q3 2026');
    expect(quarter.stderr).toBe('');
    expect(quarter.stdout).toBe(`${ROADMAP}:70 "Effect.ts used in production (OctoSpark)": due 2026-03-31 → 2026-09-30\n`);
    expect(read(vault).split('\n')[69]).toBe('| Q3 2026 | Effect.ts used in production (OctoSpark)     |');
    const day = await cli('set-due', vault, `${ROADMAP}:71`, '2026-05-04');
    expect(day.stdout).toBe(`${ROADMAP}:71 "Complete interpreter book": due 2026-03-31 → 2026-05-04\n`);
    expect(read(vault).split('\n')[70]).toBe('| 2026-05-04 | Complete interpreter book                    |');
    const list = await cli('set-start', vault, `${ROADMAP}:29`, '2026/12/07');
    expect(list.stdout).toBe(`${ROADMAP}:29 "File descriptors and syscalls": start none → 2026-12-07\n`);
    expect(read(vault).split('\n')[28]).toBe('- File descriptors and syscalls 🛫 2026-12-07');
    expect(changedLines(original, read(vault))).toEqual([29, 70, 71]);
    for (let i = 0; i < 3; i++) expect((await cli('undo', vault)).code).toBe(0);
    expect(read(vault)).toBe(original);
  });

  it('refuses a phrase that is no date (exit 2) and says when the date is already set', async () => {
    const vault = copyVault(exampleVault);
    const original = read(vault);
    const bad = await cli('set-due', vault, `${ROADMAP}:70`, 'soonish');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^roadmap: set-due needs a date: .* \(got "soonish"\)\n$/);
    const same = await cli('set-due', vault, `${ROADMAP}:70`, '2026-03-31');
    expect(same.stdout).toBe(`${ROADMAP}:70 "Effect.ts used in production (OctoSpark)": due already 2026-03-31; nothing was changed\n`);
    const notItem = await cli('set-due', vault, `${ROADMAP}:1`, '2026-03-31');
    expect(notItem.code).toBe(1);
    expect(read(vault)).toBe(original);
  });
});

describe('roadmap add-item', () => {
  it('adds a milestone row padded like the rows above and a track item after the last one', async () => {
    const vault = copyVault(exampleVault);
    const original = read(vault);
    const row = await cli('add-item', vault, `${ROADMAP}:66`, 'Ship the scheduler');
    expect(row.stderr).toBe('');
    expect(row.stdout).toBe(`${ROADMAP}:74 "Ship the scheduler": added to Milestones\n`);
    expect(read(vault).split('\n')[73]).toBe('|         | Ship the scheduler                           |');
    const item = await cli('add-item', vault, `${ROADMAP}:29`, 'epoll by hand');
    expect(item.stdout).toMatch(/^2026 Systems Engineering Roadmap\.md:\d+ "epoll by hand": added to Linux\n$/);
    const board = await cli('board', vault);
    expect(board.stdout).toContain('epoll by hand');
    expect(board.stdout).toContain('Ship the scheduler');
    for (let i = 0; i < 2; i++) expect((await cli('undo', vault)).code).toBe(0);
    expect(read(vault)).toBe(original);
  });

  it('refuses a line that is no group and a missing text', async () => {
    const vault = copyVault(exampleVault);
    const none = await cli('add-item', vault, `${ROADMAP}:1`, 'x');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('is not a group with items');
    const empty = await cli('add-item', vault, `${ROADMAP}:66`, '  ');
    expect(empty.code).toBe(2);
    expect(read(vault)).toBe(readFileSync(join(exampleVault, ROADMAP), 'utf8'));
  });
});

describe('done dates where the Tasks plugin sets them', () => {
  const note = '#roadmap\n\n- [ ] Ship it\n';
  const vault = (data: string) =>
    makeVault({ 'Plan.md': note, '.obsidian/community-plugins.json': '["obsidian-tasks-plugin"]', '.obsidian/plugins/obsidian-tasks-plugin/data.json': data });

  it('stamps a checked task in a note without Tasks dates when Tasks sets done dates (its default), and not when it is off', async () => {
    const on = vault('{}');
    expect((await cli('toggle', on, 'Plan.md:3', '--today', '2026-11-23')).code).toBe(0);
    expect(readFileSync(join(on, 'Plan.md'), 'utf8')).toBe('#roadmap\n\n- [x] Ship it ✅ 2026-11-23\n');
    expect((await cli('move', on, 'Plan.md:3', 'todo', '--today', '2026-11-23')).code).toBe(0);
    expect(readFileSync(join(on, 'Plan.md'), 'utf8')).toBe(note);
    const off = vault('{"setDoneDate": false}');
    expect((await cli('toggle', off, 'Plan.md:3', '--today', '2026-11-23')).code).toBe(0);
    expect(readFileSync(join(off, 'Plan.md'), 'utf8')).toBe('#roadmap\n\n- [x] Ship it\n');
  });
});

describe('a recurring task checked from the CLI', () => {
  it('is checked plainly, and the output says no next occurrence was created', async () => {
    const dir = makeVault({ 'Chores.md': '#roadmap\n\n- [ ] Water plants 🔁 every week 📅 2026-11-23\n' });
    const result = await cli('toggle', dir, 'Chores.md:3', '--today', '2026-11-23');
    expect(result.stdout).toBe('Chores.md:3 "Water plants": unchecked → checked (it repeats, but no next occurrence was created: the Tasks plugin makes one when checked in Obsidian)\n');
    expect(readFileSync(join(dir, 'Chores.md'), 'utf8')).toBe('#roadmap\n\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ 2026-11-23\n');
    const back = await cli('toggle', dir, 'Chores.md:3');
    expect(back.stdout).toBe('Chores.md:3 "Water plants": checked → unchecked\n');
  });
});
