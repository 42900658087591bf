// Where the weekly note lives (SPEC §5): Periodic Notes' settings in both of its data
// shapes, else Calendar's, else ours; and when the reminder fires.
import { describe, expect, it } from 'vitest';
import { emptyHistory, type CheckinHistory } from '../../../src/core/checkin/history';
import { shouldRemind } from '../../../src/core/checkin/reminder';
import { calendarWeekly, periodicNotesWeekly, weeklyConfig, weeklyPath } from '../../../src/core/checkin/weeklyConfig';
import { makeSettings } from '../../../src/core/settings';

describe('Periodic Notes weekly settings', () => {
  it('the 0.x shape, when weekly notes are enabled; trimmed; the default format when blank', () => {
    expect(periodicNotesWeekly({ weekly: { enabled: true, folder: ' Weekly ', format: ' gggg [W]ww ', template: ' Templates/Week ' } })).toEqual({ folder: 'Weekly', format: 'gggg [W]ww', template: 'Templates/Week' });
    expect(periodicNotesWeekly({ weekly: { enabled: true, format: '  ' } })).toEqual({ folder: '', format: 'gggg-[W]ww', template: '' });
    expect(periodicNotesWeekly({ weekly: { enabled: false, format: 'x' } })).toBeNull();
    expect(periodicNotesWeekly({ weekly: { enabled: 'yes', format: 'x' } })).toBeNull();
    expect(periodicNotesWeekly({ daily: { enabled: true } })).toBeNull();
  });

  it('the 1.0 shape: the active calendar set, else the first; templatePath before template', () => {
    const sets = [
      { id: 'a', week: { enabled: true, folder: 'A', format: 'GGGG-WW', templatePath: 'TA', template: 'old' } },
      { id: 'b', week: { enabled: true, folder: 'B', format: '', template: 'TB' } },
    ];
    expect(periodicNotesWeekly({ calendarSets: sets, activeCalendarSet: 'b' })).toEqual({ folder: 'B', format: 'gggg-[W]ww', template: 'TB' });
    expect(periodicNotesWeekly({ calendarSets: sets, activeCalendarSet: 'gone' })).toEqual({ folder: 'A', format: 'GGGG-WW', template: 'TA' });
    expect(periodicNotesWeekly({ calendarSets: [{ id: 'a', week: { enabled: false } }], weekly: { enabled: true } })).toBeNull();
    expect(periodicNotesWeekly({ calendarSets: [{ id: 'a' }] })).toBeNull();
    // Sets that are not objects are skipped; none left means the 0.x shape is read.
    expect(periodicNotesWeekly({ calendarSets: [null, 'x', [1]], weekly: { enabled: true, folder: 'W' } })).toEqual({ folder: 'W', format: 'gggg-[W]ww', template: '' });
  });

  it('anything else is none', () => {
    for (const data of [null, undefined, 'text', 42, [], [{ weekly: { enabled: true } }], { weekly: [] }, { weekly: 'on' }]) {
      expect(periodicNotesWeekly(data), JSON.stringify(data)).toBeNull();
    }
  });
});

describe('Calendar weekly settings', () => {
  it('when it has a weekly format, a folder, or weekly notes shown', () => {
    expect(calendarWeekly({ weeklyNoteFormat: ' GGGG-[W]WW ', weeklyNoteFolder: ' Weeks ', weeklyNoteTemplate: ' T ' })).toEqual({ folder: 'Weeks', format: 'GGGG-[W]WW', template: 'T' });
    expect(calendarWeekly({ weeklyNoteFolder: 'Weeks' })).toEqual({ folder: 'Weeks', format: 'gggg-[W]ww', template: '' });
    expect(calendarWeekly({ weeklyNoteFormat: 'ww' })).toEqual({ folder: '', format: 'ww', template: '' });
    expect(calendarWeekly({ showWeeklyNote: true })).toEqual({ folder: '', format: 'gggg-[W]ww', template: '' });
    expect(calendarWeekly({ showWeeklyNote: 'true' })).toBeNull();
    expect(calendarWeekly({ weeklyNoteFormat: 3 })).toBeNull();
    for (const data of [null, 'x', [], {}]) expect(calendarWeekly(data)).toBeNull();
  });
});

