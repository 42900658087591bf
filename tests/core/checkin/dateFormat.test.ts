// The CLI's date formatter against moment.js itself (the `moment` Obsidian passes to the
// plugin), the oracle for every token weekly-note names and templates use.
import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { formatDate, mixedWeekFormat } from '../../../src/core/checkin/dateFormat';

const TOKENS = ['GGGG', 'GG', 'gggg', 'gg', 'WW', 'W', 'ww', 'w', 'YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'DDDD', 'DD', 'Do', 'D', 'dddd', 'ddd', 'd', 'E', 'e', 'Q'];

/** Every day around each New Year from 2019 to 2031, and the 1st, 2nd, 3rd, 11th–13th, 21st–23rd of each month of 2026. */
function dates(): string[] {
  const out: string[] = [];
  const add = (d: Date) => out.push(d.toISOString().slice(0, 10));
  for (let year = 2019; year <= 2031; year++) {
    for (let offset = -10; offset <= 10; offset++) add(new Date(Date.UTC(year, 0, 1 + offset)));
  }
  for (let month = 0; month < 12; month++) for (const day of [1, 2, 3, 11, 12, 13, 21, 22, 23, 31]) add(new Date(Date.UTC(2026, month, day)));
  add(new Date(Date.UTC(2024, 1, 29)));
  add(new Date(Date.UTC(2026, 11, 31)));
  return out;
}

describe('formatDate, token by token, as moment formats it', () => {
  const all = dates();
  for (const token of TOKENS) {
    it(token, () => {
      const wrong = all.filter((date) => formatDate(date, token) !== moment.utc(date).locale('en').format(token));
      expect(wrong.map((date) => `${date}: ${formatDate(date, token)} ≠ ${moment.utc(date).locale('en').format(token)}`)).toEqual([]);
    });
  }

  it('weekly-note names and literal text in brackets', () => {
    for (const format of ['gggg-[W]ww', 'GGGG-[W]WW', 'YYYY/[Week] W', '[Week of] MMMM Do, YYYY', '[[]YYYY[]]', '[Q]Q-YY', 'dddd, D MMM']) {
      for (const date of ['2026-01-01', '2026-11-30', '2027-01-03', '2020-12-31']) {
        expect(formatDate(date, format), `${format} on ${date}`).toBe(moment.utc(date).locale('en').format(format));
      }
    }
  });
});

describe('mixedWeekFormat', () => {
  it('warns of a calendar year with a week number, naming the year token to use', () => {
    expect(mixedWeekFormat('YYYY-[W]WW')).toBe('"YYYY-[W]WW" puts a calendar year (YYYY) with a week number; around New Year that names the wrong week. Use GGGG for the year');
    expect(mixedWeekFormat('YY-[W]w')).toBe('"YY-[W]w" puts a calendar year (YYYY) with a week number; around New Year that names the wrong week. Use gggg for the year');
    expect(mixedWeekFormat('YYYY W')).toContain('Use GGGG');
    expect(mixedWeekFormat('YYYY ww')).toContain('Use gggg');
    expect(mixedWeekFormat('[Week] W [of] YYYY')).toContain('Use GGGG');
  });

  it('warns of ISO and locale week tokens together', () => {
    const mixed = (format: string) => `"${format}" mixes ISO (GGGG, WW) and locale (gggg, ww) week tokens; use one kind`;
    expect(mixedWeekFormat('gggg-[W]WW')).toBe(mixed('gggg-[W]WW'));
    expect(mixedWeekFormat('gg-W')).toBe(mixed('gg-W'));
    expect(mixedWeekFormat('GGGG-[W]ww')).toBe(mixed('GGGG-[W]ww'));
    expect(mixedWeekFormat('GG-w')).toBe(mixed('GG-w'));
  });

  it('accepts one calendar, dates without weeks, and tokens inside brackets', () => {
    for (const format of ['gggg-[W]ww', 'GGGG-[W]WW', 'YYYY-MM-DD', 'GGGG', '[YYYY] gggg-[W]ww', 'YYYY [WW]', 'WW', 'gggg-[W]ww [GGGG]']) {
      expect(mixedWeekFormat(format), format).toBeNull();
    }
  });
});
