// resolveAction, the one place an action becomes bytes and a message (SPEC §3): each kind
// of action, its message in the CLI's words, its refusals, on notes in memory.
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/core/edit/types';
import { refOf } from '../../../src/core/model/ref';
import { checkboxesOf } from '../../../src/core/parse/checkboxesOf';
import { extractNote } from '../../../src/core/parse/extract';
import { makeSettings } from '../../../src/core/settings';
import { actionPath, resolveAction, type Action, type Resolved } from '../../../src/core/write/actions';
import { NO_TASKS_PLUGIN, writeRules } from '../../../src/core/write/rules';

const TODAY = '2026-12-07';
const rules = writeRules(makeSettings(), NO_TASKS_PLUGIN, TODAY, { nextId: () => 'abcdef' });
const refs = (text: string, path = 'n.md') => checkboxesOf(extractNote(path, text)).map((box) => refOf(path, box));
const after = (text: string, result: Resolved) => (result.ok ? applyChanges(text, result.changes) : result.reason);

const LIST = '#roadmap\n\n## Work\n- [ ] Ship 📅 2026-12-01\n  - [ ] tests\n- Plan\n- [x] Done one\n';
const TABLE = '#roadmap\n\n| Done | Item | Status | Due |\n| --- | --- | --- | --- |\n| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Doing | 2026-03-31 |\n| | Beta | To do | |\n';

