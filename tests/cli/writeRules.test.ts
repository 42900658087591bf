// SPEC §3's write rules through the CLI, on real files: the plugin's own data.json read,
// words a person wrote never replaced unasked (--replace to do it), refs that outlive the
// product's own stamps, stamps only where Tasks reads tasks, and ids like the note's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, makeVault, snapshot } from '../helpers/tempVault';

const TODAY = '2026-12-07';
const read = (vault: string, path: string) => readFileSync(join(vault, path), 'utf8');
const pluginData = (data: unknown) => ({ '.obsidian/plugins/roadmap-board/data.json': JSON.stringify(data) });
const tasksPlugin = (data: unknown) => ({
  '.obsidian/community-plugins.json': JSON.stringify(['obsidian-tasks-plugin']),
  '.obsidian/plugins/obsidian-tasks-plugin/data.json': JSON.stringify(data),
});

describe("the CLI reads the plugin's settings (data.json)", () => {
  it('roadmap tags: a note the board shows is a roadmap note to the CLI too', async () => {
    const vault = makeVault({ 'Plan.md': '#plan\n\n- [ ] Ship\n', ...pluginData({ version: 1, roadmapTags: ['plan'] }) });
    expect((await cli('board', vault)).stdout).toContain('Ship');
    expect(await cli('toggle', vault, 'Plan.md:3', '--today', TODAY)).toMatchObject({ code: 0, stdout: 'Plan.md:3 "Ship": unchecked → checked\n' });
    // Without the data file the same note is not a roadmap note.
    const plain = makeVault({ 'Plan.md': '#plan\n\n- [ ] Ship\n' });
    expect((await cli('board', plain)).stdout).not.toContain('Ship');
  });

  it('done dates never: no ✅ from the CLI either; options on the command line still win over the file', async () => {
    const note = '#roadmap\n\n- [ ] Ship 📅 2026-12-01\n';
    const never = makeVault({ 'Plan.md': note, ...pluginData({ version: 1, doneDates: 'never' }) });
    await cli('toggle', never, 'Plan.md:3', '--today', TODAY);
    expect(read(never, 'Plan.md')).toBe('#roadmap\n\n- [x] Ship 📅 2026-12-01\n');
    const tasks = makeVault({ 'Plan.md': note });
    await cli('toggle', tasks, 'Plan.md:3', '--today', TODAY);
    expect(read(tasks, 'Plan.md')).toBe(`#roadmap\n\n- [x] Ship 📅 2026-12-01 ✅ ${TODAY}\n`);
    const tagged = makeVault({ 'Plan.md': '#plan\n\n- [ ] Ship\n', 'Other.md': '#other\n\n- [ ] Else\n', ...pluginData({ version: 1, roadmapTags: ['plan'] }) });
    const board = (await cli('board', tagged, '--tag', 'other')).stdout;
    expect(board).toContain('Else');
    expect(board).not.toContain('Ship');
  });

  it('the column words and task statuses of the settings', async () => {
    const note = '#roadmap\n\n| Aufgabe | Zustand |\n| --- | --- |\n| Ship | To do |\n\n- [?] Ask\n';
    const vault = makeVault({ 'Plan.md': note, ...pluginData({ version: 1, columnWords: { item: ['aufgabe'], status: ['zustand'] }, taskStatuses: { '?': 'doing' } }) });
    expect(await cli('move', vault, 'Plan.md:5', 'done')).toMatchObject({ code: 0, stdout: 'Plan.md:5 "Ship": To do → Done\n' });
    expect(read(vault, 'Plan.md')).toContain('| Ship | Done  |');
    const index = JSON.parse((await cli('index', vault, '--json')).stdout) as { groups: { items: { title: string; state: string }[] }[] };
    expect(index.groups.flatMap((g) => g.items).find((i) => i.title === 'Ask')?.state).toBe('doing');
  });

  it('bad settings in the file are named on stderr, and their defaults used', async () => {
    const vault = makeVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n', ...pluginData({ version: 1, doneDates: 'sometimes' }) });
    const result = await cli('toggle', vault, 'Plan.md:3', '--today', TODAY);
    expect(result).toMatchObject({ code: 0, stderr: 'roadmap: plugin settings: doneDates must be tasks, always or never; the default is used\n' });
  });
});

