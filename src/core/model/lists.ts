import type { Checkbox, ListEntry } from '../parse/types';
import { keptFields, readInlineFields, readPriority } from './inlineFields';
import { refOf } from './ref';
import { itemState, taskProgress } from './state';
import { DEFAULT_STATUSES, type StatusTable } from './statuses';
import type { Item, State, Task } from './types';

/** What a checkbox says: its status character's state (an HTML one is done or todo). */
export function boxState(box: Pick<Checkbox, 'kind' | 'checked' | 'status'>, statuses: StatusTable): State {
  if (box.kind === 'html') return box.checked ? 'done' : 'todo';
  return statuses.of(box.status).state;
}

/** A top-level list item as a roadmap item (SPEC §2.2). */
export function listItem(entry: ListEntry, path: string, statuses: StatusTable = DEFAULT_STATUSES): Item {
  const inline = readInlineFields(entry.text);
  const tasks = tasksOf(entry.children, path, statuses);
  const progress = taskProgress(tasks);
  const box = entry.checkbox ? boxState(entry.checkbox, statuses) : null;
  return {
    title: inline.title,
    path,
    line: entry.line,
    done: box ? box === 'done' : null,
    state: itemState(box, inline.status, progress),
    status: inline.status,
    priority: readPriority(inline.priority),
    due: inline.due,
    start: inline.start,
    doneDate: inline.doneDate,
    ...keptFields(inline),
    links: entry.links,
    fields: {},
    tasks,
    progress,
    ref: entry.checkbox ? refOf(path, entry.checkbox) : null,
  };
}

/** A task of a checkbox and the text that goes with it (metadata read out of it). */
export function taskOf(box: Checkbox, text: string, path: string, statuses: StatusTable, tasks: Task[] = []): Task {
  const inline = readInlineFields(text);
  const state = boxState(box, statuses);
  return {
    text: inline.title,
    path,
    line: box.line,
    done: state === 'done',
    state,
    status: box.status,
    kind: box.kind,
    htmlId: box.id,
    ref: refOf(path, box),
    priority: readPriority(inline.priority),
    due: inline.due,
    start: inline.start,
    doneDate: inline.doneDate,
    ...keptFields(inline),
    tasks,
  };
}

/**
 * Nested entries with a checkbox are tasks; entries without one are notes, but tasks
 * nested under a note still belong to the nearest task (or item) above them.
 */
function tasksOf(entries: readonly ListEntry[], path: string, statuses: StatusTable): Task[] {
  const tasks: Task[] = [];
  for (const entry of entries) {
    if (!entry.checkbox) tasks.push(...tasksOf(entry.children, path, statuses));
    else tasks.push(taskOf(entry.checkbox, entry.text, path, statuses, tasksOf(entry.children, path, statuses)));
  }
  return tasks;
}

const CHECKIN_HEADING = /check-?in|review|reflection/i;

/** A section whose heading names a check-in and whose items all end in `?`. */
export function isCheckInSection(heading: string, entries: readonly ListEntry[]): boolean {
  return CHECKIN_HEADING.test(heading) && entries.length > 0 && entries.every((entry) => entry.text.trim().endsWith('?'));
}
