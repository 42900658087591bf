// Case 8: table cells with \|, [[a\|b]], inline code with pipes, several checkboxes per cell.
// As in GFM and Obsidian, a pipe splits a cell even inside a code span unless escaped.
import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { roleWords } from '../../src/core/model/columns';
import { digestOf } from '../../src/core/model/digest';
import { extractNote } from '../../src/core/parse/extract';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE } from '../helpers/rules';

const note = [
  '#roadmap',
  '',
  '| Done | Project | Status |',
  '| --- | --- | --- |',
  '| <input type="checkbox" id="aaaaaa"> | Pipes a \\| b and [[Target note\\|alias]] | `x \\| y` |',
  '| <input type="checkbox" id="eeeeee"> | Unescaped | `x | y` |',
  '| <input type="checkbox" checked id="bbbbbb"> | Build<br><input type="checkbox" id="cccccc"> step one<br><input type="checkbox" checked id="dddddd"> step two | Doing |',
  '',
].join('\n');

describe('case 8: table cells', () => {
  it('reads escaped pipes, aliased links and code spans as cell text, and every checkbox of a cell', () => {
    const [group] = digestOf(extractNote('note.md', note), roleWords()).groups;
    expect(group.items.map((item) => item.title)).toEqual(['Pipes a | b and alias', 'Unescaped', 'Build']);
    expect(group.items[0].links).toEqual(['Target note']);
    expect(group.items[0].status).toBe('x | y');
    expect(group.items[1].status).toBe('`x');
    expect(group.items[2].tasks.map((task) => [task.text, task.done])).toEqual([
      ['step one', false],
      ['step two', true],
    ]);
  });

  it('each checkbox toggles alone; pipes, links and code are untouched', () => {
    const refs = refsOf(note);
    expect(refs.map((r) => r.id)).toEqual(['aaaaaa', 'eeeeee', 'bbbbbb', 'cccccc', 'dddddd']);
    for (const box of refs) {
      const result = toggleCheckbox(note, box.ref, undefined, BARE);
      const at = note.indexOf(`id="${box.id}"`);
      const tag = note.lastIndexOf('<input', at);
      expectOnlyChanged(note, result.ok ? result.text : '', tag, note.indexOf('>', at) + 1);
    }
  });
});
