import type { DueMark } from '../core/model/due';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03-12` → `12 Mar 2025` (the same in every locale, as the notes are). */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The days of a week (Monday to Sunday, `YYYY-MM-DD` of its Monday): `23–29 Nov 2026`,
 * `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`.
 */
export function weekDays(monday: string): string {
  const start = new Date(`${monday}T00:00:00Z`);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 6);
  const [d1, m1, y1] = [start.getUTCDate(), start.getUTCMonth(), start.getUTCFullYear()];
  const [d2, m2, y2] = [end.getUTCDate(), end.getUTCMonth(), end.getUTCFullYear()];
  if (y1 !== y2) return `${d1} ${MONTHS[m1]} ${y1} – ${d2} ${MONTHS[m2]} ${y2}`;
  if (m1 !== m2) return `${d1} ${MONTHS[m1]} – ${d2} ${MONTHS[m2]} ${y2}`;
  return `${d1}–${d2} ${MONTHS[m2]} ${y2}`;
}

/** The words of a due badge: `due 12 Mar 2025 · overdue`. */
export function dueText(due: string, mark: DueMark): string {
  const when = `due ${formatDate(due)}`;
  if (mark === 'overdue') return `${when} · overdue`;
  if (mark === 'soon') return `${when} · soon`;
  return when;
}

export type LinkTarget = { kind: 'url'; href: string; label: string } | { kind: 'note'; target: string; label: string };

/**
 * What a link of an item may open: http(s) URLs in the browser, note names through
 * Obsidian. Anything else (`javascript:`, `data:`, `file:`, …) is not a link at all and
 * is only shown as text.
 */
export function linkTarget(link: string): LinkTarget | null {
  const value = link.trim();
  if (/^https?:\/\/[^\s]+$/i.test(value)) {
    const host = /^https?:\/\/([^/?#]+)/i.exec(value)![1];
    return { kind: 'url', href: value, label: host };
  }
  // A URI scheme (letters then a colon, not a Windows drive letter) is never followed.
  if (/^[a-z][a-z0-9+.-]+:/i.test(value) || !value) return null;
  const target = value.replace(/#.*$/, '').replace(/\.md$/i, '');
  const label = target.split('/').pop() || value;
  return { kind: 'note', target: value, label };
}

/** `3/7` style counts with a word for screen readers. */
export function progressLabel(done: number, total: number): string {
  return `${done} of ${total} done`;
}