describe('never replace words it could not read', () => {
  const table = '#roadmap\n\n| Item | Status | Due |\n| --- | --- | --- |\n| Alpha | Withdrawn, bug not reachable | soon, after review |\n| Beta | Doing | 18-02-2022 |\n';

  it('set-due on a cell of words is refused, quoting them; --replace replaces them', async () => {
    const vault = makeVault({ 'Plan.md': table });
    const before = snapshot(vault);
    const refused = await cli('set-due', vault, 'Plan.md:5', '2026-12-31');
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: 'roadmap: its due says "soon, after review", which is not a date it reads; change it in the note, or replace it (CLI: --replace); nothing was changed\n' });
    expect(snapshot(vault)).toEqual(before);
    // A day-first date is not one it reads either (it could be read two ways).
    expect((await cli('set-due', vault, 'Plan.md:6', '2026-12-31')).stderr).toContain('its due says "18-02-2022", which is not a date it reads');
    expect(await cli('set-due', vault, 'Plan.md:5', '2026-12-31', '--replace')).toMatchObject({ code: 0, stdout: 'Plan.md:5 "Alpha": due none → 2026-12-31\n' });
    expect(read(vault, 'Plan.md')).toContain('| Alpha | Withdrawn, bug not reachable | 2026-12-31         |');
  });

  it("move and set-status on a Status cell of words are refused; a word of the column's own is replaced", async () => {
    const vault = makeVault({ 'Plan.md': table });
    const before = snapshot(vault);
    expect((await cli('move', vault, 'Plan.md:5', 'done')).stderr).toBe('roadmap: its Status cell says "Withdrawn, bug not reachable", which is not a status word; change it in the note, or replace it (CLI: --replace); nothing was changed\n');
    expect((await cli('set-status', vault, 'Plan.md:5', 'Done')).code).toBe(1);
    expect(snapshot(vault)).toEqual(before);
    expect((await cli('move', vault, 'Plan.md:6', 'done')).stdout).toBe('Plan.md:6 "Beta": Doing → Done\n');
    expect(await cli('move', vault, 'Plan.md:5', 'done', '--replace')).toMatchObject({ code: 0, stdout: 'Plan.md:5 "Alpha": To do → Done\n' });
    expect(read(vault, 'Plan.md')).toContain('| Alpha | Done                         |');
  });

  it('a toggle leaves a Status cell of words alone (the checkbox is set, the words stay)', async () => {
    const note = '#roadmap\n\n| Done | Item | Status |\n| --- | --- | --- |\n| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Waiting on Sam |\n';
    const vault = makeVault({ 'Plan.md': note });
    await cli('toggle', vault, '#aaaaaa');
    expect(read(vault, 'Plan.md')).toBe(note.replace('unchecked', 'checked'));
  });
});

describe('refs survive the product’s own writes', () => {
  it('a ref taken before a toggle that stamped ✅ (or set a Status cell) still finds its checkbox', async () => {
    const vault = makeVault({ 'Plan.md': '#roadmap\n\n- [ ] Ship 📅 2026-12-01\n- [ ] Ship 📅 2026-12-01\n\n| Done | Item | Status |\n| --- | --- | --- |\n| [ ] | Alpha | To do |\n' });
    const model = JSON.parse((await cli('index', vault, '--json')).stdout) as { groups: { items: { title: string; ref: string; line: number }[] }[] };
    const refs = model.groups.flatMap((g) => g.items).map((i) => i.ref);
    expect(refs).toHaveLength(3);
    for (const ref of refs) {
      expect((await cli('toggle', vault, ref, '--today', TODAY)).code).toBe(0);
      const again = await cli('toggle', vault, ref, '--today', TODAY);
      expect(again.stderr).toBe('');
      expect(again.code).toBe(0);
    }
    expect(read(vault, 'Plan.md')).toBe('#roadmap\n\n- [ ] Ship 📅 2026-12-01\n- [ ] Ship 📅 2026-12-01\n\n| Done | Item | Status |\n| --- | --- | --- |\n| [ ] | Alpha | To do |\n');
  });
});

