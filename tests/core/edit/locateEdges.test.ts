// Edges of finding a checkbox again (SPEC §3, stale guard) that the mutation run showed
// untested: each case fails when the condition it names is changed.
import { describe, expect, it } from 'vitest';
import { locateCheckbox, probeText } from '../../../src/core/edit/locate';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { decodeRef, type RefData } from '../../../src/core/model/ref';
import { LineMap } from '../../../src/core/parse/lines';
import { refsOf } from '../../helpers/notes';
import { BARE } from '../../helpers/rules';

const refData = (text: string, index: number): RefData => decodeRef(refsOf(text)[index].ref)!;
const toggled = (text: string, ref: string) => {
  const result = toggleCheckbox(text, ref, undefined, BARE);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

describe('the twin at the ref’s old offset', () => {
  it('is taken before the twin at its place in order, when both have the line above', () => {
    const before = '## A\n- [ ] same\n\n## A\n- [ ] same\n';
    const ref = refsOf(before)[1].ref; // the second twin, at line 5
    // A section of the same length takes the first twin's place; the ref's twin keeps its
    // offset but is now the first of two, and a third "## A" twin follows.
    const after = '## Z\n- [ ] zzzz\n\n## A\n- [ ] same\n\n## A\n- [ ] same\n';
    expect(toggled(after, ref)).toBe('## Z\n- [ ] zzzz\n\n## A\n- [x] same\n\n## A\n- [ ] same\n');
  });
});

describe('the line above a twin', () => {
  it('the first line of the note is one', () => {
    const text = '# A\n- [ ] same\n\n# B\n- [ ] same\n';
    expect(toggled(text, refsOf(text)[0].ref)).toBe('# A\n- [x] same\n\n# B\n- [ ] same\n');
  });

  it('a line of spaces is skipped like an empty one', () => {
    const text = '# A\n   \n- [ ] same\n\n# B\n\n- [ ] same\n';
    expect(toggled(text, refsOf(text)[0].ref)).toBe('# A\n   \n- [x] same\n\n# B\n\n- [ ] same\n');
  });

  it('a twin on the first line has none, and a twin below an empty first line neither', () => {
    const text = '- [ ] same\n- [ ] same\n';
    const ref = refsOf(text)[0].ref;
    expect(toggled(text, ref)).toBe('- [x] same\n- [ ] same\n');
    // Shifted down by an empty line: not in place, and only the first twin still has
    // nothing above it.
    expect(toggled('\n' + text, ref)).toBe('\n- [x] same\n- [ ] same\n');
  });
});

describe('by id', () => {
  const tag = (id: string, checked = false) => `<input type="checkbox"${checked ? ' checked' : ''} id="${id}">`;

  it('an HTML checkbox at the very start of the text', () => {
    // (Obsidian reads a note that starts with a tag as an HTML block, so no ref is made
    // there; a ref made in a table finds its box wherever the id now stands.)
    const data = refData(`| A |\n|---|\n| ${tag('abc123')} row |\n`, 0);
    expect(locateCheckbox(`${tag('abc123')} row, moved\n`, data)).toEqual({ ok: true, box: { kind: 'html', start: 0, end: tag('abc123').length, checked: false, status: ' ', id: 'abc123', line: 1 } });
  });

  it('is found as an HTML checkbox, with its line', () => {
    const text = `| A |\n|---|\n| ${tag('abc123')} row |\n`;
    const data = refData(text, 0);
    const rewritten = text.replace(' row ', ' row, renamed ');
    expect(locateCheckbox(rewritten, data)).toEqual({ ok: true, box: { kind: 'html', start: 14, end: 14 + tag('abc123').length, checked: false, status: ' ', id: 'abc123', line: 3 } });
  });

  it('a tag that names its id twice is one checkbox', () => {
    const text = `- <input type="checkbox" id="abc123" title="abc123"> real\n`;
    const ref = refsOf(text)[0].ref;
    const rewritten = text.replace(' real', ' real, renamed');
    expect(toggled(rewritten, ref)).toBe(rewritten.replace('<input type=', '<input checked type='));
  });

  it('a tag that only mentions the id in another attribute is not it', () => {
    const text = `- ${tag('abc123')} real\n- ${tag('other')} decoy\n`;
    const ref = refsOf(text)[0].ref;
    const rewritten = `- ${tag('abc123')} real, renamed\n- <input type="checkbox" id="other" data-note="abc123"> decoy\n`;
    expect(toggled(rewritten, ref)).toBe(`- <input checked type="checkbox" id="abc123"> real, renamed\n- <input type="checkbox" id="other" data-note="abc123"> decoy\n`);
  });
});

describe('a line whose longest checkbox-free stretch stands on it twice', () => {
  it('is one twin, not two', () => {
    const text = '| A | B |\n|---|---|\n| <input type="checkbox"> xyz | <input type="checkbox"> xyz |\n';
    expect(toggled(text, refsOf(text)[0].ref)).toBe('| A | B |\n|---|---|\n| <input checked type="checkbox"> xyz | <input type="checkbox"> xyz |\n');
  });
});

describe('the probe that narrows the search for twins', () => {
  const probe = (text: string, ref: RefData) => probeText(text, new LineMap(text), ref);

  it('is the longest checkbox-free stretch of the ref’s line, trimmed', () => {
    const text = '| C | A | B | D |\n|---|---|---|---|\n| <input type="checkbox" checked id="a1"> | ab | a longer cell | <input type="checkbox" id="a2"> |\n';
    expect(probe(text, refData(text, 0))).toBe('| ab | a longer cell |');
    // Lengths are compared trimmed: a short word among many spaces is not the longest.
    const spaced = '| A |\n|---|\n| <input type="checkbox" id="a1"> abcde <input type="checkbox" id="a2">          xyz          \n';
    expect(probe(spaced, refData(spaced, 0))).toBe('abcde');
    expect(probe(spaced.replace('abcde', 'ab'), refData(spaced.replace('abcde', 'ab'), 0))).toBe('xyz');
    expect(probe('- [x] write the plan\n', refData('- [ ] write the plan\n', 0))).toBe('write the plan');
  });

  it('is null when the stretch is shorter than three characters, and taken at three', () => {
    expect(probe('- [ ] ab\n', refData('- [ ] ab\n', 0))).toBeNull();
    expect(probe('- [ ] abc\n', refData('- [ ] abc\n', 0))).toBe('abc');
  });

  it('is null when the ref’s old offset is past the text or its line changed', () => {
    const text = 'intro line here\n- [ ] a task\n';
    const data = refData(text, 0);
    expect(probe('short', data)).toBeNull();
    expect(probe(text.slice(0, data.offset), data)).toBeNull();
    expect(probe(text.slice(0, data.offset + 1), data)).toBeNull();
    expect(probe(text.replace('a task', 'a tusk'), data)).toBeNull();
    expect(probe(text, data)).toBe('a task');
  });
});