describe('the weekly settings in force', () => {
  const periodic = { weekly: { enabled: true, folder: '/Periodic/', format: 'gggg-ww.md', template: '/T/Week.md' } };
  const calendar = { weeklyNoteFolder: 'Cal/', weeklyNoteFormat: 'GGGG-WW.MD' };

  it('Periodic Notes first, then Calendar, then ours; folders, formats and templates cleaned', () => {
    const settings = makeSettings({ weeklyFolder: '/Mine/', weeklyFormat: 'GGGG-[W]WW.md', weeklyTemplate: '/Templates/Check-in.MD' });
    expect(weeklyConfig(settings, { periodicNotes: periodic, calendar })).toEqual({ folder: 'Periodic', format: 'gggg-ww', template: 'T/Week', source: 'Periodic Notes' });
    expect(weeklyConfig(settings, { periodicNotes: null, calendar })).toEqual({ folder: 'Cal', format: 'GGGG-WW', template: '', source: 'Calendar' });
    expect(weeklyConfig(settings, {})).toEqual({ folder: 'Mine', format: 'GGGG-[W]WW', template: 'Templates/Check-in', source: 'Roadmap Board' });
    expect(weeklyConfig(settings)).toEqual({ folder: 'Mine', format: 'GGGG-[W]WW', template: 'Templates/Check-in', source: 'Roadmap Board' });
  });

  it('cleans only the ends: slashes around the folder, a leading slash and .md at the end', () => {
    const config = (folder: string, format: string, template: string) => weeklyConfig(makeSettings({ weeklyFolder: folder, weeklyFormat: format, weeklyTemplate: template }));
    expect(config('//Journal/Weekly//', '[Week.md] ww.md', '//T/a.md/Week.md')).toMatchObject({ folder: 'Journal/Weekly', format: '[Week.md] ww', template: 'T/a.md/Week' });
  });

  it('ours alone when the setting says not to use the other plugins', () => {
    const settings = makeSettings({ usePeriodicNotes: false });
    expect(weeklyConfig(settings, { periodicNotes: periodic, calendar })).toEqual({ folder: 'Check-ins', format: 'GGGG-[W]WW', template: '', source: 'Roadmap Board' });
  });

  it('a note path: in the folder when there is one', () => {
    const config = weeklyConfig(makeSettings());
    expect(weeklyPath(config, '2026-W49')).toBe('Check-ins/2026-W49.md');
    expect(weeklyPath({ ...config, folder: '' }, '2026-W49')).toBe('2026-W49.md');
  });
});

describe('the check-in reminder', () => {
  // 2026-12-04 is a Friday (weekday 5), in ISO week 2026-W49; 2026-12-06 a Sunday.
  const base = { enabled: true, weekday: 5, history: emptyHistory(), shownOn: null };
  const saved = (week: string): CheckinHistory => ({ version: 1, records: [{ week, savedAt: '2026-12-01', done: [] }] });

  it('on its weekday, when this week has no check-in and it was not shown today', () => {
    expect(shouldRemind('2026-12-04', base)).toBe(true);
    expect(shouldRemind('2026-12-03', base)).toBe(false);
    expect(shouldRemind('2026-12-06', { ...base, weekday: 7 })).toBe(true);
    expect(shouldRemind('2026-12-06', base)).toBe(false);
  });

  it('not when off, already shown today, or this week was checked in', () => {
    expect(shouldRemind('2026-12-04', { ...base, enabled: false })).toBe(false);
    expect(shouldRemind('2026-12-04', { ...base, shownOn: '2026-12-04' })).toBe(false);
    expect(shouldRemind('2026-12-04', { ...base, shownOn: '2026-12-03' })).toBe(true);
    expect(shouldRemind('2026-12-04', { ...base, history: saved('2026-W49') })).toBe(false);
    expect(shouldRemind('2026-12-04', { ...base, history: saved('2026-W48') })).toBe(true);
  });
});
