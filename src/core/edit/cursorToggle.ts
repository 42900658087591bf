import { parseHtmlCheckbox } from '../parse/htmlCheckbox';
import { checkboxColumns } from '../parse/lineHash';
import { checkboxSplice } from './checkboxSplice';
import type { Change } from './types';
import { DEFAULT_STATUSES, STATUS_CHAR, type StatusTable } from '../model/statuses';

const TASK_LINE = new RegExp(`^(\\s*(?:>\\s*)*(?:[-*+]|\\d{1,9}[.)])\\s+)\\[(${STATUS_CHAR})\\]`);

/**
 * The toggle for "toggle checkbox at cursor" on one line: the line's GFM task marker, or
 * the HTML checkbox nearest the cursor. Offsets are within the line; null when the line
 * has no checkbox.
 */
export function toggleOnLine(line: string, cursor: number, statuses: StatusTable = DEFAULT_STATUSES): (Change & { checked: boolean }) | null {
  const marker = TASK_LINE.exec(line);
  const html: { start: number; end: number; checked: boolean }[] = [];
  for (const column of checkboxColumns(line)) {
    if (line[column] !== '<') continue;
    const end = line.indexOf('>', column) + 1;
    const info = parseHtmlCheckbox(line.slice(column, end));
    if (info) html.push({ start: column, end, checked: info.checked });
  }
  if (html.length) {
    const distance = (box: { start: number; end: number }) => (cursor < box.start ? box.start - cursor : cursor > box.end ? cursor - box.end : 0);
    const nearest = html.reduce((best, box) => (distance(box) < distance(best) ? box : best));
    // A task marker wins when the cursor is on the marker's side of the line.
    if (!marker || distance(nearest) < Math.abs(cursor - marker[1].length)) {
      const checked = !nearest.checked;
      return { ...checkboxSplice({ kind: 'html', ...nearest }, line.slice(nearest.start, nearest.end), checked), checked };
    }
  }
  if (!marker) return null;
  // A task marker goes to its status's next one (SPEC §3).
  const from = marker[1].length;
  const next = statuses.of(marker[2]).next;
  return { from, to: from + 3, insert: `[${next}]`, checked: next !== ' ' };
}
