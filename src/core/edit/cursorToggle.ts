import { parseHtmlCheckbox } from '../parse/htmlCheckbox';
import { checkboxColumns } from '../parse/lineHash';
import { checkboxSplice } from './checkboxSplice';
import type { Change } from './types';
import { DEFAULT_STATUSES, STATUS_CHAR, type StatusTable } from '../model/statuses';
import type { RoleWords } from '../model/columns';
import { LineMap } from '../parse/lines';
import { companionChanges, type DoneDateOptions } from './toggle';

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

/**
 * The whole write of "toggle checkbox at cursor" on the note's text: the toggle of
 * toggleOnLine and what goes with it (a row's Status cell, a task's done date;
 * companionChanges), with the note's offsets. `line` is 1-based; null when the line has
 * no checkbox.
 */
export function toggleAtCursor(text: string, line: number, cursor: number, statuses: StatusTable, words?: RoleWords, doneDate?: DoneDateOptions): Change[] | null {
  const lines = new LineMap(text);
  const start = lines.starts[line - 1];
  const lineText = lines.lineText(line).replace(/\r$/, '');
  const change = toggleOnLine(lineText, cursor, statuses);
  if (!change) return null;
  const kind = change.insert.startsWith('[') ? 'gfm' : 'html';
  const wasDone = kind === 'gfm' ? statuses.of(lineText[change.from + 1]).state === 'done' : !change.checked;
  const nowDone = kind === 'gfm' ? statuses.of(change.insert[1]).state === 'done' : change.checked;
  const toggle = { from: start + change.from, to: start + change.to, insert: change.insert };
  return [toggle, ...companionChanges(text, { kind, start: toggle.from, line }, wasDone, nowDone, words, doneDate)];
}
