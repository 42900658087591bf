import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { toggleOnLine } from '../../../src/core/edit/cursorToggle';
import { setHtmlChecked } from '../../../src/core/edit/htmlToggle';
import { readCheckboxAt } from '../../../src/core/edit/locate';
import { freshId, randomHexId } from '../../../src/core/edit/newId';
import { cannotMove, setItemState, columnWord } from '../../../src/core/edit/setState';
import { setStatus } from '../../../src/core/edit/setStatus';
import { readTarget } from '../../../src/core/edit/target';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { UndoLog, undoEdit, undoEntryFor, type UndoEntry } from '../../../src/core/edit/undo';
import { refsOf } from '../../helpers/notes';
import { BARE, RULES } from '../../helpers/rules';

// Edges of the edit functions that `npm run test:mutation` showed no test reached
// (docs/TESTING.md): each expectation is worked out from the note, not from the code.

describe('reading a checkbox at an offset', () => {
  it('a task marker: one status character in brackets starting there', () => {
    expect(readCheckboxAt('x[ ] a', 1, 'gfm')).toEqual({ kind: 'gfm', start: 1, end: 4, checked: false, status: ' ', id: null });
    expect(readCheckboxAt('[X]', 0, 'gfm')).toEqual({ kind: 'gfm', start: 0, end: 3, checked: true, status: 'X', id: null });
    expect(readCheckboxAt('[/] a', 0, 'gfm')).toEqual({ kind: 'gfm', start: 0, end: 3, checked: true, status: '/', id: null });
    expect(readCheckboxAt('[[] a', 0, 'gfm')).toBeNull();
    expect(readCheckboxAt('[\t] a', 0, 'gfm')).toBeNull();
    expect(readCheckboxAt('[x', 0, 'gfm')).toBeNull();
  });

  it('an HTML checkbox: a whole tag on one line starting there', () => {
    const tag = '<input type="checkbox" checked id="a1">';
    expect(readCheckboxAt(`ab ${tag}`, 3, 'html')).toEqual({ kind: 'html', start: 3, end: 3 + tag.length, checked: true, status: 'x', id: 'a1' });
    expect(readCheckboxAt(`ab ${tag}`, 2, 'html')).toBeNull();
    expect(readCheckboxAt('<input type="checkbox"\nchecked>', 0, 'html')).toBeNull();
    expect(readCheckboxAt('<input type="checkbox" checked', 0, 'html')).toBeNull();
    expect(readCheckboxAt('<input type="text">', 0, 'html')).toBeNull();
  });

  it('nothing before the text or at its end', () => {
    expect(readCheckboxAt('[ ]', -1, 'gfm')).toBeNull();
    expect(readCheckboxAt('[ ]', 3, 'gfm')).toBeNull();
    expect(readCheckboxAt('<input type="checkbox">', 23, 'html')).toBeNull();
  });
});

describe('finding a checkbox again', () => {
  it('by its unique id when its line was rewritten, though the id is also written after it in the text', () => {
    const note = '| Done | Item |\n|---|---|\n| <input type="checkbox" id="a1b2c3"> | Parser |\n\nSee a1b2c3 above.\n';
    const [box] = refsOf(note);
    const rewritten = note.replace('| Parser |', '| Parser and lexer |');
    const result = toggleCheckbox(rewritten, box.ref, undefined, BARE);
    expect(result.ok && result.text).toBe(rewritten.replace('<input type="checkbox" id="a1b2c3">', '<input checked type="checkbox" id="a1b2c3">'));
  });

  it('the first line of the note counts as the line above a twin on line 2', () => {
    const note = '## A\n- [ ] s\n\n## B\n- [ ] s\n';
    const [a] = refsOf(note);
    const result = toggleCheckbox(`${note}\nmore\n`, a.ref, undefined, BARE);
    expect(result.ok && result.text).toBe('## A\n- [x] s\n\n## B\n- [ ] s\n\nmore\n');
  });

  it('says why when identical lines cannot be told apart', () => {
    const note = '## Alpha\n\n- [ ] same\n\n## Beta\n\n- [ ] same\n';
    const [alpha] = refsOf(note);
    expect(toggleCheckbox('## Beta\n\n- [ ] same\n\n## Alpha (old)\n\n- [ ] same\n', alpha.ref, undefined, BARE)).toEqual({
      ok: false,
      reason: 'its line appears several times in the note and the lines around them changed, so which one is meant is not certain',
    });
    expect(toggleCheckbox(`${note}- [ ] same\n`, alpha.ref, undefined, BARE)).toEqual({ ok: false, reason: 'its line now appears 3 times in the note (2 when it was read), so which one is meant is not certain' });
  });
});

