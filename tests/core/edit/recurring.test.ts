import { describe, expect, it } from 'vitest';
import { isRecurring, recurringToggle } from '../../../src/core/edit/recurring';
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
    expect(result.changes).toHaveLength(1);
    expect(result.text.slice(0, result.changes[0].from)).toBe('# Chores\n\n- [ ] Water plants 🔁 every week 📅 2026-11-');
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

  it('knows a recurring line', () => {
    expect(isRecurring('- [ ] a 🔁 every day')).toBe(true);
    expect(isRecurring('- [ ] a 📅 2026-11-23')).toBe(false);
  });
});
