import { describe, expect, it } from 'vitest';
import { isRecurring } from '../../../src/core/edit/recurring';
import { makeSettings } from '../../../src/core/settings';
import { resolveAction } from '../../../src/core/write/actions';
import { NO_TASKS_PLUGIN, writeRules } from '../../../src/core/write/rules';
import { refsOf } from '../../helpers/notes';

// What the Tasks plugin's executeToggleTaskDoneCommand answers for a weekly task: the
// next occurrence above the done one (its default order).
const tasksApi = (line: string) => `${line.replace('2026-11-23', '2026-11-30')}\n${line.replace('[ ]', '[x]')} ✅ 2026-11-23`;

/** A recurring task checked through Tasks, as every door checks it (core/write/tasksToggle.ts). */
const recurringToggle = (text: string, ref: string, answer: (line: string) => string) =>
  resolveAction(text, { kind: 'toggle', path: 'n.md', ref, want: true }, writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-11-23', { tasksToggle: answer }));

describe('a recurring task through the Tasks plugin', () => {
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
    expect(recurringToggle(note, ref, () => '  \n')).toEqual({ ok: false, reason: 'the Tasks plugin gave nothing back for this task' });
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

  it('refuses an answer that is the line itself; an HTML checkbox never goes to Tasks', () => {
    const [{ ref }] = refsOf(note, 'n.md');
    expect(recurringToggle(note, ref, (line) => line)).toMatchObject({ ok: false, reason: expect.stringContaining('something other than this task done') as string });
    const html = '| Done | Item |\n| --- | --- |\n| <input type="checkbox" unchecked id="aaaaaa"> | x 🔁 every day |\n';
    const [{ ref: htmlRef }] = refsOf(html, 'n.md');
    let asked = false;
    expect(recurringToggle(html, htmlRef, (line) => ((asked = true), tasksApi(line)))).toMatchObject({ ok: true, text: html.replace('unchecked', 'checked') });
    expect(asked).toBe(false);
    expect(recurringToggle(note, 'nonsense', tasksApi)).toEqual({ ok: false, reason: 'this is not a checkbox reference' });
  });

  it('only an open task is checked through Tasks: a done one, unchecked, is not', () => {
    const text = '- [x] b 🔁 every day ✅ 2026-11-20\n- [/] d 🔁 every day\n';
    const refs = refsOf(text, 'n.md').map((r) => r.ref);
    let asked: string[] = [];
    const rules = writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-11-23', { tasksToggle: (line) => (asked.push(line), `${line.replace('[/]', '[x]')} ✅ 2026-11-23`) });
    expect(resolveAction(text, { kind: 'toggle', path: 'n.md', ref: refs[0] }, rules)).toMatchObject({ ok: true, text: '- [ ] b 🔁 every day\n- [/] d 🔁 every day\n' });
    expect(asked).toEqual([]);
    expect(resolveAction(text, { kind: 'toggle', path: 'n.md', ref: refs[1] }, rules)).toMatchObject({ ok: true, text: '- [x] b 🔁 every day ✅ 2026-11-20\n- [x] d 🔁 every day ✅ 2026-11-23\n' });
    asked = asked.slice(0);
    expect(asked).toEqual(['- [/] d 🔁 every day']);
  });

  it('knows a recurring line', () => {
    expect(isRecurring('- [ ] a 🔁 every day')).toBe(true);
    expect(isRecurring('- [ ] a 📅 2026-11-23')).toBe(false);
    // Where Tasks reads a recurrence: the Dataview field too, and never a 🔁 it reads as text.
    expect(isRecurring('- [ ] a [repeat:: every month] [due:: 2026-11-23]\r')).toBe(true);
    expect(isRecurring('- [ ] a 🔁 every day. Really')).toBe(false);
  });
});
