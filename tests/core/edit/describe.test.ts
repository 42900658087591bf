// Naming the place a write changed, for the CLI's messages (SPEC §7).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../helpers/rules';
import { entryAt } from '../../../src/core/edit/describe';
import { refsOf } from '../../helpers/notes';

const table = [
  '#roadmap',
  '',
  '| Done | Project | Status |',
  '|---|---|---|',
  '| <input type="checkbox" id="i1"> | Parser<br><input type="checkbox" id="t1"> tests<br><input type="checkbox" id="t2"> docs | To do |',
  '| | Lexer | Doing |',
  '',
  '## Later',
  '',
  '- [ ] Storage engine',
  '  - [x] Read the paper',
  '    - [ ] Take notes',
  '  - [ ] Write it',
  '',
].join('\n');
const boxes = refsOf(table, 'plan.md');
const at = (i: number) => ({ offset: boxes[i].start, line: boxes[i].line });

describe('entryAt', () => {
  it('an item by its own checkbox; a task by its checkbox, with its item, nested ones too', () => {
    expect(entryAt(table, 'plan.md', at(0), RULES.words)).toEqual({ title: 'Parser', item: null });
    expect(entryAt(table, 'plan.md', at(1), RULES.words)).toEqual({ title: 'tests', item: 'Parser' });
    expect(entryAt(table, 'plan.md', at(2), RULES.words)).toEqual({ title: 'docs', item: 'Parser' });
    expect(entryAt(table, 'plan.md', at(3), RULES.words)).toEqual({ title: 'Storage engine', item: null });
    expect(entryAt(table, 'plan.md', at(5), RULES.words)).toEqual({ title: 'Take notes', item: 'Storage engine' });
  });

  it('by line: the item on it (with or without a checkbox), else the first task on it, else none', () => {
    expect(entryAt(table, 'plan.md', { line: 6 }, RULES.words)).toEqual({ title: 'Lexer', item: null });
    expect(entryAt(table, 'plan.md', { line: 5 }, RULES.words)).toEqual({ title: 'Parser', item: null });
    expect(entryAt(table, 'plan.md', { line: 11 }, RULES.words)).toEqual({ title: 'Read the paper', item: 'Storage engine' });
    expect(entryAt(table, 'plan.md', { line: 12 }, RULES.words)).toEqual({ title: 'Take notes', item: 'Storage engine' });
    expect(entryAt(table, 'plan.md', { line: 13 }, RULES.words)).toEqual({ title: 'Write it', item: 'Storage engine' });
    expect(entryAt(table, 'plan.md', { line: 8 }, RULES.words)).toBeNull();
    // An offset where no checkbox starts falls back to the line.
    expect(entryAt(table, 'plan.md', { offset: boxes[0].start + 1, line: 5 }, RULES.words)).toEqual({ title: 'Parser', item: null });
  });
});
