import { isoWeekMonday, isoWeekOf, isoWeeksInYear, toIsoDate } from '../parse/dates';

/** An ISO week: week-year and week number. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** `2026-W47` → the week; null for anything else, or a week the year does not have. */
export function parseWeek(text: string): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  return week.week >= 1 && week.week <= isoWeeksInYear(week.year) ? week : null;
}

export function weekLabel(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** The ISO week of a `YYYY-MM-DD` date. */
export function weekOfDate(date: string): IsoWeek {
  return isoWeekOf(new Date(`${date}T00:00:00Z`));
}

/** Monday of the week, `YYYY-MM-DD`. */
export function weekMonday(week: IsoWeek): string {
  return toIsoDate(isoWeekMonday(week.year, week.week)!);
}

export function shiftWeek(week: IsoWeek, by: number): IsoWeek {
  const monday = new Date(`${weekMonday(week)}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 7 * by);
  return isoWeekOf(monday);
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. */
export function compareWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}