describe('undo', () => {
  const text = '- [ ] a\n- [ ] b\n';
  const entry = (): UndoEntry => {
    const [a] = refsOf(text);
    const result = toggleCheckbox(text, a.ref, undefined, BARE);
    if (!result.ok) throw new Error(result.reason);
    return undoEntryFor('n.md', text, result.changes[0], result.message);
  };

  it('records the change with up to 24 characters around it', () => {
    const long = `${'x'.repeat(30)}\n- [ ] a\n${'y'.repeat(30)}\n`;
    const at = long.indexOf('[ ]');
    const e = undoEntryFor('n.md', long, { from: at, to: at + 3, insert: '[x]' }, 'checked');
    expect(e).toEqual({ path: 'n.md', message: 'checked', splices: [{ at, inserted: '[x]', removed: '[ ]', before: `${'x'.repeat(21)}\n- `, after: ` a\n${'y'.repeat(21)}` }] });
    // Near the start of the note, what there is.
    expect(undoEntryFor('n.md', '- [ ] a', { from: 2, to: 5, insert: '[x]' }, 'checked').splices[0]).toMatchObject({ before: '- ', after: ' a' });
  });

  it('finds its bytes by their context when another [x] stands at the old offset', () => {
    const e = entry();
    // A checked line pasted above: "[x]" stands at the old offset again, with other text after it.
    expect(undoEdit('- [x] z\n- [x] a\n- [ ] b\n', e)).toEqual({ ok: true, text: '- [x] z\n- [ ] a\n- [ ] b\n', changes: [{ from: 10, to: 13, insert: '[ ]' }], message: 'undone in n.md: checked' });
  });

  it('refuses when the text just before its bytes changed', () => {
    expect(undoEdit('* [x] a\n- [ ] b\n', entry())).toEqual({ ok: false, reason: 'cannot undo (checked) in n.md: the note changed there since' });
  });

  it('keeps exactly the last N entries, and reads back only whole entries, the last N', () => {
    const e = entry();
    const log = new UndoLog([], 2);
    log.push({ ...e, message: 'a' });
    log.push({ ...e, message: 'b' });
    expect(log.entries.map((x) => x.message)).toEqual(['a', 'b']);
    expect(log.pop()?.message).toBe('b');
    const saved = [{ ...e, message: '1' }, { ...e, message: '2', at: 1.5 }, { ...e, message: '3', after: 7 }, { ...e, message: '4' }, { ...e, message: '5' }];
    expect(UndoLog.fromJSON(saved, 2).entries.map((x) => x.message)).toEqual(['4', '5']);
    expect(UndoLog.fromJSON(saved, 2).limit).toBe(2);
    expect(UndoLog.fromJSON([{ message: 'no path', at: 0, inserted: '', removed: '', before: '', after: '' }]).entries).toEqual([]);
  });
});

