import type { RoleWords } from '../model/columns';
import { decodeRef } from '../model/ref';
import { noteContent } from '../model/noteGroups';
import type { Item, Task } from '../model/types';
import { extractNear } from '../parse/extract';
import { LineMap } from '../parse/lines';

/** What a person calls a place in a note: the task or item there, and the item it belongs to. */
export interface EntryName {
  title: string;
  /** The item a task belongs to; null when the place is an item itself. */
  item: string | null;
}

/**
 * Names the task or item whose checkbox starts at `offset`; without an offset, or when
 * no checkbox starts there, the item on `line` (a row or list item, with or without a
 * checkbox), else the first task on it; null when there is none.
 * One piece of the note is parsed (extractNear): for messages after a write, not for views.
 */
export function entryAt(text: string, path: string, place: { offset?: number; line: number }, words: RoleWords): EntryName | null {
  const lines = new LineMap(text);
  const at0 = place.offset ?? lines.starts[Math.min(place.line, lines.lineCount) - 1];
  const { groups } = noteContent(extractNear(path, text, at0), words);
  const at = (ref: string | null) => place.offset !== undefined && ref !== null && decodeRef(ref)?.offset === place.offset;
  const inTasks = (tasks: readonly Task[], item: Item): EntryName | null => {
    for (const task of tasks) {
      if (at(task.ref)) return { title: task.text, item: item.title };
      const nested = inTasks(task.tasks, item);
      if (nested) return nested;
    }
    return null;
  };
  const items = groups.flatMap((group) => group.items);
  for (const item of items) {
    if (at(item.ref)) return { title: item.title, item: null };
    const task = inTasks(item.tasks, item);
    if (task) return task;
  }
  const onLine = items.find((item) => item.line === place.line);
  if (onLine) return { title: onLine.title, item: null };
  const taskOnLine = (tasks: readonly Task[], item: Item): EntryName | null => {
    for (const task of tasks) {
      if (task.line === place.line) return { title: task.text, item: item.title };
      const nested = taskOnLine(task.tasks, item);
      if (nested) return nested;
    }
    return null;
  };
  for (const item of items) {
    const task = taskOnLine(item.tasks, item);
    if (task) return task;
  }
  return null;
}
