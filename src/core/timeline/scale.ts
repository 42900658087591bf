/**
 * The timeline's time axis (SPEC §4): a year by quarters, a quarter by weeks, a month by
 * days. Dates are `YYYY-MM-DD`, counted in whole UTC days so no time zone moves a bar.
 */
export type Zoom = 'year' | 'quarter' | 'month';

export interface Range {
  from: string;
  /** The last day shown (inclusive). */
  to: string;
  days: number;
}

export interface Tick {
  label: string;
  /** Fraction of the width where the tick's span starts. */
  at: number;
}

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
export const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The period of a zoom that holds `anchor`: its year, its quarter, its month. */
export function rangeOf(zoom: Zoom, anchor: string): Range {
  const [y, m] = anchor.split('-').map(Number);
  const first = zoom === 'year' ? [y, 1] : zoom === 'quarter' ? [y, Math.floor((m - 1) / 3) * 3 + 1] : [y, m];
  const months = zoom === 'year' ? 12 : zoom === 'quarter' ? 3 : 1;
  const from = Date.UTC(first[0], first[1] - 1, 1) / DAY;
  const end = Date.UTC(first[0], first[1] - 1 + months, 1) / DAY - 1;
  return { from: dateOfDay(from), to: dateOfDay(end), days: end - from + 1 };
}

/** The same zoom's period `by` steps away (‹ ›). */
export function shiftRange(zoom: Zoom, anchor: string, by: number): string {
  const [y, m] = rangeOf(zoom, anchor).from.split('-').map(Number);
  const months = (zoom === 'year' ? 12 : zoom === 'quarter' ? 3 : 1) * by;
  return dateOfDay(Date.UTC(y, m - 1 + months, 1) / DAY);
}

/** Where a date falls across the range: 0 at the start of its first day, 1 at the end of its last. */
export function position(range: Range, date: string, end = false): number {
  return (dayNumber(date) - dayNumber(range.from) + (end ? 1 : 0.5)) / range.days;
}

/** The column heads: quarters of a year, weeks (their Monday) of a quarter, days of a month. */
export function ticks(zoom: Zoom, range: Range): Tick[] {
  const from = dayNumber(range.from);
  const out: Tick[] = [];
  if (zoom === 'year') {
    for (let q = 0; q < 4; q++) out.push({ label: `Q${q + 1} ${range.from.slice(0, 4)}`, at: (dayNumber(`${range.from.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`) - from) / range.days });
    return out;
  }
  if (zoom === 'quarter') {
    // Mondays in the quarter (and the first day when it is not one).
    for (let d = from; d < from + range.days; d++) {
      const weekday = new Date(d * DAY).getUTCDay();
      if (weekday === 1 || d === from) {
        const [, mm, dd] = dateOfDay(d).split('-').map(Number);
        out.push({ label: `${dd} ${MONTHS[mm - 1]}`, at: (d - from) / range.days });
      }
    }
    return out;
  }
  for (let d = from; d < from + range.days; d++) out.push({ label: String(Number(dateOfDay(d).slice(8))), at: (d - from) / range.days });
  return out;
}

/** The step a drag snaps to and Alt+←/→ moves by: a week in a year, a week in a quarter, a day in a month. */
export const stepDays = (zoom: Zoom): number => (zoom === 'month' ? 1 : 7);

/** A date moved by whole steps. */
export const shiftDate = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** The date under a fraction of the width, snapped to the zoom's step from the original date. */
export function dateAt(range: Range, fraction: number, zoom: Zoom, original: string): string {
  const day = dayNumber(range.from) + Math.floor(Math.max(0, Math.min(0.99999, fraction)) * range.days);
  const step = stepDays(zoom);
  const from = dayNumber(original);
  return dateOfDay(from + Math.round((day - from) / step) * step);
}

/**
 * Where an entry is drawn across the range: a diamond's place (width 0), or a bar's left
 * and width, clipped to the range, and whether it runs past either edge.
 */
export function placement(range: Range, entry: { start: string | null; due: string | null; diamond: boolean }): { left: number; width: number; before: boolean; after: boolean } {
  if (entry.diamond) {
    const at = position(range, (entry.due ?? entry.start)!);
    return { left: at, width: 0, before: at < 0, after: at > 1 };
  }
  const from = position(range, entry.start!, false) - 0.5 / range.days;
  const to = position(range, entry.due!, true);
  return { left: Math.max(0, from), width: Math.max(0, Math.min(1, to) - Math.max(0, from)), before: from < 0, after: to > 1 };
}
