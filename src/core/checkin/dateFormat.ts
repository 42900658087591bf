import { isoWeekOf } from '../parse/dates';

/** Formats a `YYYY-MM-DD` date with a moment.js format string. */
export type DateFormatter = (date: string, format: string) => string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[([^\]]*)\]|GGGG|GG|gggg|gg|WW|W|ww|w|YYYY|YY|MMMM|MMM|MM|M|DDDD|DD|Do|D|dddd|ddd|d|E|e|Q/g;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A moment.js-compatible formatter for the tokens weekly-note names and templates use,
 * with moment's default `en` locale for the locale-week tokens (weeks start on Sunday,
 * week 1 holds 1 January). The plugin passes Obsidian's own `moment` instead, so names
 * match the person's locale exactly; this one serves the CLI and tests.
 */
export const formatDate: DateFormatter = (date, format) => {
  const d = new Date(`${date}T00:00:00Z`);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const weekday = d.getUTCDay();
  const iso = isoWeekOf(d);
  const locale = localeWeekOf(d);
  const dayOfYear = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'GGGG': return pad(iso.year, 4);
      case 'GG': return pad(iso.year % 100);
      case 'gggg': return pad(locale.year, 4);
      case 'gg': return pad(locale.year % 100);
      case 'WW': return pad(iso.week);
      case 'W': return String(iso.week);
      case 'ww': return pad(locale.week);
      case 'w': return String(locale.week);
      case 'YYYY': return pad(year, 4);
      case 'YY': return pad(year % 100);
      case 'MMMM': return MONTHS[month];
      case 'MMM': return MONTHS[month].slice(0, 3);
      case 'MM': return pad(month + 1);
      case 'M': return String(month + 1);
      case 'DDDD': return pad(dayOfYear, 3);
      case 'DD': return pad(day);
      case 'D': return String(day);
      case 'Do': return ordinal(day);
      case 'dddd': return DAYS[weekday];
      case 'ddd': return DAYS[weekday].slice(0, 3);
      case 'd': return String(weekday);
      case 'E': return String(weekday || 7);
      case 'e': return String(weekday);
      case 'Q': return String(Math.floor(month / 3) + 1);
      default: return token;
    }
  });
};

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** moment's `en` locale week: starts Sunday; week 1 is the week holding 1 January. */
function localeWeekOf(date: Date): { year: number; week: number } {
  const sunday = new Date(date);
  sunday.setUTCDate(date.getUTCDate() - date.getUTCDay());
  // The week belongs to the year of its Saturday (dow 0, doy 6 in moment's terms).
  const saturday = new Date(sunday);
  saturday.setUTCDate(sunday.getUTCDate() + 6);
  const year = saturday.getUTCFullYear();
  const jan1 = new Date(Date.UTC(year, 0, 1));
  const firstSunday = new Date(jan1);
  firstSunday.setUTCDate(1 - jan1.getUTCDay());
  return { year, week: Math.round((sunday.getTime() - firstSunday.getTime()) / (7 * 86400000)) + 1 };
}

/**
 * A warning for a weekly format whose year and week tokens come from different
 * calendars (e.g. `YYYY-[W]ww`): around New Year such a name points at the wrong week.
 */
export function mixedWeekFormat(format: string): string | null {
  const tokens = [...format.matchAll(TOKENS)].filter((m) => m[1] === undefined).map((m) => m[0]);
  const has = (...names: string[]) => tokens.some((t) => names.includes(t));
  const isoWeek = has('WW', 'W');
  const localeWeek = has('ww', 'w');
  if ((isoWeek || localeWeek) && has('YYYY', 'YY')) {
    return `"${format}" puts a calendar year (YYYY) with a week number; around New Year that names the wrong week. Use ${isoWeek ? 'GGGG' : 'gggg'} for the year`;
  }
  if ((isoWeek && has('gggg', 'gg')) || (localeWeek && has('GGGG', 'GG'))) {
    return `"${format}" mixes ISO (GGGG, WW) and locale (gggg, ww) week tokens; use one kind`;
  }
  return null;
}
