import { describe, expect, it } from 'vitest';
import { setStatus } from '../../../src/core/edit/setStatus';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { roleWords } from '../../../src/core/model/columns';
import { refsOf } from '../../helpers/notes';
import { BARE, rulesWith } from '../../helpers/rules';

// SPEC §3, one truth per item: a row's own checkbox and its Status cell change together.
const note = [
  '#roadmap',
  '',
  '| Done | Project | Status   | Steps |',
  '| ---- | ------- | -------- | ----- |',
  '| <input type="checkbox" unchecked id="a00001"> | Parser | Doing    | <input type="checkbox" unchecked id="a00002"> tests |',
  '| <input type="checkbox" checked id="b00001"> | Lexer  | Complete | |',
  '| <input type="checkbox" unchecked id="c00001"> | Docs   | Queued   | |',
  '',
].join('\n');
const words = roleWords();
const box = (id: string) => refsOf(note).find((b) => b.id === id)!.ref;
const lineOf = (text: string, n: number) => text.split('\n')[n - 1];

describe('one truth per item', () => {
  it('checking a row’s own checkbox writes the done word its column uses, in the same write', () => {
    const result = toggleCheckbox(note, box('a00001'), undefined, rulesWith({ words }));
    expect(result.ok && result.changes).toHaveLength(2);
    expect(result.ok && lineOf(result.text, 5)).toBe('| <input type="checkbox" checked id="a00001"> | Parser | Complete | <input type="checkbox" unchecked id="a00002"> tests |');
  });

  it('unchecking writes the column’s to-do word; a cell that already agrees is left', () => {
    const result = toggleCheckbox(note, box('b00001'), undefined, rulesWith({ words }));
    expect(result.ok && lineOf(result.text, 6)).toBe('| <input type="checkbox" unchecked id="b00001"> | Lexer  | Queued   | |');
    // Twice gives the checkbox back, and a Status cell in the column's words: "Queued" was
    // its only to-do word, so the way back says "To do".
    const docs = toggleCheckbox(note, box('c00001'), true, rulesWith({ words }));
    expect(docs.ok && lineOf(docs.text, 7)).toBe('| <input type="checkbox" checked id="c00001"> | Docs   | Complete | |');
    const back = toggleCheckbox(docs.ok ? docs.text : '', box('c00001'), false, rulesWith({ words }));
    expect(back.ok && lineOf(back.text, 7)).toBe('| <input type="checkbox" unchecked id="c00001"> | Docs   | To do    | |');
    const agrees = toggleCheckbox(note, box('c00001'), false, rulesWith({ words }));
    expect(agrees.ok && agrees.changes).toEqual([]);
  });

  it('a task’s checkbox leaves the Status alone; without column words only the checkbox changes', () => {
    const task = toggleCheckbox(note, box('a00002'), undefined, rulesWith({ words }));
    expect(task.ok && task.changes).toHaveLength(1);
    const plain = toggleCheckbox(note, box('a00001'), undefined, BARE);
    expect(plain.ok && lineOf(plain.text, 5)).toBe('| <input type="checkbox" checked id="a00001"> | Parser | Doing    | <input type="checkbox" unchecked id="a00002"> tests |');
  });

  it('setting the Status to a done or to-do word sets the row’s checkbox in the same write', () => {
    const done = setStatus(note, { path: 'note.md', line: 5 }, 'Done', rulesWith({ words: words }));
    expect(done.ok && lineOf(done.text, 5)).toBe('| <input type="checkbox" checked id="a00001"> | Parser | Done     | <input type="checkbox" unchecked id="a00002"> tests |');
    const todo = setStatus(note, { path: 'note.md', line: 6 }, 'To do', rulesWith({ words: words }));
    expect(todo.ok && lineOf(todo.text, 6)).toBe('| <input type="checkbox" unchecked id="b00001"> | Lexer  | To do    | |');
    const doing = setStatus(note, { path: 'note.md', line: 7 }, 'In progress', rulesWith({ words: words }));
    expect(doing.ok && doing.changes).toHaveLength(1);
  });
});
