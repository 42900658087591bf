import { describe, expect, it } from 'vitest';
import { weekLabel, weekOfDate, weekMonday } from '../../src/core/checkin/week';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { undoEdit, undoEntryFor } from '../../src/core/edit/undo';
import { headerRole, planColumns, roleWords } from '../../src/core/model/columns';
import { readInlineFields } from '../../src/core/model/inlineFields';
import { parseDatePhrase } from '../../src/core/parse/dates';
import { checkSetting } from '../../src/core/settings';
import { refsOf } from '../helpers/notes';
import { BARE } from '../helpers/rules';

// Cases that once let a deliberately broken line of code through (docs/TESTING.md):
// each fails on the bug it names.

describe('stale guard', () => {
  it('two checkboxes shared an id: once the ref’s row is deleted, the other one is not toggled', () => {
    const note = '| Done | Project |\n| --- | --- |\n| <input type="checkbox" id="dup"> | Parser |\n| <input type="checkbox" id="dup"> | Lexer |\n';
    const [first] = refsOf(note);
    const without = note.replace(/\| <input type="checkbox" id="dup"> \| Parser \|\n/, '');
    expect(toggleCheckbox(without, first.ref, undefined, BARE)).toEqual({ ok: false, reason: 'the checkbox is no longer in the note (it was removed or its line was rewritten)' });
  });

  it('identical task lines under two headings: after the sections swap, the old ref toggles its own line or refuses', () => {
    const note = '## Alpha\n\n- [ ] same\n\n## Beta\n\n- [ ] same\n';
    const [alpha] = refsOf(note);
    const swapped = '## Beta\n\n- [ ] same\n\n## Alpha\n\n- [ ] same\n';
    const result = toggleCheckbox('intro\n\n' + swapped, alpha.ref, undefined, BARE);
    expect(result.ok && result.text).toBe('intro\n\n## Beta\n\n- [ ] same\n\n## Alpha\n\n- [x] same\n');
    // The Alpha heading renamed too: nothing tells the lines apart, so nothing is written.
    const renamed = '## Beta\n\n- [ ] same\n\n## Alpha (old)\n\n- [ ] same\n';
    expect(toggleCheckbox(renamed, alpha.ref, undefined, BARE)).toMatchObject({ ok: false });
  });
});

describe('toggle to a wanted state', () => {
  it('unchecking an unchecked box changes nothing', () => {
    for (const text of ['- [ ] open\n', '| Done | Item |\n|---|---|\n| <input type="checkbox" unchecked id="a1"> | x |\n']) {
      const [box] = refsOf(text);
      expect(toggleCheckbox(text, box.ref, false, BARE)).toEqual({ ok: true, text, changes: [], message: 'already unchecked' });
    }
  });
});

describe('undo', () => {
  const text = '# Plan\n\n- [ ] one\n- [ ] two\n';
  const toggled = () => {
    const [box] = refsOf(text);
    const result = toggleCheckbox(text, box.ref, undefined, BARE);
    if (!result.ok) throw new Error(result.reason);
    return { edited: result.text, entry: undoEntryFor('p.md', text, result.changes[0], result.message) };
  };

  it('refuses when another [x] sits at the old offset (its line was rewritten)', () => {
    const { edited, entry } = toggled();
    const rewritten = edited.replace('- [x] one', '- [x] won');
    expect(rewritten.slice(entry.splices[0].at, entry.splices[0].at + 3)).toBe('[x]');
    expect(undoEdit(rewritten, entry)).toEqual({ ok: false, reason: 'cannot undo (checked) in p.md: the note changed there since' });
  });

  it('refuses when the edit’s bytes and their context now stand twice', () => {
    const { edited, entry } = toggled();
    expect(undoEdit(`x\n${edited}${edited}`, entry)).toEqual({ ok: false, reason: 'cannot undo (checked) in p.md: the note changed there since' });
  });
});

describe('dates', () => {
  it('a title that starts with a date phrase is not a date', () => {
    expect(parseDatePhrase('Q1 2026 launch')).toBeNull();
    expect(parseDatePhrase('March 2026 offsite')).toBeNull();
    expect(parseDatePhrase('2026-03-01 kickoff')).toBeNull();
    expect(parseDatePhrase('Q1 2026')).toBe('2026-03-31');
  });

  it('📅 followed by the emoji variation selector U+FE0F still gives the due date, and leaves the title clean', () => {
    expect(readInlineFields('Ship it 📅\uFE0F 2026-12-01')).toMatchObject({ title: 'Ship it', due: '2026-12-01', start: null, doneDate: null, status: null, priority: null });
    expect(readInlineFields('Started 🛫\uFE0F 2026-11-01 ✅\uFE0F 2026-11-20')).toMatchObject({ title: 'Started', due: null, start: '2026-11-01', doneDate: '2026-11-20', status: null, priority: null });
  });

  it('the ISO week of a day does not depend on the time zone (the core suite runs in three time zones)', () => {
    // Monday and Sunday ends of weeks, and a year boundary that belongs to the next ISO year.
    expect(['2026-11-23', '2026-11-29', '2026-11-30', '2025-12-29', '2027-01-03'].map((day) => weekLabel(weekOfDate(day)))).toEqual(['2026-W48', '2026-W48', '2026-W49', '2026-W01', '2026-W53']);
    expect(weekMonday(weekOfDate('2026-11-29'))).toBe('2026-11-23');
  });
});

describe('header words', () => {
  it.each([
    ['Status:', 'status'],
    ['Due (date)', 'due'],
    ['Project/Area', 'group'],
    ['**Priority**', 'priority'],
    ['✅ Done?', 'check'],
    ['Milestone-name', 'item'],
  ])('%s → %s', (header, role) => {
    expect(headerRole(header, roleWords())).toBe(role);
  });

  it('a Project/Area column is the group; the next free column holds the item', () => {
    expect(planColumns(['Project/Area', 'What', 'Status:'], roleWords()).roles).toEqual({ group: 0, item: 1, status: 2 });
  });
});

describe('settings limits', () => {
  it.each([
    ['linkDepth', 0, true],
    ['linkDepth', 5, true],
    ['linkDepth', 6, false],
    ['linkDepth', -1, false],
    ['reminderWeekday', 1, true],
    ['reminderWeekday', 7, true],
    ['reminderWeekday', 8, false],
    ['undoDepth', 1, true],
    ['undoDepth', 200, true],
    ['undoDepth', 0, false],
    ['undoDepth', 201, false],
  ] as const)('%s = %d is %s', (field, value, ok) => {
    expect(checkSetting(field, value).ok).toBe(ok);
  });
});
