// Edges of the edits that the third mutation run showed untested; each case fails when
// the condition it names is changed (docs/TESTING.md lists what still survives, and why).
import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { setHtmlChecked } from '../../../src/core/edit/htmlToggle';
import { freshId, randomHexId } from '../../../src/core/edit/newId';
import { setItemState } from '../../../src/core/edit/setState';
import { setStatus } from '../../../src/core/edit/setStatus';
import { padLike } from '../../../src/core/edit/cellText';
import { readTarget } from '../../../src/core/edit/target';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { UndoLog, undoEdit, undoEntryFor } from '../../../src/core/edit/undo';
import { refsOf } from '../../helpers/notes';
import { BARE, RULES, rulesWith } from '../../helpers/rules';

describe('a board move', () => {
  const table = ['| Done | Project | Status |', '| --- | --- | --- |', '| [ ] | Parser | Done |', ''].join('\n');

  it('by checkbox does not ask the row to still hold the title the board shows', () => {
    const [box] = refsOf(table);
    const item = { path: 'n.md', line: 3, ref: box.ref, progress: { done: 0, total: 0 }, title: 'Parser (renamed on the board)', fields: { Status: 'Done' } };
    expect(setItemState(table, item, 'todo', RULES)).toMatchObject({ ok: true, text: table.replace('| Done |\n', '| To do |\n') });
  });

  it('by line matches the title with its spaces, not across them', () => {
    const item = { path: 'n.md', line: 3, ref: null, progress: { done: 0, total: 0 }, title: 'Par ser', fields: { Status: 'Done' } };
    expect(setItemState(table, item, 'todo', RULES)).toEqual({ ok: false, reason: 'line 3 of n.md is no longer "Par ser" (the note changed)' });
  });

  it('takes the word from the column’s filled cells, trimmed, never a blank one', () => {
    const rows = ['| Project | Status |', '| --- | --- |', '| A |  Backlog  |', '| B | |', '| C | |', '| D | |', '| Parser | Done |', ''].join('\n');
    const item = { path: 'n.md', line: 7, ref: null, progress: { done: 0, total: 0 }, title: 'Parser', fields: { Status: 'Done' } };
    expect(setItemState(rows, item, 'todo', RULES)).toMatchObject({ ok: true, text: rows.replace('| Parser | Done |', '| Parser | Backlog |') });
  });
});

describe('cell padding', () => {
  it('a cell without trailing space gets none, whatever its leading space', () => {
    expect(padLike(' Doing', 'In progress')).toBe(' In progress');
    expect(padLike(' Doing ', 'In progress')).toBe(' In progress ');
  });
});

describe('targets', () => {
  it('a line break is never part of a target', () => {
    expect(readTarget('notes\nProjects.md:3')).toBeNull();
    expect(readTarget('#7d8cec\n')).toBeNull();
  });

  it('a ref names its own note; n counts from 1 and may have several digits', () => {
    const [box] = refsOf('- [ ] a task\n', 'Plans/a.md');
    expect(readTarget(box.ref)).toEqual({ kind: 'ref', path: 'Plans/a.md', ref: box.ref });
    expect(readTarget('a.md:3:1')).toEqual({ kind: 'line', path: 'a.md', line: 3, n: 1 });
    expect(readTarget('a.md:3:12')).toEqual({ kind: 'line', path: 'a.md', line: 3, n: 12 });
  });

  it('an id with or without #; anything else is none', () => {
    expect(readTarget('#7d8cec')).toEqual({ kind: 'id', id: '7d8cec' });
    expect(readTarget('7d8cec')).toEqual({ kind: 'id', id: '7d8cec' });
    for (const text of ['', '#', 'a b', '##x', 'Projects.md']) expect(readTarget(text), text).toBeNull();
  });
});

describe('fresh ids', () => {
  it('random ids always have six hex digits, leading zeros kept', () => {
    for (let i = 0; i < 300; i++) expect(randomHexId()).toMatch(/^[0-9a-f]{6}$/);
  });

  it('gives up after exactly 1,000 tries', () => {
    let calls = 0;
    const taken = () => {
      calls++;
      return 'abcdef';
    };
    expect(() => freshId('<input type="checkbox" id="abcdef">', taken)).toThrow('could not find a fresh checkbox id');
    expect(calls).toBe(1000);
  });
});

describe('undo', () => {
  it('in place, even when the same bytes with the same context stand on the lines around it', () => {
    // Every line is checked once the fifth is: its undo bytes with 24 characters each side
    // stand at three places, so only its own offset says which one it is.
    const lines = Array.from({ length: 9 }, (_, i) => (i === 4 ? '- [ ] same' : '- [x] same'));
    const text = lines.join('\n') + '\n';
    const toggled = toggleCheckbox(text, refsOf(text)[4].ref, undefined, BARE);
    if (!toggled.ok) throw new Error(toggled.reason);
    const entry = undoEntryFor('n.md', text, toggled.changes[0], toggled.message);
    expect(undoEdit(toggled.text, entry)).toMatchObject({ ok: true, text });
  });
});

describe('the checked word in an HTML tag', () => {
  it('keeps the case of the word it replaces, not of the tag', () => {
    expect(setHtmlChecked('<input type="checkbox" UNCHECKED id="a1">', true)).toBe('<input type="checkbox" CHECKED id="a1">');
    expect(setHtmlChecked('<INPUT TYPE="CHECKBOX" unchecked>', true)).toBe('<INPUT TYPE="CHECKBOX" checked>');
    expect(setHtmlChecked('<input type=checkbox UNCHECKED>', true)).toBe('<input type=checkbox CHECKED>');
  });
});

describe('add task at the end of a note without a final line break', () => {
  it('ends the line before it as the note’s other lines end', () => {
    expect(addTask('a\r\n- [ ] x', { path: 'n.md', line: 2 }, 't', RULES)).toMatchObject({ ok: true, text: 'a\r\n- [ ] x\r\n  - [ ] t' });
    expect(addTask('a\n- [ ] x', { path: 'n.md', line: 2 }, 't', RULES)).toMatchObject({ ok: true, text: 'a\n- [ ] x\n  - [ ] t' });
  });
});

describe('what the CLI suites alone used to check', () => {
  const table = '| Project | Status |\n|---|---|\n| Parser | To do |\n';

  it('a task for a table row is refused when it holds a line break; the messages name what was done', () => {
    expect(addTask(table, { path: 'n.md', line: 3 }, 'a\nb', RULES)).toEqual({ ok: false, reason: 'the text holds a line break' });
    expect(addTask(table, { path: 'n.md', line: 3 }, 'write tests', rulesWith({ nextId: () => 'abc123' }))).toMatchObject({ ok: true, message: 'task "write tests" added' });
    expect(setStatus(table, { path: 'n.md', line: 3 }, 'Done', RULES)).toMatchObject({ ok: true, message: 'status set to "Done"' });
  });

  it('a new undo log is empty, keeping the last 50 by default', () => {
    const log = new UndoLog();
    expect(log.entries).toEqual([]);
    expect(log.limit).toBe(50);
  });
});

