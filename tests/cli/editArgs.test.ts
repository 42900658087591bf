// The edit commands' own arguments and the targets people type (src/cli/editCommands.ts,
// targets.ts), and how the CLI finds its settings and state (vaultSetup.ts,
// stateFiles.ts): each wrong argument a usage error that says what was expected, each
// accepted spelling acting, nothing written by a refusal.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonFile, stateFile } from '../../src/cli/stateFiles';
import { shorten } from '../../src/cli/targets';
import { cli, makeVault, snapshot, tempDir } from '../helpers/tempVault';

const PLAN = '#roadmap\n\n## Build\n\n- [ ] Ship 📅 2026-02-01\n- [ ] Test\n\n| Item | Status | Check |\n| --- | --- | --- |\n| Row | Doing | <input type="checkbox" id="r1"> <input type="checkbox" id="r2"> |\n';
const read = (dir: string, path = 'Plan.md') => readFileSync(join(dir, path), 'utf8');

async function refused(dir: string, args: string[], code: number, stderr: string) {
  const before = snapshot(dir);
  expect(await cli(...args), args.join(' ')).toMatchObject({ code, stdout: '', stderr: `roadmap: ${stderr}\n` });
  expect(snapshot(dir), args.join(' ')).toEqual(before);
}

describe('roadmap move', () => {
  it('the state in any case, with spaces around, "to do" and "to-do"-less spellings', async () => {
    for (const [typed, line] of [
      ['DONE', '- [x] Ship 📅 2026-02-01 ✅ 2026-01-02'],
      [' doing ', '- [/] Ship 📅 2026-02-01'],
      ['To Do', '- [ ] Ship 📅 2026-02-01'],
      ['todo', '- [ ] Ship 📅 2026-02-01'],
      ['to do', '- [ ] Ship 📅 2026-02-01'],
      ['Cancelled', '- [-] Ship 📅 2026-02-01'],
    ]) {
      const dir = makeVault({ 'Plan.md': PLAN.replace('[ ] Ship', '[/] Ship') });
      expect((await cli('move', dir, 'Plan.md:5', typed, '--today', '2026-01-02')).code, typed).toBe(0);
      expect(read(dir).split('\n')[4], typed).toBe(line);
    }
  });

  it('a state it does not know, or none, is a usage error naming the four', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    for (const typed of ['xtodo', 'todox', 'to  do', 'later']) await refused(dir, ['move', dir, 'Plan.md:5', typed], 2, `move needs the new state: todo, doing, done or cancelled (got "${typed}")`);
    await refused(dir, ['move', dir, 'Plan.md:5'], 2, 'move needs the new state: todo, doing, done or cancelled (got nothing)');
    await refused(dir, ['move', dir], 2, 'move needs an item: its checkbox (ref, #id or path:line:n) or path:line');
  });
});

describe('roadmap set-due and set-start', () => {
  it('"today" in any case is --today', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    expect((await cli('set-due', dir, 'Plan.md:6', ' Today ', '--today', '2026-01-02')).code).toBe(0);
    expect(read(dir).split('\n')[5]).toBe('- [ ] Test 📅 2026-01-02');
  });

  it('no date, or words that are no date, name the command and the forms it takes', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    const forms = 'YYYY-MM-DD, YYYY/MM/DD, Qn YYYY, Mon YYYY, YYYY-Www or today';
    await refused(dir, ['set-start', dir, 'Plan.md:5'], 2, `set-start needs a date: ${forms} (got nothing)`);
    await refused(dir, ['set-due', dir, 'Plan.md:5', 'soon'], 2, `set-due needs a date: ${forms} (got "soon")`);
    await refused(dir, ['set-start', dir], 2, 'set-start needs an item: its checkbox (ref, #id or path:line:n) or path:line');
    await refused(dir, ['set-status', dir], 2, 'set-status needs an item: its checkbox (ref, #id or path:line:n) or path:line');
    await refused(dir, ['add-task', dir], 2, 'add-task needs an item: its checkbox (ref, #id or path:line:n) or path:line');
  });
});

