import { describe, expect, it } from 'vitest';
import { parseWeek, shiftWeek, weekLabel, weekMonday, weekOfDate } from '../../../src/core/checkin/week';

describe('ISO weeks', () => {
  it('parses YYYY-Www, and only weeks the year has', () => {
    expect(parseWeek('2026-W47')).toEqual({ year: 2026, week: 47 });
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 }); // 2026 begins on a Thursday
    expect(parseWeek('2025-W53')).toBeNull();
    expect(parseWeek('2020-W53')).toEqual({ year: 2020, week: 53 });
    expect(parseWeek('2026-W01')).toEqual({ year: 2026, week: 1 });
    expect(parseWeek('  2026-W47 ')).toEqual({ year: 2026, week: 47 });
    for (const bad of ['2026-W99', '2026-W00', '2026W47', '2026-w47', '26-W47', '2026-W7', '', 'x2026-W47', '2026-W470', '12026-W47']) expect(parseWeek(bad), bad).toBeNull();
  });

  it('names, shifts and dates weeks across year ends', () => {
    expect(weekLabel(weekOfDate('2026-11-23'))).toBe('2026-W48');
    expect(weekLabel(weekOfDate('2027-01-01'))).toBe('2026-W53');
    expect(weekLabel(weekOfDate('2021-01-03'))).toBe('2020-W53');
    expect(weekLabel(shiftWeek({ year: 2020, week: 53 }, 1))).toBe('2021-W01');
    expect(weekLabel(shiftWeek({ year: 2021, week: 1 }, -1))).toBe('2020-W53');
    expect(weekLabel(shiftWeek({ year: 2026, week: 52 }, 2))).toBe('2027-W01');
    expect(weekLabel(shiftWeek({ year: 2026, week: 10 }, -3))).toBe('2026-W07');
    expect(weekMonday({ year: 2026, week: 47 })).toBe('2026-11-16');
  });
});