describe('toggle', () => {
  it('a task: its marker, its stamp, the item named in brackets; an HTML box: checked and unchecked', () => {
    const [ship, tests] = refs(LIST);
    const task = resolveAction(LIST, { kind: 'toggle', path: 'n.md', ref: tests }, rules);
    expect(task).toMatchObject({ ok: true, message: 'n.md:5 "tests" (Ship): unchecked → checked' });
    expect(after(LIST, task)).toBe(LIST.replace('  - [ ] tests', `  - [x] tests ✅ ${TODAY}`));
    expect(resolveAction(LIST, { kind: 'toggle', path: 'n.md', ref: ship, want: false }, rules)).toMatchObject({ ok: true, changes: [], message: 'n.md:4 "Ship": already unchecked' });
    const [alpha] = refs(TABLE);
    const html = resolveAction(TABLE, { kind: 'toggle', path: 'n.md', ref: alpha }, rules);
    expect(html).toMatchObject({ ok: true, message: 'n.md:5 "Alpha": unchecked → checked' });
    expect(after(TABLE, html)).toBe(TABLE.replace('unchecked id="aaaaaa"> | Alpha | Doing |', 'checked id="aaaaaa"> | Alpha | Done  |'));
    const back = html.ok ? html.text : '';
    expect(resolveAction(back, { kind: 'toggle', path: 'n.md', ref: refs(back)[0] }, rules)).toMatchObject({ ok: true, message: 'n.md:5 "Alpha": checked → unchecked' });
    expect(resolveAction(back, { kind: 'toggle', path: 'n.md', ref: refs(back)[0], want: true }, rules)).toMatchObject({ ok: true, changes: [], message: 'n.md:5 "Alpha": already checked' });
  });

  it('another status shows itself; a bad ref or a gone checkbox is refused', () => {
    const doing = '- [/] Parser\n';
    expect(resolveAction(doing, { kind: 'toggle', path: 'n.md', ref: refs(doing)[0] }, rules)).toMatchObject({ ok: true, message: 'n.md:1 "Parser": [/] → checked' });
    expect(resolveAction(LIST, { kind: 'toggle', path: 'n.md', ref: 'nonsense' }, rules)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
    const [ship] = refs(LIST);
    expect(resolveAction(LIST.replace('- [ ] Ship 📅 2026-12-01\n', ''), { kind: 'toggle', path: 'n.md', ref: ship }, rules)).toMatchObject({ ok: false });
  });

  it('at the cursor: the line’s checkbox, as a toggle by ref', () => {
    const result = resolveAction(LIST, { kind: 'toggleAtCursor', path: 'n.md', line: 4, ch: 2 }, rules);
    expect(result).toMatchObject({ ok: true, message: 'n.md:4 "Ship": unchecked → checked' });
    expect(after(LIST, result)).toBe(LIST.replace('- [ ] Ship 📅 2026-12-01', `- [x] Ship 📅 2026-12-01 ✅ ${TODAY}`));
    expect(resolveAction(LIST, { kind: 'toggleAtCursor', path: 'n.md', line: 6, ch: 2 }, rules)).toEqual({ ok: false, reason: 'line 6 of n.md has no checkbox' });
    expect(resolveAction(LIST, { kind: 'toggleAtCursor', path: 'n.md', line: 99, ch: 0 }, rules)).toEqual({ ok: false, reason: 'line 99 of n.md has no checkbox' });
    expect(resolveAction(TABLE, { kind: 'toggleAtCursor', path: 'n.md', line: 5, ch: 3 }, rules)).toMatchObject({ ok: true, message: 'n.md:5 "Alpha": unchecked → checked' });
  });
});

describe('move', () => {
  it('by line or by ref, named in the CLI’s words; a line that is no longer the item is refused', () => {
    const plan = resolveAction(LIST, { kind: 'move', target: { path: 'n.md', line: 6 }, state: 'done', title: 'Plan' }, rules);
    expect(plan).toMatchObject({ ok: true, message: 'n.md:6 "Plan": To do → Done' });
    expect(after(LIST, plan)).toBe(LIST.replace('- Plan', `- [x] Plan ✅ ${TODAY}`));
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', line: 6 }, state: 'todo' }, rules)).toMatchObject({ ok: true, changes: [], message: 'n.md:6 "Plan": already To do' });
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', line: 6 }, state: 'done', title: 'Other' }, rules)).toEqual({ ok: false, reason: 'line 6 of n.md is no longer "Other" (the note changed)' });
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', line: 2 }, state: 'done', title: 'Plan' }, rules)).toEqual({ ok: false, reason: 'line 2 of n.md is no longer "Plan" (the note changed)' });
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', line: 2 }, state: 'done' }, rules)).toEqual({ ok: false, reason: "line 2 of n.md is not an item's (a task moves with toggle)" });
    const [, tests] = refs(LIST);
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', ref: tests }, state: 'done' }, rules)).toEqual({ ok: false, reason: "this checkbox is not an item's (a task moves with toggle)" });
    expect(resolveAction(LIST, { kind: 'move', target: { path: 'n.md', ref: 'nonsense' }, state: 'done' }, rules)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
    const [alpha] = refs(TABLE);
    expect(resolveAction(TABLE, { kind: 'move', target: { path: 'n.md', ref: alpha }, state: 'done' }, rules)).toMatchObject({ ok: true, message: 'n.md:5 "Alpha": Doing → Done' });
    const beta = resolveAction(TABLE, { kind: 'move', target: { path: 'n.md', line: 6 }, state: 'done' }, rules);
    // A row with a Status cell says Done there; a checkbox is added only to a row with neither.
    expect(after(TABLE, beta)).toBe(TABLE.replace('| | Beta | To do |', '| | Beta | Done  |'));
    const bare = '#roadmap\n\n| Done | Item |\n| --- | --- |\n| | Gamma |\n';
    expect(after(bare, resolveAction(bare, { kind: 'move', target: { path: 'n.md', line: 5 }, state: 'done' }, rules))).toBe(bare.replace('| | Gamma |', '| <input type="checkbox" checked id="abcdef"> | Gamma |'));
  });

  it('Done for an open recurring task goes through Tasks, named as a move', () => {
    const text = '- [ ] Water 🔁 every week\n';
    const viaTasks = writeRules(makeSettings(), NO_TASKS_PLUGIN, TODAY, { tasksToggle: (line) => `${line}\n${line.replace('[ ]', '[x]')} ✅ ${TODAY}` });
    const result = resolveAction(text, { kind: 'move', target: { path: 'n.md', ref: refs(text)[0] }, state: 'done' }, viaTasks);
    expect(result).toMatchObject({ ok: true, message: 'n.md:1 "Water": To do → Done' });
    expect(after(text, result)).toBe(`- [ ] Water 🔁 every week\n- [x] Water 🔁 every week ✅ ${TODAY}\n`);
    const refused = resolveAction(text, { kind: 'move', target: { path: 'n.md', ref: refs(text)[0] }, state: 'done' }, writeRules(makeSettings(), NO_TASKS_PLUGIN, TODAY, { tasksToggle: (line) => line }));
    expect(refused.ok).toBe(false);
    // Doing is a marker, not a check: Tasks is not asked.
    expect(after(text, resolveAction(text, { kind: 'move', target: { path: 'n.md', ref: refs(text)[0] }, state: 'doing' }, viaTasks))).toBe('- [/] Water 🔁 every week\n');
  });
});

describe('set date, set status, add task, add item', () => {
  it('set due: old and new date named; already; not an item', () => {
    const [alpha] = refs(TABLE);
    const due = resolveAction(TABLE, { kind: 'setDate', target: { path: 'n.md', ref: alpha }, field: 'due', date: '2026-06-30' }, rules);
    expect(due).toMatchObject({ ok: true, message: 'n.md:5 "Alpha": due 2026-03-31 → 2026-06-30' });
    expect(resolveAction(TABLE, { kind: 'setDate', target: { path: 'n.md', ref: alpha }, field: 'due', date: '2026-03-31' }, rules)).toMatchObject({ ok: true, changes: [], message: 'n.md:5 "Alpha": due already 2026-03-31' });
    expect(resolveAction(TABLE, { kind: 'setDate', target: { path: 'n.md', line: 6 }, field: 'start', date: '2026-01-05' }, rules)).toMatchObject({ ok: true, message: 'n.md:6 "Beta": start none → 2026-01-05' });
    expect(resolveAction(TABLE, { kind: 'setDate', target: { path: 'n.md', line: 3 }, field: 'due', date: '2026-01-05' }, rules)).toEqual({ ok: false, reason: "line 3 of n.md is not an item's" });
    expect(resolveAction(TABLE, { kind: 'setDate', target: { path: 'n.md', line: 6 }, field: 'due', date: '2026-01-05', title: 'Gamma' }, rules)).toEqual({ ok: false, reason: 'line 6 of n.md is no longer "Gamma" (the note changed)' });
  });

  it('set status: the old and new words; already; refused where there is no Status cell', () => {
    const set = resolveAction(TABLE, { kind: 'setStatus', target: { path: 'n.md', line: 6 }, status: 'Blocked' }, rules);
    expect(set).toMatchObject({ ok: true, message: 'n.md:6 "Beta": Status "To do" → "Blocked"' });
    expect(resolveAction(TABLE, { kind: 'setStatus', target: { path: 'n.md', line: 5 }, status: 'Doing' }, rules)).toMatchObject({ ok: true, changes: [], message: 'n.md:5 "Alpha": Status is already "Doing"' });
    expect(resolveAction(LIST, { kind: 'setStatus', target: { path: 'n.md', line: 6 }, status: 'Doing' }, rules)).toEqual({ ok: false, reason: 'a list item has no Status cell' });
  });

  it('add task: the new line, under its item; add item: the new line, in its group; refusals', () => {
    const [ship] = refs(LIST);
    const task = resolveAction(LIST, { kind: 'addTask', target: { path: 'n.md', ref: ship }, text: 'docs' }, rules);
    expect(task).toMatchObject({ ok: true, message: 'n.md:6 "docs" added under "Ship"' });
    expect(after(LIST, task)).toBe(LIST.replace('  - [ ] tests\n', '  - [ ] tests\n  - [ ] docs\n'));
    expect(resolveAction(TABLE, { kind: 'addTask', target: { path: 'n.md', line: 6 }, text: 'draft' }, rules)).toMatchObject({ ok: true, message: 'n.md:6 "draft" added under "Beta"' });
    expect(resolveAction(LIST, { kind: 'addTask', target: { path: 'n.md', line: 2 }, text: 'x' }, rules)).toEqual({ ok: false, reason: 'line 2 of n.md is not a table row or list item' });
    const item = resolveAction(LIST, { kind: 'addItem', path: 'n.md', line: 3, title: ' Retro ' }, rules);
    expect(item).toMatchObject({ ok: true, message: 'n.md:8 "Retro": added to Work' });
    expect(after(LIST, item)).toBe(`${LIST}- [ ] Retro\n`);
    expect(resolveAction(LIST, { kind: 'addItem', path: 'n.md', line: 2, title: 'x' }, rules)).toMatchObject({ ok: false });
  });

  it('the note an action writes', () => {
    const actions: Action[] = [
      { kind: 'toggle', path: 'a.md', ref: '' },
      { kind: 'toggleAtCursor', path: 'b.md', line: 1, ch: 0 },
      { kind: 'move', target: { path: 'c.md', line: 1 }, state: 'done' },
      { kind: 'addItem', path: 'd.md', line: 1, title: 'x' },
    ];
    expect(actions.map(actionPath)).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
  });
});
