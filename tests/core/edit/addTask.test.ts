import { describe, expect, it } from 'vitest';
import { addTask } from '../../../src/core/edit/addTask';
import { freshId } from '../../../src/core/edit/newId';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { refsOf } from '../../helpers/notes';
import { BARE, RULES, rulesWith } from '../../helpers/rules';

const ids = (...list: string[]) => {
  let i = 0;
  return () => list[i++ % list.length];
};

describe('addTask in a table', () => {
  const note = [
    '| Check | Project                                                  |',
    '| ----- | -------------------------------------------------------- |',
    '|       | - Build Git                                              |',
    '|       | - Short                       |',
    '| <input type="checkbox" unchecked id="abc123"> | - With box |',
    '',
  ].join('\n');

  it('appends a task to the item cell, one space after it when the padding is shorter than the task', () => {
    const result = addTask(note, { path: 'p.md', line: 3 }, 'write it up', rulesWith({ nextId: ids('0a0b0c') }));
    expect(result.ok && result.text.split('\n')[2]).toBe('|       | - Build Git<br><input type="checkbox" unchecked id="0a0b0c"> write it up |');
  });

  it('uses up padding wider than the task, so an aligned table keeps its width', () => {
    const wide = ['| Check | Project' + ' '.repeat(80) + '|', '| ----- | ' + '-'.repeat(86) + ' |', '|       | - Build Git' + ' '.repeat(76) + '|', ''].join('\n');
    const result = addTask(wide, { path: 'p.md', line: 3 }, 'write it up', rulesWith({ nextId: ids('0a0b0c') }));
    const row = result.ok ? result.text.split('\n')[2] : '';
    expect(row).toBe('|       | - Build Git<br><input type="checkbox" unchecked id="0a0b0c"> write it up' + ' '.repeat(76 - 61) + '|');
    expect(row.length).toBe(wide.split('\n')[2].length);
  });

  it('grows the row when the padding is too short', () => {
    const result = addTask(note, { path: 'p.md', line: 4 }, 'x', rulesWith({ nextId: ids('0a0b0c') }));
    expect(result.ok && result.text.split('\n')[3]).toBe('|       | - Short<br><input type="checkbox" unchecked id="0a0b0c"> x |');
  });

  it('takes the item by its checkbox ref, and never reuses an id of the note', () => {
    const [box] = refsOf(note);
    const result = addTask(note, { path: 'p.md', ref: box.ref }, 'next', rulesWith({ nextId: ids('abc123', 'ABC123', 'fedcba') }));
    expect(result.ok && result.text.split('\n')[4]).toBe('| <input type="checkbox" unchecked id="abc123"> | - With box<br><input type="checkbox" unchecked id="fedcba"> next |');
  });

  it('escapes a pipe in the task text', () => {
    const result = addTask(note, { path: 'p.md', line: 4 }, 'a | b', rulesWith({ nextId: ids('0a0b0c') }));
    expect(result.ok && result.text.split('\n')[3]).toBe('|       | - Short<br><input type="checkbox" unchecked id="0a0b0c"> a \\| b |');
  });

  it('is read back as a task of that item', () => {
    const result = addTask(note, { path: 'p.md', line: 3 }, 'write it up', rulesWith({ nextId: ids('0a0b0c') }));
    expect(result.ok && refsOf(result.text).map((r) => [r.id, r.checked, r.line])).toEqual([['0a0b0c', false, 3], ['abc123', false, 5]]);
  });
});

describe('addTask in a list', () => {
  it('nests under an item without tasks, after its text, at its content column', () => {
    const text = '- [ ] Storage engine\n- [ ] Next\n';
    const result = addTask(text, { path: 'l.md', line: 1 }, 'Compaction', RULES);
    expect(result.ok && result.text).toBe('- [ ] Storage engine\n  - [ ] Compaction\n- [ ] Next\n');
  });

  it('goes after the last nested task, at the indent the tasks already use', () => {
    const text = '1. Item\n    - [x] one\n        - [ ] deep\n2. Other\n';
    const result = addTask(text, { path: 'l.md', line: 1 }, 'two', RULES);
    expect(result.ok && result.text).toBe('1. Item\n    - [x] one\n        - [ ] deep\n    - [ ] two\n2. Other\n');
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    expect(addTask('- a\r\n- b', { path: 'l.md', line: 2 }, 'c', RULES)).toMatchObject({ ok: true, text: '- a\r\n- b\r\n  - [ ] c' });
    expect(addTask('- a\r\n- b\r\n', { path: 'l.md', line: 1 }, 'c', RULES)).toMatchObject({ ok: true, text: '- a\r\n  - [ ] c\r\n- b\r\n' });
  });

  it('stays inside a quote or callout', () => {
    const result = addTask('> [!todo]\n> - [ ] a\n', { path: 'l.md', line: 2 }, 'b', RULES);
    expect(result.ok && result.text).toBe('> [!todo]\n> - [ ] a\n>   - [ ] b\n');
  });

  it('refuses empty text and line breaks', () => {
    expect(addTask('- a\n', { path: 'l.md', line: 1 }, '  ', RULES)).toEqual({ ok: false, reason: 'the text is empty' });
    expect(addTask('- a\n', { path: 'l.md', line: 1 }, 'x\ny', RULES)).toEqual({ ok: false, reason: 'the text holds a line break' });
  });
});

describe('freshId', () => {
  it('skips ids the note already uses, in any case', () => {
    expect(freshId('<input type="checkbox" id="AAAAAA">', ids('aaaaaa', 'bbbbbb'))).toBe('bbbbbb');
  });

  it('makes 6-hex ids by default', () => {
    expect(freshId('')).toMatch(/^[0-9a-f]{6}$/);
  });
});

describe('mixed line endings', () => {
  it('a task added under a CRLF line gets CRLF, under an LF line LF; toggles touch neither', () => {
    const text = '- [ ] crlf item\r\n- [ ] lf item\n- [ ] last';
    expect(addTask(text, { path: 'l.md', line: 1 }, 'a', RULES)).toMatchObject({ ok: true, text: '- [ ] crlf item\r\n  - [ ] a\r\n- [ ] lf item\n- [ ] last' });
    expect(addTask(text, { path: 'l.md', line: 2 }, 'b', RULES)).toMatchObject({ ok: true, text: '- [ ] crlf item\r\n- [ ] lf item\n  - [ ] b\n- [ ] last' });
    const refs = refsOf(text);
    const toggled = refs.reduce((current, r) => {
      const result = toggleCheckbox(current, r.ref, undefined, BARE);
      return result.ok ? result.text : current;
    }, text);
    expect(toggled).toBe('- [x] crlf item\r\n- [x] lf item\n- [x] last');
  });
});