describe('board moves: what a note can hold, and the words used', () => {
  const item = { path: 'n.md', line: 3, ref: null, progress: { done: 0, total: 0 }, title: 'Parser', fields: {} };
  it('says why a move cannot be made', () => {
    // A list item can hold every state; a table row always Done (a checkbox is added).
    expect(cannotMove(item, 'done', RULES.words)).toBeNull();
    expect(cannotMove({ ...item, ref: 'r' }, 'doing', RULES.words)).toBeNull();
    expect(cannotMove({ ...item, ref: 'r', fields: { Owner: 'me' } }, 'doing', RULES.words)).toBe('"Parser" can only be To do or Done: add a Status column to its table to say Doing');
    expect(cannotMove({ ...item, fields: { Owner: 'me' } }, 'cancelled', RULES.words)).toBe('"Parser" can only be To do or Done: add a Status column to its table to say Cancelled');
    expect(cannotMove({ ...item, ref: 'r', progress: { done: 1, total: 2 } }, 'todo', RULES.words)).toBe('"Parser" has tasks done, so it reads as Doing; clear them to move it back to To do');
    expect(cannotMove({ ...item, ref: 'r', progress: { done: 1, total: 2 } }, 'doing', RULES.words)).toBeNull();
    expect(cannotMove({ ...item, fields: { 'Status:': 'x' } }, 'doing', RULES.words)).toBeNull();
  });

  it('takes the word the column uses most for the state, the first on a tie, else a default', () => {
    expect(columnWord('doing', ['WIP', 'In progress', 'In progress', 'Done'])).toBe('In progress');
    expect(columnWord('doing', ['WIP', 'In progress'])).toBe('WIP');
    expect(columnWord('done', ['To do'])).toBe('Done');
    expect(columnWord('todo', [])).toBe('To do');
  });

  const table = ['| Project | Status |', '| --- | --- |', '| **Parser** | To do |', '| Lexer | In progress |', ''].join('\n');
  it('moves a row with only a Status cell, found by its line while it still holds its title', () => {
    const parser = { ...item, fields: { Status: 'To do' } };
    expect(setItemState(table, parser, 'doing', RULES)).toEqual({ ok: true, text: table.replace('| To do |', '| In progress |'), changes: [{ from: table.indexOf(' To do '), to: table.indexOf(' To do ') + 7, insert: ' In progress ' }], message: 'moved to Doing' });
    expect(setItemState(table, parser, 'todo', RULES)).toEqual({ ok: true, text: table, changes: [], message: 'already To do' });
    const moved = table.replace('| **Parser** | To do |\n', '');
    expect(setItemState(moved, parser, 'doing', RULES)).toEqual({ ok: false, reason: 'line 3 of n.md is no longer "Parser" (the note changed)' });
    // A list item without a checkbox gets a task marker.
    expect(setItemState('- Parser\n', { ...parser, line: 1 }, 'doing', RULES)).toMatchObject({ ok: true, text: '- [/] Parser\n' });
  });

  it('a row whose Status cell is missing cannot record the state without a checkbox', () => {
    const short = ['| Project | Status |', '| --- | --- |', '| Parser |', ''].join('\n');
    expect(setItemState(short, { ...item, fields: { Status: '' } }, 'doing', RULES)).toEqual({ ok: false, reason: '"Parser" can only be To do or Done: add a Status column to its table to say Doing' });
    expect(setStatus(short, { path: 'n.md', line: 3 }, 'Done', RULES)).toEqual({ ok: false, reason: 'this row has no Status cell' });
  });

  it('set status leaves a cell that already says it', () => {
    expect(setStatus(table, { path: 'n.md', line: 3 }, 'To do', RULES)).toEqual({ ok: true, text: table, changes: [], message: 'status unchanged' });
  });
});

describe('add task: rows and list items it cannot extend', () => {
  it('refuses a row whose item cell is empty, and an item whose indent it cannot tell', () => {
    const table = ['| Done | Project |', '| --- | --- |', '| <input type="checkbox" id="a1"> |  |', ''].join('\n');
    expect(addTask(table, { path: 'n.md', line: 3 }, 'x', RULES)).toEqual({ ok: false, reason: 'this row has no item to add a task to' });
    // An item whose sub-item starts on its own line: the sub-item's indent holds a marker.
    const [inner] = refsOf('- - [ ] inner\n');
    expect(addTask('- - [ ] inner\n', { path: 'n.md', ref: inner.ref }, 'x', RULES)).toEqual({ ok: false, reason: 'cannot tell how to indent a task under this item' });
    // Inside a quote the indent keeps the quote marker.
    expect(addTask('> - [ ] quoted\n', { path: 'n.md', line: 1 }, 'x', RULES)).toMatchObject({ ok: true, text: '> - [ ] quoted\n>   - [ ] x\n' });
  });

  it('nests under a numbered item at its text, and ends the line as the note does', () => {
    expect(addTask('10. [ ] ten\n', { path: 'n.md', line: 1 }, 'sub', RULES)).toMatchObject({ ok: true, text: '10. [ ] ten\n    - [ ] sub\n', message: 'task "sub" added' });
    expect(addTask('a\r\n\r\n- [ ] last', { path: 'n.md', line: 3 }, 'sub', RULES)).toMatchObject({ ok: true, text: 'a\r\n\r\n- [ ] last\r\n  - [ ] sub' });
    expect(addTask('-   [ ] wide\n', { path: 'n.md', line: 1 }, 'sub', RULES)).toMatchObject({ ok: true, text: '-   [ ] wide\n    - [ ] sub\n' });
  });
});

