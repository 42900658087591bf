/**
 * Date phrases of SPEC §2.4, always returned as `YYYY-MM-DD`:
 * `YYYY-MM-DD`, `YYYY/MM/DD`, `Qn YYYY` (quarter end), `Mon YYYY` / `Month YYYY`
 * (month end), `YYYY-Www` (the Sunday of that ISO week).
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9,
  september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Formats a calendar date; null when it does not exist (2026-02-30). */
export function formatDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Number of ISO weeks in an ISO week-year (52 or 53). */
export function isoWeeksInYear(year: number): number {
  // A year has 53 ISO weeks when 28 December falls in week 53.
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** ISO week-year and week of a UTC date. */
export function isoWeekOf(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7) };
}

/** Monday of an ISO week as a UTC date; null for a week the year does not have. */
export function isoWeekMonday(year: number, week: number): Date | null {
  if (week < 1 || week > isoWeeksInYear(year)) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (week - 1) * 7);
  return monday;
}

export function toIsoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

// Each pattern opens with a group for the character before the date (instead of a
// lookbehind, which older iOS WebViews cannot compile).
interface DateRule {
  pattern: RegExp;
  convert: (m: RegExpExecArray) => string | null;
}

const RULES: DateRule[] = [
  {
    pattern: /(^|[^\d-])(\d{4})-W(\d{2})(?![\d-])/i,
    convert: (m) => {
      const monday = isoWeekMonday(Number(m[2]), Number(m[3]));
      if (!monday) return null;
      monday.setUTCDate(monday.getUTCDate() + 6);
      return toIsoDate(monday);
    },
  },
  {
    pattern: /(^|[^\d/-])(\d{4})([-/])(\d{1,2})\3(\d{1,2})(?![\d/-])/,
    convert: (m) => formatDate(Number(m[2]), Number(m[4]), Number(m[5])),
  },
  {
    pattern: /(^|[^\p{L}\d])Q([1-4])\s*(\d{4})(?!\d)/iu,
    convert: (m) => {
      const month = Number(m[2]) * 3;
      return formatDate(Number(m[3]), month, daysInMonth(Number(m[3]), month));
    },
  },
  {
    // The month names themselves, longest first: far cheaper than any run of letters.
    pattern: new RegExp(`(^|[^\\p{L}])(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?\\s+(\\d{4})(?!\\d)`, 'iu'),
    convert: (m) => {
      const month = MONTHS[m[2].toLowerCase()];
      if (!month) return null;
      return formatDate(Number(m[3]), month, daysInMonth(Number(m[3]), month));
    },
  },
];

// Compiled once: building these (Unicode) expressions per call cost more than running them.
const GLOBAL_RULES = RULES.map((rule) => ({ ...rule, pattern: new RegExp(rule.pattern.source, `${rule.pattern.flags}g`) }));

/** The first date phrase anywhere in a text, with where it stood. */
export function findDate(text: string): { date: string; index: number; length: number } | null {
  // Every date phrase has a year in digits.
  if (!/\d{4}/.test(text)) return null;
  let best: { date: string; index: number; length: number } | null = null;
  for (const rule of GLOBAL_RULES) {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = rule.convert(m);
      const index = m.index + m[1].length;
      if (date && (!best || index < best.index)) best = { date, index, length: m[0].length - m[1].length };
      if (date) break;
      re.lastIndex = index + 1;
    }
  }
  return best;
}

// Labels people put before a date in a group or due cell: "TBD:", "Due:", "by", "target".
const LABEL = /^(?:(?:[\p{L}\p{N} /&-]{1,24}:)|by|due|until|deadline|target|eta|before)\s*/iu;

/**
 * A text that is, as a whole, a date phrase (optionally behind a label such as `TBD:`,
 * `Due:` or `by`). Returns the date or null.
 */
export function parseDatePhrase(text: string): string | null {
  let rest = text.trim();
  const label = LABEL.exec(rest);
  if (label) rest = rest.slice(label[0].length).trim();
  rest = rest.replace(/^[([]\s*|\s*[)\]]$/g, '').trim();
  const found = findDate(rest);
  if (!found || found.index !== 0 || found.length !== rest.length) return null;
  return found.date;
}

/** A date in the person's own time zone as `YYYY-MM-DD` (what "today" means to them). */
export function localIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
