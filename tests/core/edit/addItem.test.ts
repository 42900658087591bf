import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../../src/core/edit/addItem';
import { extractNote } from '../../../src/core/parse/extract';
import { digestOf } from '../../../src/core/model/digest';
import { roleWords } from '../../../src/core/model/columns';
import { RULES, rulesWith } from '../../helpers/rules';

const ids = () => {
  let n = 0;
  return () => `f0000${n++}`;
};

const note = [
  '## Sprint',
  '- [ ] one',
  '- [x] two',
  '  - [ ] nested',
  '',
  '## Steps',
  '9. first',
  '10) second',
  '',
  '## Quoted',
  '> [!note] Quoted',
  '> - alpha',
  '> - beta',
  '',
  '## Projects',
  '| Done | Project | Status | Notes |',
  '| ---- | ------- | ------ | ----- |',
  '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha   | Doing  | long note here |',
  '',
  '## Loose',
  '| Item | Owner |',
  '|---|---|',
  '| <input type="checkbox" checked id="bbbbbb"> Omega | me |',
  '',
].join('\n');

function titles(text: string, path = 'r.md'): Map<string, string[]> {
  const groups = digestOf(extractNote(path, text), roleWords()).groups;
  return new Map(groups.map((g) => [g.title, g.items.map((i) => i.title)]));
}

function add(line: number, title: string, text = note) {
  const result = addItem(text, 'r.md', line, title, rulesWith({ nextId: ids() }));
  if (!result.ok) return { refused: result.reason };
  expect(result.changes).toHaveLength(1);
  expect(result.changes[0].from).toBe(result.changes[0].to);
  return { inserted: result.changes[0].insert, text: result.text, message: result.message };
}

describe('addItem', () => {
  it('appends a task to a task list after the last item and its nested lines', () => {
    const out = add(2, 'three');
    expect(out.inserted).toBe('\n- [ ] three');
    expect(out.text).toBe(note.replace('  - [ ] nested\n', '  - [ ] nested\n- [ ] three\n'));
    expect(titles(out.text!).get('Sprint')).toEqual(['one', 'two', 'three']);
    // The heading's own line names the group too.
    expect(add(1, 'three').text).toBe(out.text);
  });

  it('numbers a numbered list on and keeps a quote prefix', () => {
    expect(add(7, 'third').inserted).toBe('\n11) third');
    expect(add(12, 'gamma').inserted).toBe('\n> - gamma');
  });

  it('adds a table row padded like the row above, the check cell as the table keeps it', () => {
    const out = add(18, 'Beta');
    expect(out.inserted).toBe('\n| <input type="checkbox" unchecked id="f00000"> | Beta    |        |                |');
    expect(titles(out.text!).get('Sprint')).toBeDefined();
    const items = digestOf(extractNote('r.md', out.text!), roleWords()).groups.flatMap((g) => g.items);
    const beta = items.find((i) => i.title === 'Beta')!;
    expect(beta).toMatchObject({ done: false, state: 'todo', line: 19 });
  });

  it('gives a new row its own checkbox when the rows keep theirs in the item cell', () => {
    const out = add(23, 'Psi');
    expect(out.inserted).toBe('\n| <input type="checkbox" unchecked id="f00000"> Psi |    |');
    const items = digestOf(extractNote('r.md', out.text!), roleWords()).groups.flatMap((g) => g.items);
    expect(items.find((i) => i.title === 'Psi')).toMatchObject({ done: false });
  });

  it('keeps CRLF', () => {
    const crlf = note.replace(/\n/g, '\r\n');
    const out = add(2, 'three', crlf);
    expect(out.text).toBe(crlf.replace('  - [ ] nested\r\n', '  - [ ] nested\r\n- [ ] three\r\n'));
  });

  it('refuses a line that is no group, and text that would break the line or cell', () => {
    expect(add(5, 'x').refused).toContain('is not a group with items');
    expect(add(18, 'a | b').inserted).toContain('| a \\| b ');
    expect(add(2, 'a\nb').refused).toBeTruthy();
  });

  it('adds to a group of the example roadmap in its own form', () => {
    const text = readFileSync('example-vault/2026 Systems Engineering Roadmap.md', 'utf8');
    const before = digestOf(extractNote('r.md', text), roleWords()).groups;
    for (const group of before.filter((g) => g.items.length)) {
      const result = addItem(text, 'r.md', group.line, 'Brand new item', rulesWith({ nextId: ids() }));
      expect(result.ok, group.title).toBe(true);
      if (!result.ok) continue;
      const after = digestOf(extractNote('r.md', result.text), roleWords()).groups.find((g) => g.title === group.title && g.line === group.line);
      expect(after?.items.map((i) => i.title), group.title).toEqual([...group.items.map((i) => i.title), 'Brand new item']);
    }
  });
});

describe('addItem, the forms of a note', () => {
  it('a title wider than the cell grows the row by one space after it; a blank cell keeps its width', () => {
    const text = '## T\n| Done | Item | Owner |\n|---|---|---|\n| <input type="checkbox" checked id="aaaaaa"> | ab | me |\n';
    const result = addItem(text, 'r.md', 4, 'a much longer title', rulesWith({ nextId: ids() }));
    expect(result.ok && result.changes[0].insert).toBe('\n| <input type="checkbox" unchecked id="f00000"> | a much longer title |    |');
  });

  it('a tight cell (no padding) stays tight; CRLF rows get CRLF', () => {
    const text = '## T\r\n|Item|Owner|\r\n|---|---|\r\n|ab|me|\r\n';
    const result = addItem(text, 'r.md', 4, 'cd', rulesWith({ nextId: ids() }));
    expect(result.ok && result.text).toBe('## T\r\n|Item|Owner|\r\n|---|---|\r\n|ab|me|\r\n|cd|  |\r\n');
  });

  it('a check column with text, or a GFM box, gets an empty cell; a check column means no box in the item cell', () => {
    const text = '## T\n| Done | Item |\n|---|---|\n| yes | <input type="checkbox" checked id="aaaaaa"> ab |\n';
    const result = addItem(text, 'r.md', 4, 'cd', rulesWith({ nextId: ids() }));
    expect(result.ok && result.changes[0].insert).toBe('\n|     | cd                                             |');
  });

  it('list markers: another bullet, two spaces kept, a [/] above gives [ ]; a plain item above gives none', () => {
    const text = '## T\n*  [/] one\n*  two\n\n## U\n- [x] three\n';
    expect(addItem(text, 'r.md', 3, 'x', RULES)).toMatchObject({ ok: true, changes: [{ insert: '\n*  x' }] });
    expect(addItem(text, 'r.md', 6, 'y', RULES)).toMatchObject({ ok: true, changes: [{ insert: '\n- [ ] y' }] });
    const marked = '## T\n1. [/] one\n';
    expect(addItem(marked, 'r.md', 2, 'x', RULES)).toMatchObject({ ok: true, changes: [{ insert: '\n2. [ ] x' }], message: 'item "x" added to T' });
  });

  it('names the group by its own line, never by a line of another group', () => {
    const text = '## A\n- a\n\n## B\n- b\n';
    expect(addItem(text, 'r.md', 4, 'x', RULES)).toMatchObject({ ok: true, text: '## A\n- a\n\n## B\n- b\n- x\n' });
    expect(addItem(text, 'r.md', 2, 'x', RULES)).toMatchObject({ ok: true, text: '## A\n- a\n- x\n\n## B\n- b\n' });
    expect(addItem(text, 'r.md', 3, 'x', RULES).ok).toBe(false);
  });
});
