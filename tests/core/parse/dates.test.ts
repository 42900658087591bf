import { describe, expect, it } from 'vitest';
import { findDate, isoWeekMonday, isoWeeksInYear, parseDatePhrase } from '../../../src/core/parse/dates';

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
});
