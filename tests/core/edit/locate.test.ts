import { describe, expect, it } from 'vitest';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { refsOf } from '../../helpers/notes';
import { BARE } from '../../helpers/rules';

const note = [
  '#roadmap',
  '',
  '| Check | Item |',
  '|---|---|',
  '| <input type="checkbox" unchecked id="aaaaaa"> | first |',
  '| <input type="checkbox" unchecked id="bbbbbb"> | second |',
  '',
  '- [ ] list one',
  '- [ ] list two',
  '',
].join('\n');

const ok = (result: ReturnType<typeof toggleCheckbox>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

describe('refs survive edits', () => {
  const refs = refsOf(note);

  it('toggles the same checkbox after lines were added above', () => {
    const moved = 'A new first line\nand another\n' + note;
    for (const [i, r] of refs.entries()) {
      const expected = refsOf(moved)[i];
      const after = refsOf(ok(toggleCheckbox(moved, r.ref, undefined, BARE)));
      expect(after.map((b) => b.checked)).toEqual(refsOf(moved).map((b, j) => (j === i ? !b.checked : b.checked)));
      expect(expected.line).toBe(r.line + 2);
    }
  });

  it('toggles the same checkbox after another one on its line changed', () => {
    const text = '| C | Item |\n|---|---|\n| <input type="checkbox" unchecked id="x1"> | a<br><input type="checkbox" unchecked id="x2"> b |\n';
    const [first, second] = refsOf(text);
    const afterFirst = ok(toggleCheckbox(text, first.ref, undefined, BARE));
    expect(ok(toggleCheckbox(afterFirst, second.ref, undefined, BARE))).toBe('| C | Item |\n|---|---|\n| <input type="checkbox" checked id="x1"> | a<br><input type="checkbox" checked id="x2"> b |\n');
  });

  it('finds an HTML checkbox by its unique id after its line was rewritten', () => {
    const edited = note.replace('| first |', '| first, renamed |');
    expect(ok(toggleCheckbox(edited, refs[0].ref, undefined, BARE))).toBe(edited.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
  });

  it('refuses when the checkbox was removed', () => {
    const removed = note.replace('- [ ] list two\n', '');
    expect(toggleCheckbox(removed, refs[3].ref, undefined, BARE)).toEqual({ ok: false, reason: 'the checkbox is no longer in the note (it was removed or its line was rewritten)' });
  });

  it('refuses when a GFM line was rewritten', () => {
    const edited = note.replace('- [ ] list two', '- [ ] list 2');
    expect(toggleCheckbox(edited, refs[3].ref, undefined, BARE).ok).toBe(false);
  });
});

describe('twins never take the write', () => {
  it('tells identical task lines apart by position, and by the line above when moved', () => {
    const text = '## A\n- [ ] same\n## B\n- [ ] same\n';
    const [a, b] = refsOf(text);
    expect(ok(toggleCheckbox(text, b.ref, undefined, BARE))).toBe('## A\n- [ ] same\n## B\n- [x] same\n');
    const moved = 'intro\n\n' + text;
    expect(ok(toggleCheckbox(moved, a.ref, undefined, BARE))).toBe('intro\n\n## A\n- [x] same\n## B\n- [ ] same\n');
    expect(ok(toggleCheckbox(moved, b.ref, undefined, BARE))).toBe('intro\n\n## A\n- [ ] same\n## B\n- [x] same\n');
  });

  it('keeps identical lines apart by their order while their number is unchanged', () => {
    const text = '- [ ] same\n- [ ] same\n- [ ] same\n';
    const refs = refsOf(text);
    expect(ok(toggleCheckbox('intro\n' + text, refs[2].ref, undefined, BARE))).toBe('intro\n- [ ] same\n- [ ] same\n- [x] same\n');
  });

  it('refuses once a copy of its line appeared (a paste right above it looks just like it)', () => {
    const text = '# Plan\n- [ ] blog\n';
    const [box] = refsOf(text);
    expect(toggleCheckbox('# Plan\n- [ ] blog\n- [ ] blog\n', box.ref, undefined, BARE)).toEqual({
      ok: false,
      reason: 'its line now appears 2 times in the note (1 when it was read), so which one is meant is not certain',
    });
  });

  it('tells duplicate ids apart by their lines', () => {
    const head = '| C | Item |\n|---|---|\n';
    const text = head + '| <input type="checkbox" unchecked id="dup"> | one |\n| <input type="checkbox" checked id="dup"> | two |\n';
    const [one, two] = refsOf(text);
    const moved = '\n\n' + text;
    expect(ok(toggleCheckbox(moved, two.ref, undefined, BARE))).toBe('\n\n' + head + '| <input type="checkbox" unchecked id="dup"> | one |\n| <input type="checkbox" unchecked id="dup"> | two |\n');
    expect(ok(toggleCheckbox(moved, one.ref, undefined, BARE))).toBe('\n\n' + head + '| <input type="checkbox" checked id="dup"> | one |\n| <input type="checkbox" checked id="dup"> | two |\n');
  });

  it('refuses duplicate ids on identical lines once a third copy appeared', () => {
    const row = '| <input type="checkbox" unchecked id="dup"> | same |';
    const twin = ['| C | Item |', '|---|---|', row, '| x | y |', row, ''].join('\n');
    const [, second] = refsOf(twin);
    const tripled = ['intro', '| C | Item |', '|---|---|', row, '| x | y |', row, row, ''].join('\n');
    expect(toggleCheckbox(tripled, second.ref, undefined, BARE)).toEqual({
      ok: false,
      reason: 'its line now appears 3 times in the note (2 when it was read), so which one is meant is not certain',
    });
    const moved = ['intro', ...twin.split('\n')].join('\n');
    expect(ok(toggleCheckbox(moved, second.ref, undefined, BARE))).toBe(['intro', '| C | Item |', '|---|---|', row, '| x | y |', row.replace('unchecked', 'checked'), ''].join('\n'));
  });
});
