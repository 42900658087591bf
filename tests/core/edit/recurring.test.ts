import { describe, expect, it } from 'vitest';
import { isOpenRecurring, isRecurring, recurringToggle } from '../../../src/core/edit/recurring';
import { refsOf } from '../../helpers/notes';

// What the Tasks plugin's executeToggleTaskDoneCommand answers for a weekly task: the
// next occurrence above the done one (its default order).
const tasksApi = (line: string) =>
  `${line.replace('2026-11-23', '2026-11-30')}\n${line.replace('[ ]', '[x]')} ✅ 2026-11-23`;

describe('recurringToggle', () => {
  const note = '# Chores\n\n- [ ] Water plants 🔁 every week 📅 2026-11-23\n- [ ] Other\n';

  it('replaces the task line by what the Tasks plugin answers, splicing only what changed', () => {
    const [{ ref }] = refsOf(note, 'n.md');
    const result = recurringToggle(note, ref, tasksApi);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('# Chores\n\n- [ ] Water plants 🔁 every week 📅 2026-11-30\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ 2026-11-23\n- [ ] Other\n');
    // Only what differs: an insertion before the old date's day, whose "23" then ends the done line.
    const at = note.indexOf('2026-11-23') + 8;
    expect(result.changes).toEqual([{ from: at, to: at, insert: '30\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ 2026-11-' }]);
  });

  it("keeps the note's CRLF between the lines Tasks returns", () => {
    const crlf = note.replace(/\n/g, '\r\n');
    const [{ ref }] = refsOf(crlf, 'n.md');
    const result = recurringToggle(crlf, ref, tasksApi);
    expect(result.ok && result.text).toBe('# Chores\r\n\r\n- [ ] Water plants 🔁 every week 📅 2026-11-30\r\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ 2026-11-23\r\n- [ ] Other\r\n');
  });

  it('refuses, writing nothing, when Tasks fails or answers nothing, and when the line moved away', () => {
    const [{ ref }] = refsOf(note, 'n.md');
    expect(recurringToggle(note, ref, () => { throw new Error('boom'); })).toEqual({ ok: false, reason: 'the Tasks plugin could not complete it (boom)' });
    expect(recurringToggle(note, ref, () => '')).toEqual({ ok: false, reason: 'the Tasks plugin gave nothing back for this task' });
    expect(recurringToggle(note.replace('Water plants', 'Feed cat'), ref, tasksApi).ok).toBe(false);
  });

  it('splices the smallest change at the end of a note without a final line break, and takes an answer that ends in one', () => {
    const last = '- [ ] Stretch 🔁 every day 📅 2026-11-23';
    const [{ ref }] = refsOf(last, 'n.md');
    const result = recurringToggle(last, ref, (line) => `${line.replace('[ ]', '[x]')}\r\n`);
    expect(result.ok && result.text).toBe('- [x] Stretch 🔁 every day 📅 2026-11-23');
    expect(result.ok && result.changes).toEqual([{ from: 3, to: 4, insert: 'x' }]);
    const crlfLast = `# A\r\n${last}`;
    const [{ ref: ref2 }] = refsOf(crlfLast, 'n.md');
    const both = recurringToggle(crlfLast, ref2, (line) => `${line}\n${line.replace('[ ]', '[x]')}`);
    expect(both.ok && both.text).toBe(`# A\r\n${last}\r\n${last.replace('[ ]', '[x]')}`);
  });

  it('refuses an answer that is the line itself, an HTML checkbox and a bad ref', () => {
    const [{ ref }] = refsOf(note, 'n.md');
    expect(recurringToggle(note, ref, (line) => line)).toEqual({ ok: false, reason: 'the Tasks plugin gave nothing back for this task' });
    expect(recurringToggle(note, ref, () => '  \n')).toEqual({ ok: false, reason: 'the Tasks plugin gave nothing back for this task' });
    const html = '| Done | Item |\n| --- | --- |\n| <input type="checkbox" unchecked id="aaaaaa"> | x 🔁 every day |\n';
    const [{ ref: htmlRef }] = refsOf(html, 'n.md');
    expect(recurringToggle(html, htmlRef, tasksApi)).toEqual({ ok: false, reason: 'only a task marker can repeat' });
    expect(recurringToggle(note, 'nonsense', tasksApi)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
  });

  it('isOpenRecurring: an open 🔁 task marker only', () => {
    const text = '- [ ] a 🔁 every day\n- [x] b 🔁 every day\n- [X] c 🔁 every day\n- [/] d 🔁 every day\n- [ ] e\n\n| Item |\n| --- |\n| <input type="checkbox" unchecked id="aaaaaa"> f 🔁 every day |\n';
    const refs = refsOf(text, 'n.md').map((r) => r.ref);
    expect(refs.map((ref) => isOpenRecurring(text, ref))).toEqual([true, false, false, true, false, false]);
    expect(isOpenRecurring(text.replace('- [ ] a', '- [ ] z'), refs[0])).toBe(false);
    expect(isOpenRecurring(text, 'nonsense')).toBe(false);
  });

  it('knows a recurring line', () => {
    expect(isRecurring('- [ ] a 🔁 every day')).toBe(true);
    expect(isRecurring('- [ ] a 📅 2026-11-23')).toBe(false);
  });
});