describe('roadmap add-item, add-task, set-status', () => {
  it('add-item needs the group as path:line and a title that is more than spaces', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    const place = 'add-item needs the group as path:line (its heading or group row, or one of its items), then the text';
    await refused(dir, ['add-item', dir], 2, place);
    await refused(dir, ['add-item', dir, 'Plan.md:10:2', 'New'], 2, place);
    await refused(dir, ['add-item', dir, '#r1', 'New'], 2, place);
    await refused(dir, ['add-item', dir, 'Plan.md:3'], 2, 'add-item needs the text of the new item');
    await refused(dir, ['add-item', dir, 'Plan.md:3', ' \t'], 2, 'add-item needs the text of the new item');
    // The group ends in its table: the new item is a row of it.
    expect((await cli('add-item', dir, 'Plan:3', 'New')).stdout).toBe('Plan.md:11 "New": added to Build\n');
    expect(read(dir).split('\n')[10]).toMatch(/^\| New \| +\| <input type="checkbox" unchecked id="[0-9a-f]{6}"> +\|$/);
  });

  it('add-task and set-status need their text; a target with :n past the boxes of its line is refused', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    await refused(dir, ['add-task', dir, 'Plan.md:5'], 2, 'add-task needs the task text, e.g. roadmap add-task . Projects.md:9 "Write the post"');
    await refused(dir, ['set-status', dir, 'Plan.md:10'], 2, 'set-status needs the new status text, e.g. roadmap set-status . Projects.md:9 "In progress"');
    await refused(dir, ['set-status', dir, 'Plan.md:10:3', 'Done'], 2, 'Plan.md:10 has 2 checkboxes, not 3');
    await refused(dir, ['set-status', dir, 'Plan.md:5:2', 'Done'], 2, 'Plan.md:5 has one checkbox, not 2');
    expect((await cli('set-status', dir, 'Plan.md:10:2', 'Done'))).toMatchObject({ code: 0, stdout: 'Plan.md:10 "Row": Status "Doing" → "Done"\n' });
  });
});

