import { findDate, parseDatePhrase } from '../parse/dates';
import type { Cell, Checkbox, Row, Segment, TableBlock } from '../parse/types';
import { planColumns, type ColumnPlan, type RoleWords } from './columns';
import { keptFields, readInlineFields, readPriority } from './inlineFields';
import { boxState, taskOf } from './lists';
import { refOf } from './ref';
import { itemState, taskProgress } from './state';
import { DEFAULT_STATUSES, type StatusTable } from './statuses';
import type { Group, Item } from './types';

/**
 * Turns one table into groups and items (SPEC §2.1). `fallbackTitle` names the group of
 * a table without a group column: the nearest heading above, else the note's title.
 */
export function tableGroups(table: TableBlock, path: string, fallbackTitle: string, fallbackLine: number, words: RoleWords, statuses: StatusTable = DEFAULT_STATUSES): Group[] {
  const plan = planColumns(table.header.map((cell) => cell.text), words);
  const { roles } = plan;
  const groups: Group[] = [];
  let current: Group | null = null;
  const implicitGroup = (): Group => {
    current = { title: fallbackTitle, path, line: fallbackLine, due: null, items: [], progress: { done: 0, total: 0 } };
    groups.push(current);
    return current;
  };

  for (const row of table.rows) {
    const cellAt = (index: number | undefined): Cell | null => (index === undefined ? null : row.cells[index] ?? null);
    const groupCell = cellAt(roles.group);
    if (groupCell && groupCell.text) {
      const due = parseDatePhrase(groupCell.text);
      if (due) (current ?? implicitGroup()).due = due;
      else {
        current = { title: groupCell.text, path, line: row.line, due: null, items: [], progress: { done: 0, total: 0 } };
        groups.push(current);
      }
    }
    const { boxes, titleSegment, own } = rowCheckboxes(row, table.header.length, roles);
    // A row whose item cell holds no text adds nothing, unless it holds checkboxes: then
    // the first cell with text names it.
    if (!titleSegment && !boxes.length) continue;
    const titleText = titleSegment?.text ?? row.cells.find((cell) => cleanTitle(cell.text) !== '')?.text ?? '';

    const tasks = boxes.filter(({ box }) => box !== own).map(({ box, index, label }) => taskOf(box, label || plan.names[index], path, statuses));

    const inline = readInlineFields(titleText);
    const status = cellAt(roles.status)?.text || inline.status;
    const dueCell = cellAt(roles.due);
    const startCell = cellAt(roles.start);
    const fields: Record<string, string> = {};
    table.header.forEach((_, i) => {
      if (i === roles.item || i === roles.group || i === roles.check) return;
      fields[plan.names[i]] = row.cells[i]?.text ?? '';
    });
    const progress = taskProgress(tasks);
    const box = own ? boxState(own, statuses) : null;
    const item: Item = {
      title: cleanTitle(inline.title),
      path,
      line: row.line,
      done: box ? box === 'done' : null,
      state: itemState(box, status, progress),
      status: status || null,
      priority: readPriority(cellAt(roles.priority)?.text || inline.priority),
      due: (dueCell && findDate(dueCell.text)?.date) || inline.due,
      start: (startCell && findDate(startCell.text)?.date) || inline.start,
      doneDate: inline.doneDate,
      ...keptFields(inline),
      links: titleSegment?.links ?? [],
      fields,
      tasks,
      progress,
      ref: own ? refOf(path, own) : null,
    };
    (current ?? implicitGroup()).items.push(item);
  }
  return groups;
}

/**
 * A row's checkboxes (with their cell and the text that follows each), the segment of
 * its item cell that holds the title, and which checkbox is the item's own.
 */
export function rowCheckboxes(row: Row, width: number, roles: ColumnPlan['roles']): { boxes: RowBox[]; titleSegment: Segment | null; own: Checkbox | null } {
  const boxes = row.cells.slice(0, width).flatMap((cell, index) => cell.checkboxes.map((box, i) => ({ box, index, label: cell.labels[i] ?? '' })));
  const itemCell = roles.item === undefined ? null : (row.cells[roles.item] ?? null);
  const titleSegment = itemCell?.segments.find((segment) => cleanTitle(segment.text) !== '') ?? null;
  return { boxes, titleSegment, own: ownCheckbox(boxes, roles.check, roles.item, titleSegment?.lead ?? null, itemCell) };
}

type RowBox = { box: Checkbox; index: number; label: string };

/**
 * The item's own checkbox (SPEC §2.1): the check column's, else the row's only checkbox
 * outside the item cell, else its first unlabelled one there — several checkboxes that
 * each carry their own text (answer options) are all tasks — else the one that opens
 * the item's title, else the first of an item cell that holds only checkboxes.
 */
function ownCheckbox(boxes: RowBox[], check: number | undefined, item: number | undefined, titleLead: Checkbox | null, itemCell: Cell | null): Checkbox | null {
  const inCheck = boxes.find((b) => b.index === check);
  if (inCheck) return inCheck.box;
  const outside = boxes.filter((b) => b.index !== item);
  if (outside.length === 1) return outside[0].box;
  if (outside.length > 1) return outside.find((b) => !b.label)?.box ?? null;
  if (titleLead) return titleLead;
  return itemCell && !itemCell.text && itemCell.checkboxes.length ? itemCell.checkboxes[0] : null;
}

/** Title text of a cell segment: a leading bullet and a trailing colon removed. */
export function cleanTitle(text: string): string {
  return text
    .replace(/^\s*(?:[-*+•]|\d{1,9}[.)])\s+/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}