describe('the checkbox command on one line', () => {
  it('takes the task marker when the cursor is nearer to it than to an HTML box', () => {
    const line = '- [ ] call <input type="checkbox" id="a1"> bank';
    expect(toggleOnLine(line, 1)).toEqual({ from: 2, to: 5, insert: '[x]', checked: true });
    expect(toggleOnLine(line, line.length)).toMatchObject({ from: line.indexOf('<input'), insert: '<input checked type="checkbox" id="a1">', checked: true });
    expect(toggleOnLine(line, line.indexOf('<input') - 1)).toMatchObject({ from: line.indexOf('<input'), checked: true });
  });

  it('between two HTML boxes, the nearer one; on a tie, the first', () => {
    const line = '<input type="checkbox" id="a"> xy <input type="checkbox" id="b">';
    expect(line.indexOf('<input', 1)).toBe(34);
    expect(toggleOnLine(line, 33)).toMatchObject({ from: 34 });
    expect(toggleOnLine(line, 31)).toMatchObject({ from: 0 });
    expect(toggleOnLine(line, 32)).toMatchObject({ from: 0 });
    expect(toggleOnLine(line, 30)).toMatchObject({ from: 0 });
  });
});

describe('targets typed on a command line', () => {
  it('path:line[:n] with numbers from 1; the path is the shortest start that leaves them', () => {
    expect(readTarget('Plans/a:b.md:12')).toEqual({ kind: 'line', path: 'Plans/a:b.md', line: 12, n: null });
    expect(readTarget('a.md:1')).toEqual({ kind: 'line', path: 'a.md', line: 1, n: null });
    expect(readTarget('a.md:3:2')).toEqual({ kind: 'line', path: 'a.md', line: 3, n: 2 });
    expect(readTarget('2024:12.md:3')).toEqual({ kind: 'line', path: '2024:12.md', line: 3, n: null });
    expect(readTarget('a.md:0')).toBeNull();
    expect(readTarget('a.md:3:0')).toBeNull();
    expect(readTarget('a.md:3x')).toBeNull();
    expect(readTarget(':3')).toBeNull();
  });
});

describe('fresh checkbox ids', () => {
  it('six lower-case hex digits, none the note uses (in any case)', () => {
    expect(randomHexId()).toMatch(/^[0-9a-f]{6}$/);
    const ids = ['ABC123', 'abc123', 'zzzzzz', 'abc1234', 'fedcba'];
    expect(freshId('<input type="checkbox" id="ABC123">', () => ids.shift()!)).toBe('fedcba');
    expect(() => freshId('', () => 'nope')).toThrow('could not find a fresh checkbox id');
  });
});

describe('the checked word in an HTML tag', () => {
  it('keeps every other byte of the tag', () => {
    expect(setHtmlChecked('<input type="checkbox"   checked   />', false)).toBe('<input type="checkbox"   unchecked   />');
    expect(setHtmlChecked('<input checked type="checkbox"   />', false)).toBe('<input type="checkbox"   />');
    expect(setHtmlChecked('<input type="checkbox"  />', true)).toBe('<input checked type="checkbox"  />');
    expect(setHtmlChecked('<input\ttype="checkbox"\tUNCHECKED\tid="a">', true)).toBe('<input\ttype="checkbox"\tCHECKED\tid="a">');
    expect(setHtmlChecked('<input type="checkbox" checked id="a">', false)).toBe('<input type="checkbox" unchecked id="a">');
    expect(setHtmlChecked('<input type="checkbox" checked unchecked>', false)).toBe('<input type="checkbox" unchecked>');
  });
});

