import { describe, expect, it } from 'vitest';
import { formatDate, mixedWeekFormat } from '../../../src/core/checkin/dateFormat';
import { parseWeek, shiftWeek, weekLabel, weekMonday, weekOfDate } from '../../../src/core/checkin/week';
import { weeklyConfig, weeklyPath } from '../../../src/core/checkin/weeklyConfig';
import { makeSettings } from '../../../src/core/settings';

describe('ISO weeks', () => {
  it('parses YYYY-Www, and only weeks the year has', () => {
    expect(parseWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 }); // 2026 begins on a Thursday
    expect(parseWeek('2025-W53')).toBeNull();
    expect(parseWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
    for (const bad of ['2026-W99', '2026-W00', '2026W47', '2026-w47', '26-W47', '2026-W7', '']) expect(parseWeek(bad)).toBeNull();
  });

  it('names, shifts and dates weeks across year ends', () => {
    expect(weekLabel(weekOfDate('2026-11-23'))).toBe('2026-W48');
    expect(weekLabel(weekOfDate('2027-01-01'))).toBe('2026-W53');
    expect(weekLabel(weekOfDate('2021-01-03'))).toBe('2020-W53');
    expect(weekLabel(shiftWeek({ year: 2020, week: 53 }, 1))).toBe('2021-W01');
    expect(weekLabel(shiftWeek({ year: 2021, week: 1 }, -1))).toBe('2020-W53');
    expect(weekMonday({ year: 2026, week: 47 })).toBe('2026-11-16');
  });
});

describe('formatDate (moment tokens)', () => {
  it('formats ISO and locale weeks and calendar tokens as moment does', () => {
    expect(formatDate('2026-11-16', 'GGGG-[W]WW')).toBe('2026-W47');
    expect(formatDate('2021-01-04', 'GGGG-[W]WW')).toBe('2021-W01');
    expect(formatDate('2021-01-03', 'GGGG-[W]WW')).toBe('2020-W53');
    // moment's en locale: weeks start on Sunday, week 1 holds 1 January.
    expect(formatDate('2026-11-16', 'gggg-[W]ww')).toBe('2026-W47');
    expect(formatDate('2026-12-28', 'gggg-[W]ww')).toBe('2027-W01');
    expect(formatDate('2026-11-16', 'dddd, MMMM Do YYYY')).toBe('Monday, November 16th 2026');
    expect(formatDate('2026-03-02', 'YY/M/D [Q]Q')).toBe('26/3/2 Q1');
  });

  it('warns about formats that mix calendars', () => {
    expect(mixedWeekFormat('YYYY-[W]ww')).toMatch(/calendar year \(YYYY\) with a week number.*Use gggg/);
    expect(mixedWeekFormat('YYYY-[W]WW')).toMatch(/Use GGGG/);
    expect(mixedWeekFormat('GGGG-[W]ww')).toMatch(/mixes ISO/);
    expect(mixedWeekFormat('GGGG-[W]WW')).toBeNull();
    expect(mixedWeekFormat('gggg-[W]ww')).toBeNull();
    expect(mixedWeekFormat('YYYY-MM-DD')).toBeNull();
    expect(mixedWeekFormat('[Week] W [of] YYYY')).toMatch(/calendar year/);
  });
});

describe('weeklyConfig', () => {
  const settings = makeSettings();
  it('defaults to Check-ins/GGGG-[W]WW', () => {
    expect(weeklyConfig(settings)).toEqual({ folder: 'Check-ins', format: 'GGGG-[W]WW', template: '', source: 'Roadmap Board' });
    expect(weeklyPath(weeklyConfig(settings), '2026-W47')).toBe('Check-ins/2026-W47.md');
  });

  it("uses Periodic Notes 0.x's weekly settings when enabled there", () => {
    const periodicNotes = { weekly: { enabled: true, format: 'gggg-[W]ww', folder: '/Journal/Weekly/', template: 'Templates/Week.md' } };
    expect(weeklyConfig(settings, { periodicNotes })).toEqual({ folder: 'Journal/Weekly', format: 'gggg-[W]ww', template: 'Templates/Week', source: 'Periodic Notes' });
    expect(weeklyConfig(settings, { periodicNotes: { weekly: { ...periodicNotes.weekly, enabled: false } } }).source).toBe('Roadmap Board');
  });

  it("uses Periodic Notes 1.0's active calendar set", () => {
    const periodicNotes = {
      activeCalendarSet: 'work',
      calendarSets: [
        { id: 'default', week: { enabled: true, format: 'A', folder: 'a' } },
        { id: 'work', week: { enabled: true, format: 'GGGG-[W]WW', folder: 'Work/Weeks', templatePath: 'T/week.md' } },
      ],
    };
    expect(weeklyConfig(settings, { periodicNotes })).toEqual({ folder: 'Work/Weeks', format: 'GGGG-[W]WW', template: 'T/week', source: 'Periodic Notes' });
  });

  it("falls back to Calendar's weekly settings, and ignores both when told to", () => {
    const calendar = { weeklyNoteFormat: 'gggg [week] ww', weeklyNoteFolder: 'Weeks', weeklyNoteTemplate: '' };
    expect(weeklyConfig(settings, { calendar, periodicNotes: { weekly: { enabled: false } } })).toMatchObject({ folder: 'Weeks', format: 'gggg [week] ww', source: 'Calendar' });
    expect(weeklyConfig(makeSettings({ usePeriodicNotes: false }), { calendar }).source).toBe('Roadmap Board');
    for (const junk of [null, 3, 'x', [], { weekly: 'yes' }, { calendarSets: [null, 5] }]) expect(weeklyConfig(settings, { periodicNotes: junk }).source).toBe('Roadmap Board');
  });
});
