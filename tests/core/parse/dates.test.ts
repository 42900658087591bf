import { describe, expect, it } from 'vitest';
import { findDate, formatDate, isoWeekMonday, isoWeeksInYear, localIsoDate, parseDatePhrase } from '../../../src/core/parse/dates';

describe('date phrases', () => {
  it.each([
    ['2026-03-12', '2026-03-12'],
    ['2026/3/5', '2026-03-05'],
    ['Q1 2026', '2026-03-31'],
    ['q4 2025', '2025-12-31'],
    ['Feb 2028', '2028-02-29'],
    ['September 2026', '2026-09-30'],
    ['Sept 2026', '2026-09-30'],
    ['2026-W01', '2026-01-04'],
    ['2026-W47', '2026-11-22'],
    ['2020-W53', '2021-01-03'],
    ['TBD: 2025-03-12', '2025-03-12'],
    ['Due: Q2 2026', '2026-06-30'],
    ['by 2026-05-01', '2026-05-01'],
    ['(2026-05-01)', '2026-05-01'],
  ])('%s → %s', (text, date) => {
    expect(parseDatePhrase(text)).toBe(date);
  });

  it.each(['2026-02-30', '2026-13-01', '2025-W53', 'Smarch 2026', 'Ship Q1 2026 launch', 'Objective', '', '12345-01-01'])('%s is not a date phrase', (text) => {
    expect(parseDatePhrase(text)).toBeNull();
  });

  it('finds the first date inside a longer text', () => {
    expect(findDate('ship by Q3 2026, maybe 2026-01-01')).toEqual({ date: '2026-09-30', index: 8, length: 7 });
    expect(findDate('no date here')).toBeNull();
  });

  it('knows ISO week years', () => {
    expect([2020, 2021, 2025, 2026].map(isoWeeksInYear)).toEqual([53, 52, 52, 53]);
    expect(isoWeekMonday(2026, 53)?.toISOString().slice(0, 10)).toBe('2026-12-28');
    expect(isoWeekMonday(2025, 53)).toBeNull();
    expect(isoWeekMonday(2026, 0)).toBeNull();
  });

  it('a phrase behind a label and spaces, brackets only around the whole', () => {
    expect(parseDatePhrase('  by 2026-03-01')).toBe('2026-03-01');
    expect(parseDatePhrase('[ Q2 2026 ]')).toBe('2026-06-30');
    expect(parseDatePhrase('March (2026)')).toBeNull();
    expect(parseDatePhrase('March) 2026')).toBeNull();
    expect(parseDatePhrase('see 2026-03-01')).toBeNull();
    expect(parseDatePhrase('2026-03-01 and more')).toBeNull();
  });

  it('a date that does not exist is passed over for the next one, and the leftmost wins across kinds', () => {
    expect(findDate('2026-02-30 then 2026-03-01')).toEqual({ date: '2026-03-01', index: 16, length: 10 });
    expect(findDate('2026-03-01 or March 2027')).toEqual({ date: '2026-03-01', index: 0, length: 10 });
    expect(findDate('March 2027 or 2026-03-01')).toEqual({ date: '2027-03-31', index: 0, length: 10 });
  });
});

describe('calendar dates', () => {
  it('years 1000 to 9999, months 1 to 12, days the month has', () => {
    expect(formatDate(1000, 1, 1)).toBe('1000-01-01');
    expect(formatDate(9999, 12, 31)).toBe('9999-12-31');
    for (const [y, m, d] of [[999, 1, 1], [10000, 1, 1], [2026, 0, 1], [2026, 13, 1], [2026, 1, 0], [2026, 2, 29], [2026, 4, 31]]) {
      expect(formatDate(y, m, d), `${y}-${m}-${d}`).toBeNull();
    }
    expect(formatDate(2028, 2, 29)).toBe('2028-02-29');
  });

  it('today in the person’s own time zone', () => {
    // Built from local fields, so it reads the same in every TZ the suites run in.
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
