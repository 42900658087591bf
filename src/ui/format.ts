import type { DueMark } from '../core/model/due';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-03-12` → `12 Mar 2025` (the same in every locale, as the notes are). */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
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