describe('done dates where Tasks reads tasks, as Tasks writes them', () => {
  it('no stamp inside a table cell, nothing outside the checkbox’s cell', async () => {
    const note = '#roadmap\n\n- [ ] Ship 📅 2026-12-01\n\n| Item | Tasks |\n| --- | --- |\n| Docs | Migration guide<br>[ ] draft<br>[x] review |\n';
    const vault = makeVault({ 'Plan.md': note });
    expect((await cli('toggle', vault, 'Plan.md:7:1', '--today', TODAY)).code).toBe(0);
    expect(read(vault, 'Plan.md')).toBe(note.replace('[ ] draft', '[x] draft'));
  });

  it("cancelling stamps ❌ where Tasks' setCancelledDate is on; Dataview format writes fields", async () => {
    const note = '#roadmap\n\n- [ ] Ship\n';
    const emoji = makeVault({ 'Plan.md': note, ...tasksPlugin({ setCancelledDate: true }) });
    await cli('move', emoji, 'Plan.md:3', 'cancelled', '--today', TODAY);
    expect(read(emoji, 'Plan.md')).toBe(`#roadmap\n\n- [-] Ship ❌ ${TODAY}\n`);
    await cli('move', emoji, 'Plan.md:3', 'done', '--today', TODAY);
    expect(read(emoji, 'Plan.md')).toBe(`#roadmap\n\n- [x] Ship ✅ ${TODAY}\n`);
    const dataview = makeVault({ 'Plan.md': note, ...tasksPlugin({ taskFormat: 'dataview' }) });
    await cli('toggle', dataview, 'Plan.md:3', '--today', TODAY);
    expect(read(dataview, 'Plan.md')).toBe(`#roadmap\n\n- [x] Ship [completion:: ${TODAY}]\n`);
    await cli('toggle', dataview, 'Plan.md:3', '--today', TODAY);
    expect(read(dataview, 'Plan.md')).toBe(note);
    const off = makeVault({ 'Plan.md': note, ...tasksPlugin({ setCancelledDate: false, setDoneDate: false }) });
    await cli('move', off, 'Plan.md:3', 'cancelled', '--today', TODAY);
    expect(read(off, 'Plan.md')).toBe('#roadmap\n\n- [-] Ship\n');
  });

  it("a task outside Tasks' global filter gets no stamp", async () => {
    const note = '#roadmap\n\n- [ ] #task Ship\n- [ ] Tidy up\n';
    const vault = makeVault({ 'Plan.md': note, ...tasksPlugin({ globalFilter: '#task' }) });
    await cli('toggle', vault, 'Plan.md:3', '--today', TODAY);
    await cli('toggle', vault, 'Plan.md:4', '--today', TODAY);
    expect(read(vault, 'Plan.md')).toBe(`#roadmap\n\n- [x] #task Ship ✅ ${TODAY}\n- [x] Tidy up\n`);
  });
});

describe('new markers and ids follow the note', () => {
  it('a task added under a numbered sub-list gets the next number; a new id has the length of the note’s ids', async () => {
    const note = '#roadmap\n\n| Item | Check |\n| --- | --- |\n| Alpha <input type="checkbox" unchecked id="a1b2c3d4"> | |\n\n- [ ] Plan\n  1. [ ] first\n  2. [ ] second\n';
    const vault = makeVault({ 'Plan.md': note });
    expect((await cli('add-task', vault, 'Plan.md:7', 'third')).stdout).toBe('Plan.md:10 "third" added under "Plan"\n');
    expect(read(vault, 'Plan.md').endsWith('  2. [ ] second\n  3. [ ] third\n')).toBe(true);
    await cli('add-task', vault, 'Plan.md:5', 'Write it');
    expect(read(vault, 'Plan.md')).toMatch(/Alpha <input type="checkbox" unchecked id="a1b2c3d4"><br><input type="checkbox" unchecked id="[0-9a-f]{8}"> Write it \|/);
  });
});
