import { parseHtmlCheckbox } from '../parse/htmlCheckbox';
import { checkboxColumns } from '../parse/lineHash';
import { checkboxSplice } from './checkboxSplice';
import type { Change } from './types';

/**
 * The toggle for "toggle checkbox at cursor" on one line: the line's GFM task marker, or
 * the HTML checkbox nearest the cursor. Offsets are within the line; null when the line
 * has no checkbox.
 */
export function toggleOnLine(line: string, cursor: number): (Change & { checked: boolean }) | null {
  const marker = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+)\[([ xX])\]/.exec(line);
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
  const from = marker[1].length;
  const checked = marker[2] === ' ';
  return { ...checkboxSplice({ kind: 'gfm', start: from, end: from + 3 }, line.slice(from, from + 3), checked), checked };
}
