import type { ListEntry } from '../parse/types';
import { readInlineFields, readPriority } from './inlineFields';
import { refOf } from './ref';
import { itemState, taskProgress } from './state';
import type { Item, Task } from './types';

/** A top-level list item as a roadmap item (SPEC §2.2). */
export function listItem(entry: ListEntry, path: string): Item {
  const inline = readInlineFields(entry.text);
  const tasks = tasksOf(entry.children, path);
  const progress = taskProgress(tasks);
  const done = entry.checkbox ? entry.checkbox.checked : null;
  return {
    title: inline.title,
    path,
    line: entry.line,
    done,
    state: itemState(done, inline.status, progress),
    status: inline.status,
    priority: readPriority(inline.priority),
    due: inline.due,
    links: entry.links,
    fields: {},
    tasks,
    progress,
    ref: entry.checkbox ? refOf(path, entry.checkbox) : null,
  };
}

/**
 * Nested entries with a checkbox are tasks; entries without one are notes, but tasks
 * nested under a note still belong to the nearest task (or item) above them.
 */
function tasksOf(entries: readonly ListEntry[], path: string): Task[] {
  const tasks: Task[] = [];
  for (const entry of entries) {
    if (!entry.checkbox) {
      tasks.push(...tasksOf(entry.children, path));
      continue;
    }
    tasks.push({
      text: readInlineFields(entry.text).title,
      path,
      line: entry.line,
      done: entry.checkbox.checked,
      kind: entry.checkbox.kind,
      htmlId: entry.checkbox.id,
      ref: refOf(path, entry.checkbox),
      tasks: tasksOf(entry.children, path),
    });
  }
  return tasks;
}

const CHECKIN_HEADING = /check-?in|review|reflection/i;

/** A section whose heading names a check-in and whose items all end in `?`. */
export function isCheckInSection(heading: string, entries: readonly ListEntry[]): boolean {
  return CHECKIN_HEADING.test(heading) && entries.length > 0 && entries.every((entry) => entry.text.trim().endsWith('?'));
}
