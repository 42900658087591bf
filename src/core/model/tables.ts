import { findDate, parseDatePhrase } from '../parse/dates';
import type { Cell, Checkbox, Segment, TableBlock } from '../parse/types';
import { planColumns, type RoleWords } from './columns';
import { readInlineFields, readPriority } from './inlineFields';
import { refOf } from './ref';
import { itemState, taskProgress } from './state';
import type { Group, Item, Task } from './types';

/**
 * Turns one table into groups and items (SPEC §2.1). `fallbackTitle` names the group of
 * a table without a group column: the nearest heading above, else the note's title.
 */
export function tableGroups(table: TableBlock, path: string, fallbackTitle: string, fallbackLine: number, words: RoleWords): Group[] {
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
    const itemCell = cellAt(roles.item);
    if (!itemCell) continue;
    const titleIndex = itemCell.segments.findIndex((segment) => cleanTitle(segment.text) !== '');
    if (titleIndex === -1) continue;
    const titleSegment = itemCell.segments[titleIndex];

    // The item's own checkbox: the first one in the row outside the item cell (the check
    // column first); failing that, one that opens the item's title.
    const checkIndex = roles.check;
    const outside = [checkIndex, ...row.cells.map((_, i) => i)]
      .filter((i): i is number => i !== undefined && i !== roles.item && i < table.header.length)
      .flatMap((i) => row.cells[i]?.checkboxes ?? []);
    const own: Checkbox | null = outside[0] ?? titleSegment.lead;

    const inline = readInlineFields(titleSegment.text);
    const tasks: Task[] = itemCell.segments
      .slice(titleIndex + 1)
      .filter((segment): segment is Segment & { lead: Checkbox } => segment.lead !== null)
      .map((segment) => ({
        text: readInlineFields(segment.text).title,
        path,
        line: segment.lead.line,
        done: segment.lead.checked,
        kind: segment.lead.kind,
        htmlId: segment.lead.id,
        ref: refOf(path, segment.lead),
        tasks: [],
      }));

    const status = cellAt(roles.status)?.text || inline.status;
    const dueCell = cellAt(roles.due);
    const fields: Record<string, string> = {};
    table.header.forEach((_, i) => {
      if (i === roles.item || i === roles.group || i === roles.check) return;
      fields[plan.names[i]] = row.cells[i]?.text ?? '';
    });
    const progress = taskProgress(tasks);
    const done = own ? own.checked : null;
    const item: Item = {
      title: cleanTitle(inline.title),
      path,
      line: row.line,
      done,
      state: itemState(done, status, progress),
      status: status || null,
      priority: readPriority(cellAt(roles.priority)?.text || inline.priority),
      due: (dueCell && findDate(dueCell.text)?.date) || inline.due,
      links: titleSegment.links,
      fields,
      tasks,
      progress,
      ref: own ? refOf(path, own) : null,
    };
    (current ?? implicitGroup()).items.push(item);
  }
  return groups;
}

/** Title text of a cell segment: a leading bullet and a trailing colon removed. */
export function cleanTitle(text: string): string {
  return text
    .replace(/^\s*(?:[-*+•]|\d{1,9}[.)])\s+/, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}