describe('edges found by the second mutation run', () => {
  it('the cursor command reads markers in quotes, wide numbers and wide gaps, and only at the line start', () => {
    expect(toggleOnLine('>> - [ ] a', 0)).toMatchObject({ from: 5, to: 8 });
    expect(toggleOnLine('10. [ ] a', 0)).toMatchObject({ from: 4, to: 7 });
    expect(toggleOnLine('-  [x] a', 0)).toMatchObject({ from: 3, to: 6, insert: '[ ]' });
    expect(toggleOnLine('x - [ ] a', 0)).toBeNull();
  });

  it('the cursor command: past both boxes the last is nearest; a tie with the marker goes to the marker', () => {
    const line = '<input type="checkbox" id="a"> xy <input type="checkbox" id="b">';
    expect(toggleOnLine(line, line.length)).toMatchObject({ from: 34 });
    // The marker's "[" is at 2: the cursor at 5 is 3 from it and 3 from the box at 8.
    expect(toggleOnLine('- [ ] a <input type="checkbox" id="z">', 5)).toMatchObject({ from: 2, to: 5 });
    expect(toggleOnLine('- [ ] <input type="checkbox" id="z"> a', 3)).toMatchObject({ from: 2, to: 5 });
  });

  const table = ['| Project | Status | Owner |', '| --- | --- | --- |', '| <input type="checkbox" id="a1"> Parser | In progress | me |', '| Lexer | WIP | me |', '| Docs | WIP | me |', '| Tests | To do | me |', ''].join('\n');
  it('a board move writes the word the Status column uses most, and leaves a cell that already says the state', () => {
    const tests = { path: 'n.md', line: 6, ref: null, progress: { done: 0, total: 0 }, title: 'Tests', fields: { Status: 'To do', Owner: 'me' } };
    expect(setItemState(table, tests, 'doing', RULES)).toMatchObject({ ok: true, text: table.replace('| Tests | To do |', '| Tests | WIP   |'), message: 'moved to Doing' });
    const [parser] = refsOf(table);
    const item = { ...tests, line: 3, ref: parser.ref, title: 'Parser' };
    expect(setItemState(table, item, 'doing', RULES)).toEqual({ ok: true, text: table, changes: [], message: 'already Doing' });
    expect(setItemState(table, item, 'done', RULES)).toMatchObject({ ok: true, text: table.replace('<input type="checkbox" id="a1">', '<input checked type="checkbox" id="a1">').replace('| In progress |', '| Done        |'), message: 'moved to Done' });
    expect(setItemState(table, { ...item, ref: 'not a ref' }, 'done', RULES)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
  });

  it('a board move by line matches the title with its spaces folded; a row of other columns only is not movable', () => {
    const spaced = ['| Project | Status |', '| --- | --- |', '| Parser  engine | To do |', ''].join('\n');
    const item = { path: 'n.md', line: 3, ref: null, progress: { done: 0, total: 0 }, title: 'Parser engine', fields: { Status: 'To do' } };
    expect(setItemState(spaced, item, 'doing', RULES)).toMatchObject({ ok: true, message: 'moved to Doing' });
    expect(cannotMove({ ...item, fields: { Owner: 'me' } }, 'doing', RULES.words)).toBe('"Parser engine" can only be To do or Done: add a Status column to its table to say Doing');
  });

  it('the checked word: two spaces before it stay, and a tag with text after its last attribute keeps a word', () => {
    expect(setHtmlChecked('<input type="checkbox"  UNCHECKED id="a">', true)).toBe('<input type="checkbox"  CHECKED id="a">');
    expect(setHtmlChecked('<input type="checkbox" checked "x">', false)).toBe('<input type="checkbox" unchecked "x">');
  });

  it('add task: line breaks of the line it follows, the marker of its own line, nested items by line', () => {
    expect(addTask('a\r\n- [ ] x\r\n\r\nb\r\n', { path: 'n.md', line: 2 }, 't', RULES)).toMatchObject({ ok: true, text: 'a\r\n- [ ] x\r\n  - [ ] t\r\n\r\nb\r\n' });
    expect(addTask('a\n- [ ] x\n\nb\r\n', { path: 'n.md', line: 2 }, 't', RULES)).toMatchObject({ ok: true, text: 'a\n- [ ] x\n  - [ ] t\n\nb\r\n' });
    expect(addTask('intro\n\n-   [ ] b\n', { path: 'n.md', line: 3 }, 't', RULES)).toMatchObject({ ok: true, text: 'intro\n\n-   [ ] b\n    - [ ] t\n' });
    expect(addTask('- a\n  - [ ] b\n', { path: 'n.md', line: 2 }, 't', RULES)).toMatchObject({ ok: true, text: '- a\n  - [ ] b\n    - [ ] t\n' });
  });

  it('undo takes its own place first when its bytes and context now stand twice', () => {
    const text = '- [ ] a\n- [ ] b\n';
    const [a] = refsOf(text);
    const toggled = toggleCheckbox(text, a.ref, undefined, BARE);
    if (!toggled.ok) throw new Error(toggled.reason);
    const entry = undoEntryFor('n.md', text, toggled.changes[0], toggled.message);
    expect(undoEdit(toggled.text + toggled.text, entry)).toEqual({ ok: true, text: text + toggled.text, changes: [{ from: 2, to: 5, insert: '[ ]' }], message: 'undone in n.md: checked' });
  });
});
