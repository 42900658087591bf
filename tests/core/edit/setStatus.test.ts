import { describe, expect, it } from 'vitest';
import { setStatus } from '../../../src/core/edit/setStatus';
import { padLike } from '../../../src/core/edit/cellText';
import { cellSafe } from '../../../src/core/edit/cellText';
import { RULES } from '../../helpers/rules';

const note = [
  '| Resource                     | Type      | Status      |',
  '| ---------------------------- | --------- | ----------- |',
  '| Writing an Interpreter in Go | Book      | In Progress |',
  '| OSTEP                        | Book      |             |',
  '|Tight|Book|Queued|',
  '',
].join('\n');

const run = (line: number, status: string) => {
  const result = setStatus(note, { path: 'n.md', line }, status, RULES);
  return result.ok ? result.text.split('\n')[line - 1] : result.reason;
};

describe('setStatus', () => {
  it('keeps the padding when the text fits', () => {
    expect(run(3, 'Done')).toBe('| Writing an Interpreter in Go | Book      | Done        |');
  });

  it('fills a blank cell and keeps its width', () => {
    expect(run(4, 'Queued')).toBe('| OSTEP                        | Book      | Queued      |');
  });

  it('grows a cell by as little as it must when the text is longer', () => {
    expect(run(3, 'Finished, will reread')).toBe('| Writing an Interpreter in Go | Book      | Finished, will reread |');
    expect(run(5, 'In progress')).toBe('|Tight|Book|In progress|');
  });

  it('escapes pipes so the table cannot break, and refuses line breaks', () => {
    expect(run(3, 'a|b')).toBe('| Writing an Interpreter in Go | Book      | a\\|b        |');
    expect(run(3, 'one\ntwo')).toBe('the text holds a line break');
  });

  it('changes nothing else in the note', () => {
    const result = setStatus(note, { path: 'n.md', line: 3 }, 'Done', RULES);
    expect(result.ok && result.changes).toEqual([{ from: note.indexOf(' In Progress '), to: note.indexOf(' In Progress ') + 13, insert: ' Done        ' }]);
  });

  it('refuses a table without a Status column, a list item and a line that is no item', () => {
    expect(setStatus('| Item | Type |\n|---|---|\n| a | b |\n', { path: 'n.md', line: 3 }, 'Done', RULES)).toEqual({ ok: false, reason: 'this table has no Status column' });
    expect(setStatus('- [ ] a\n', { path: 'n.md', line: 1 }, 'Done', RULES)).toEqual({ ok: false, reason: 'a list item has no Status cell' });
    expect(setStatus(note, { path: 'n.md', line: 6 }, 'Done', RULES)).toEqual({ ok: false, reason: 'line 6 of n.md is not a table row or list item' });
  });
});

describe('cell text', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['a\\|b', 'a\\|b'],
    ['a\\\\|b', 'a\\\\\\|b'],
    ['||', '\\|\\|'],
    ['  trimmed  ', 'trimmed'],
  ])('%s → %s', (input, output) => {
    expect(cellSafe(input)).toEqual({ ok: true, text: output });
  });

  it('pads like the old cell', () => {
    expect([padLike('  ', 'x'), padLike('', 'x'), padLike(' ab ', 'abcdef'), padLike('ab', 'abc')]).toEqual([' x ', ' x ', ' abcdef ', 'abc']);
  });
});