describe('targets', () => {
  it('a line with no checkbox, several, or fewer than asked: each its message', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    await refused(dir, ['toggle', dir, 'Plan.md:3'], 1, 'Plan.md:3 has no checkbox; nothing was changed');
    await refused(dir, ['toggle', dir, 'Plan.md:10'], 2, 'Plan.md:10 has 2 checkboxes; add :1 to :2 to choose one (e.g. Plan.md:10:1)');
    await refused(dir, ['toggle', dir, 'Plan.md:5:2'], 2, 'Plan.md:5 has one checkbox, not 2');
    await refused(dir, ['toggle', dir], 2, 'toggle needs a checkbox: a checkbox is named by its ref, its id (#7d8cec) or path:line[:n] — "roadmap board --refs" shows them');
  });

  it('an id is looked for in notes only; spaces around "=" still make an id', async () => {
    const dir = makeVault({
      'Plan.md': PLAN.replace('id="r2"', 'id = "r2"'),
      // Read as a note it would hold a checkbox: it is no note.
      'data.txt': '| Item | Check |\n| --- | --- |\n| x | <input type="checkbox" id="t1"> |\n',
      // Its only id written with spaces around "=".
      'Spaced.md': '#roadmap\n\n| Item | Check |\n| --- | --- |\n| y | <input type="checkbox" id = "s1"> |\n',
    });
    await refused(dir, ['toggle', dir, '#t1'], 1, 'no checkbox in the vault has the id "t1"; nothing was changed');
    expect((await cli('toggle', dir, '#r2')).stdout).toBe('Plan.md:10 "Check" (Row): unchecked → checked\n');
    expect((await cli('toggle', dir, '#s1')).stdout).toBe('Spaced.md:5 "y": unchecked → checked\n');
  });

  it('a note named with or without .md, in any case of the extension; a missing one refused', async () => {
    const dir = makeVault({ 'Plan.md': PLAN, 'v1.mdx.md': '#roadmap\n\n- [ ] x\n', 'Twice.md.md': '#roadmap\n\n- [ ] y\n' });
    expect((await cli('toggle', dir, 'v1.mdx:3')).stdout).toBe('v1.mdx.md:3 "x": unchecked → checked\n');
    await refused(dir, ['toggle', dir, 'Twice.md:3'], 1, 'Twice.md is not a note in this vault; nothing was changed');
    await refused(dir, ['toggle', dir, 'Gone:3'], 1, 'Gone is not a note in this vault; nothing was changed');
  });

  it('a target quoted back is cut to 40 characters', () => {
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('roadmap undo, by number', () => {
  it('a number that is no change of the list is a usage error that quotes it', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    await cli('toggle', dir, 'Plan.md:5');
    await cli('toggle', dir, '#r1');
    for (const typed of ['0', '3', '1x', 'x1', ''])
      await refused(dir, ['undo', dir, typed], 2, `undo takes the number of a change from "roadmap undo --list" (1 to 2), not "${typed}"`);
    await refused(dir, ['undo', dir, '--list', '1'], 2, 'undo --list takes no change number');
    // A number of two digits (tasks kept apart by more than the context an undo checks).
    const many = makeVault({ 'Plan.md': `#roadmap\n\n${Array.from({ length: 10 }, (_, i) => `- [ ] t${i + 1}\n\nwords that keep each task apart from the next\n\n`).join('')}` });
    for (let i = 0; i < 10; i++) await cli('toggle', many, `Plan.md:${3 + 4 * i}`, '--today', '2026-01-02');
    expect((await cli('undo', many, '10')).stdout).toBe('undone: Plan.md:3 "t1": unchecked → checked\n');
    expect((await cli('undo', dir, '2')).stdout).toBe('undone: Plan.md:5 "Ship": unchecked → checked\n');
    expect((await cli('undo', dir, '1')).stdout).toBe('undone: Plan.md:10 "Row": unchecked → checked\n');
    expect(read(dir)).toBe(PLAN);
  });
});

describe('settings and state the CLI finds', () => {
  it('the plugin’s folders and link depth are used unless the command line says otherwise', async () => {
    const dir = makeVault({
      'Projects/A.md': '- [ ] In a roadmap folder\n\n[[Linked]]\n',
      'Linked.md': '- [ ] Behind a link\n',
      '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, roadmapFolders: ['Projects'], linkDepth: 0 }),
    });
    const board = (await cli('board', dir)).stdout;
    expect(board).toContain('In a roadmap folder');
    expect(board).not.toContain('Behind a link');
    expect((await cli('board', dir, '--link-depth', '1')).stdout).toContain('Behind a link');
    // --folder replaces the plugin's folders.
    const other = makeVault({
      'Projects/A.md': '- [ ] In a roadmap folder\n',
      'Other/B.md': '- [ ] In the folder asked for\n',
      '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, roadmapFolders: ['Projects'] }),
    });
    const asked = (await cli('board', other, '--folder', 'Other')).stdout;
    expect(asked).toContain('In the folder asked for');
    expect(asked).not.toContain('In a roadmap folder');
  });

  it('the plugin’s link depth of 2 follows a link of a link', async () => {
    const dir = makeVault({
      'Plan.md': '#roadmap\n\n- [ ] Here\n\n[[One]]\n',
      'One.md': '- [ ] One away\n\n[[Two]]\n',
      'Two.md': '- [ ] Two away\n',
      '.obsidian/plugins/roadmap-board/data.json': JSON.stringify({ version: 1, linkDepth: 2 }),
    });
    expect((await cli('board', dir)).stdout).toContain('Two away');
  });

  it('--folder must name a folder, not a note', async () => {
    const dir = makeVault({ 'Plan.md': PLAN });
    await refused(dir, ['board', dir, '--folder', 'Plan.md'], 2, `--folder Plan.md: there is no such folder in ${dir}`);
  });

  it('a data file that is not JSON is as none: defaults, no complaint', async () => {
    const dir = makeVault({ 'Plan.md': PLAN, '.obsidian/plugins/roadmap-board/data.json': '{ not json' });
    expect(await cli('board', dir)).toMatchObject({ code: 0, stderr: '' });
    expect(await readJsonFile(join(dir, '.obsidian/plugins/roadmap-board/data.json'))).toBeNull();
  });

  it('the state folder: $XDG_STATE_HOME when absolute, else ~/.local/state; a vault’s own config folder first', () => {
    const folder = makeVault({ 'a.md': 'x' });
    const state = tempDir();
    const inState = stateFile('undo', folder, '.obsidian', { XDG_STATE_HOME: state });
    expect(inState.startsWith(join(state, 'roadmap-board') + '/')).toBe(true);
    expect(inState.slice(join(state, 'roadmap-board').length + 1)).toMatch(/^undo-[0-9a-f]{16}\.json$/);
    const home = join(homedir(), '.local', 'state', 'roadmap-board');
    for (const env of [{ XDG_STATE_HOME: 'relative/state' }, { XDG_STATE_HOME: '' }, {}]) {
      const file = stateFile('data', folder, '.obsidian', env);
      expect(file.startsWith(`${home}/data-`), JSON.stringify(env)).toBe(true);
    }
    // The same folder by another spelling is the same file.
    expect(stateFile('undo', `${folder}/./`, '.obsidian', { XDG_STATE_HOME: state })).toBe(inState);
    const vault = makeVault({ '.obsidian/app.json': '{}' });
    expect(stateFile('undo', vault, '.obsidian', { XDG_STATE_HOME: state })).toBe(join(vault, '.obsidian/plugins/roadmap-board/undo.json'));
    // A config folder that is a file is not a vault's.
    expect(stateFile('undo', makeVault({ '.obsidian': 'x' }), '.obsidian', { XDG_STATE_HOME: state }).startsWith(state)).toBe(true);
  });

  it('JSON state files end in a newline', async () => {
    const dir = makeVault({ 'Plan.md': PLAN, '.obsidian/app.json': '{}' });
    await cli('toggle', dir, 'Plan.md:5');
    expect(read(dir, '.obsidian/plugins/roadmap-board/undo.json').endsWith('\n')).toBe(true);
  });
});
