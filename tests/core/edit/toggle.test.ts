import { describe, expect, it } from 'vitest';
import { setHtmlChecked } from '../../../src/core/edit/htmlToggle';
import { toggleCheckbox } from '../../../src/core/edit/toggle';
import { refsOf } from '../../helpers/notes';
import { BARE } from '../../helpers/rules';

const table = (cell: string) => `#roadmap\n\n| Check | Item |\n|---|---|\n| ${cell} | thing |\n`;

function toggleOnly(text: string, want?: boolean): string {
  const [box] = refsOf(text);
  const result = toggleCheckbox(text, box.ref, want, BARE);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe('toggle: canonical forms round-trip byte for byte', () => {
  it.each([
    ['<input type="checkbox" checked id="7d8cec">', '<input type="checkbox" unchecked id="7d8cec">'],
    ['<input type="checkbox" unchecked id="28acf1">', '<input type="checkbox" checked id="28acf1">'],
    // A tag with neither word gets `checked` first, where unchecking knows to remove it.
    ['<input type="checkbox">', '<input checked type="checkbox">'],
    ['<input checked type="checkbox">', '<input type="checkbox">'],
    ['<input type="checkbox" id="a1" />', '<input checked type="checkbox" id="a1" />'],
    ['<input type="checkbox"/>', '<input checked type="checkbox"/>'],
    // Any other `checked` becomes `unchecked`, with or without an id (SPEC §3).
    ['<input type="checkbox" checked>', '<input type="checkbox" unchecked>'],
    ['<input type="checkbox" unchecked>', '<input type="checkbox" checked>'],
    ['<input type="checkbox" unchecked>语音通话</input>', '<input type="checkbox" checked>语音通话</input>'],
    ['<INPUT TYPE="checkbox" CHECKED ID="u1">', '<INPUT TYPE="checkbox" UNCHECKED ID="u1">'],
    ['[ ]', '[x]'],
    ['[x]', '[ ]'],
  ])('%s ↔ %s', (from, to) => {
    const text = table(from);
    const once = toggleOnly(text);
    expect(once).toBe(table(to));
    expect(toggleOnly(once)).toBe(text);
  });
});

describe('toggle: other spellings take the canonical form, touching only their own bytes', () => {
  it.each([
    ['[X]', '[ ]'],
    ['<input type="checkbox" checked="checked" id="c1">', '<input type="checkbox" unchecked id="c1">'],
    ['<input type="checkbox" checked="" id="c2">', '<input type="checkbox" unchecked id="c2">'],
    ['<input id="r1" checked type="checkbox">', '<input id="r1" unchecked type="checkbox">'],
    ['<input type="checkbox" id="c3" checked="checked">', '<input type="checkbox" id="c3" unchecked>'],
    ['<input type="checkbox" Checked id="c4">', '<input type="checkbox" unchecked id="c4">'],
  ])('%s → %s', (from, to) => {
    expect(toggleOnly(table(from))).toBe(table(to));
  });
});

describe('toggle in lists', () => {
  it('flips a GFM marker and nothing else, keeping CRLF, BOM, trailing spaces and no final newline', () => {
    const text = '\ufeff---\r\ntags: [roadmap]\r\n---\r\n- [ ] a  \r\n  - [x] b\t\r\n- [ ] c';
    const refs = refsOf(text);
    expect(refs.map((r) => r.checked)).toEqual([false, true, false]);
    const results = refs.map((r) => toggleCheckbox(text, r.ref, undefined, BARE));
    expect(results.map((r) => (r.ok ? r.text : r.reason))).toEqual([
      '\ufeff---\r\ntags: [roadmap]\r\n---\r\n- [x] a  \r\n  - [x] b\t\r\n- [ ] c',
      '\ufeff---\r\ntags: [roadmap]\r\n---\r\n- [ ] a  \r\n  - [ ] b\t\r\n- [ ] c',
      '\ufeff---\r\ntags: [roadmap]\r\n---\r\n- [ ] a  \r\n  - [x] b\t\r\n- [x] c',
    ]);
  });

  it('sets a wanted state, and is a no-op when the box already has it', () => {
    const text = '- [x] done\n';
    expect(toggleOnly(text, true)).toBe(text);
    expect(toggleOnly(text, false)).toBe('- [ ] done\n');
    const [box] = refsOf(text);
    expect(toggleCheckbox(text, box.ref, true, BARE)).toEqual({ ok: true, text, changes: [], message: 'already checked' });
  });

  it('refuses a text that is not a ref', () => {
    expect(toggleCheckbox('- [ ] a', 'Projects.md:3', undefined, BARE)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
  });
});

describe('setHtmlChecked', () => {
  it('leaves a tag alone when it already has the wanted state', () => {
    expect(setHtmlChecked('<input type="checkbox" checked id="a">', true)).toBe('<input type="checkbox" checked id="a">');
    expect(setHtmlChecked('<input type="checkbox" unchecked id="a">', false)).toBe('<input type="checkbox" unchecked id="a">');
  });
});
