import { headerRole, planColumns, roleWords, type RoleWords } from '../model/columns';
import { decodeRef } from '../model/ref';
import { itemState } from '../model/state';
import type { Item, State } from '../model/types';
import { LineMap } from '../parse/lines';
import { cellSafe } from './cellText';
import { locateCheckbox } from './locate';
import { padLike } from './setStatus';
import { findItem } from './target';
import { checkboxSplice } from './checkboxSplice';
import { landed, refuse, type Change, type EditResult } from './types';

/** What a board move needs to know about the item (all of it is in the model). */
export type MovedItem = Pick<Item, 'path' | 'line' | 'ref' | 'progress' | 'title' | 'fields'>;

/**
 * Why an item cannot be moved to a state, or null when it can — read from the model
 * alone, so a board can offer only the moves that will land.
 */
export function cannotMove(item: MovedItem, state: State, words: RoleWords = roleWords()): string | null {
  const hasStatus = Object.keys(item.fields).some((header) => headerRole(header, words) === 'status');
  if (!item.ref && !hasStatus) return `"${item.title}" has no checkbox or Status cell to record its state`;
  if (state === 'todo' && item.progress.done > 0) return `"${item.title}" has tasks done, so it reads as Doing; clear them to move it back to To do`;
  if (state === 'cancelled' && !hasStatus) return `"${item.title}" has no Status column to say it is cancelled`;
  // Without a Status cell only the checkbox speaks: unchecked reads as Doing once a task is done.
  if (state === 'doing' && !hasStatus && item.progress.done === 0) {
    return `"${item.title}" has no Status column, so it can only be To do or Done (or Doing once one of its tasks is done)`;
  }
  return null;
}

const DEFAULT_WORDS: Record<State, string> = { todo: 'To do', doing: 'In progress', done: 'Done', cancelled: 'Cancelled' };

/**
 * Moves an item to a state (the board's Status columns) with the fewest bytes: its own
 * checkbox is checked for done and cleared otherwise, and its Status cell, when the
 * table has one, gets a word for the state — the word the table already uses most for
 * it, else "To do" / "In progress" / "Done". Both splices are computed on the same text,
 * so they land as one change. Without a Status cell, "doing" can only come from tasks
 * already partly done; a move the note cannot express is refused, never approximated.
 */
export function setItemState(text: string, item: MovedItem, state: State, words: RoleWords = roleWords()): EditResult {
  const cannot = cannotMove(item, state, words);
  if (cannot) return refuse(cannot);
  const changes: Change[] = [];
  let statusCell: { start: number; end: number } | null = null;
  let columnValues: string[] = [];

  if (item.ref) {
    const ref = decodeRef(item.ref);
    if (!ref) return refuse('this is not a checkbox reference');
    const located = locateCheckbox(text, ref);
    if (!located.ok) return refuse(located.reason);
    const box = located.box;
    const want = state === 'done';
    if (box.checked !== want) changes.push(checkboxSplice(box, text.slice(box.start, box.end), want));
  }
  const found = findItem(text, item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line });
  // Without a checkbox the item is found by its line alone: make sure it is still there.
  if (!item.ref && found.ok && !sameTitle(text, found.kind === 'row' ? found.row.line : found.entry.line, item.title)) {
    return refuse(`line ${item.line} of ${item.path} is no longer "${item.title}" (the note changed)`);
  }
  if (found.ok && found.kind === 'row') {
    const { roles } = planColumns(found.table.header.map((cell) => cell.text), words);
    if (roles.status !== undefined && found.row.cells[roles.status]) {
      statusCell = found.row.cells[roles.status];
      columnValues = found.table.rows.map((row) => row.cells[roles.status!]?.text.trim() ?? '').filter(Boolean);
    }
  } else if (!item.ref) {
    return refuse(found.ok ? 'this item has no checkbox or Status cell to record its state' : found.reason);
  }

  if (statusCell) {
    const word = statusWord(state, columnValues);
    const safe = cellSafe(word);
    if (!safe.ok) return refuse(safe.reason);
    const old = text.slice(statusCell.start, statusCell.end);
    // A word that already reads as the state stays (a blank cell reads as To do).
    if (itemState(null, old.trim() || null, { done: 0, total: 0 }) !== state) {
      const replacement = padLike(old, safe.text);
      if (replacement !== old) changes.push({ from: statusCell.start, to: statusCell.end, insert: replacement });
    }
  } else if (!item.ref) {
    return refuse(`"${item.title}" has no checkbox or Status cell to record its state`);
  }
  // (Doing without a Status cell and with no task done was refused by cannotMove above.)
  const names: Record<State, string> = { todo: 'To do', doing: 'Doing', done: 'Done', cancelled: 'Cancelled' };
  if (!changes.length) return { ok: true, text, changes: [], message: `already ${names[state]}` };
  return landed(text, changes, `moved to ${names[state]}`);
}

/** The word the column uses most for `state`; ties go to the first seen. */
export function statusWord(state: State, values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (itemState(null, value, { done: 0, total: 0 }) !== state) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best ?? DEFAULT_WORDS[state];
}

/** Whether a line still holds a title, ignoring emphasis and link brackets around it. */
function sameTitle(text: string, line: number, title: string): boolean {
  const plain = (value: string) => value.replace(/[*_[\]`~]/g, '').replace(/\s+/g, ' ').toLowerCase();
  return plain(new LineMap(text).lineText(line)).includes(plain(title));
}
