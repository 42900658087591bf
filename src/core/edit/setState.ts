import { headerRole, planColumns, type RoleWords } from '../model/columns';
import { decodeRef } from '../model/ref';
import { itemState } from '../model/state';
import { columnWordFor, readableStatus, STATE_MARKERS, STATE_NAMES } from '../model/stateWords';
import { cellState } from './oneTruth';
import type { Item, State } from '../model/types';
import { LineMap } from '../parse/lines';
import { cellSafe } from './cellText';
import { padLike } from './cellText';
import { findItem, type FoundItem } from './target';
import { locateCheckbox, type FoundCheckbox } from './locate';
import { freshId } from './newId';
import type { ListEntry } from '../parse/types';
import { checkboxSplice } from './checkboxSplice';
import { applyChanges, landed, refuse, type Change, type EditResult } from './types';
import { stampChanges } from './stamps';
import type { EditRules } from '../write/rules';

/** What a board move needs to know about the item (all of it is in the model). */
export type MovedItem = Pick<Item, 'path' | 'line' | 'ref' | 'progress' | 'title' | 'fields'>;

/**
 * Why an item cannot be moved to a state, or null when it can — read from the model
 * alone, so a board can offer the moves that will land. A list item can hold every
 * state (its task marker: `[ ]`, `[/]`, `[x]`, `[-]`, added when it has none); a table
 * row says doing or cancelled only in a Status cell; done it can always hold (a row
 * without checkbox or Status cell gets a checkbox). setItemState checks the text itself
 * and refuses what this lets through but the note cannot hold.
 */
export function cannotMove(item: MovedItem, state: State, words: RoleWords): string | null {
  const hasStatus = Object.keys(item.fields).some((header) => headerRole(header, words) === 'status');
  // No other cells: most likely a list item. A table of only check, group and item
  // columns looks the same here; setItemState reads the note and refuses what it cannot hold.
  const listLike = Object.keys(item.fields).length === 0;
  if (state === 'todo' && item.progress.done > 0 && !hasStatus) return `"${item.title}" has tasks done, so it reads as Doing; clear them to move it back to To do`;
  if (hasStatus || listLike || state === 'done' || state === 'todo') return null;
  if (state === 'doing' && item.progress.done > 0) return null;
  return `"${item.title}" can only be To do or Done: add a Status column to its table to say ${state === 'doing' ? 'Doing' : 'Cancelled'}`;
}

export { STATE_NAMES };

/**
 * Moves an item to a state with the smallest change the note can hold (SPEC §3): a list
 * item's task marker is set (or added: `- Foo` → `- [x] Foo`); a table row's Status
 * cell gets a word for the state — the word the column already uses most, else "To do" /
 * "In progress" / "Done" / "Cancelled" — and its checkbox is checked for done and cleared
 * otherwise, in the same change set; a row with neither gets a Table Checkboxes checkbox
 * (fresh id) for done, in its check column's cell, else at the start of its item cell. A
 * move the note cannot express is refused with how to make it possible, never
 * approximated.
 */
export function setItemState(text: string, item: MovedItem, state: State, rules: EditRules): EditResult {
  const { words } = rules;
  const cannot = cannotMove(item, state, words);
  if (cannot) return refuse(cannot);
  if (item.ref && !decodeRef(item.ref)) return refuse('this is not a checkbox reference');
  const found = findItem(text, item.ref ? { path: item.path, ref: item.ref } : { path: item.path, line: item.line });
  if (!found.ok) return refuse(found.reason);
  // Without a checkbox the item is found by its line alone: make sure it is still there.
  if (!item.ref && !sameTitle(text, found.kind === 'row' ? found.row.line : found.entry.line, item.title)) {
    return refuse(`line ${item.line} of ${item.path} is no longer "${item.title}" (the note changed)`);
  }
  let box: FoundCheckbox | null = null;
  if (item.ref) {
    const located = locateCheckbox(text, decodeRef(item.ref)!);
    if (!located.ok) return refuse(located.reason);
    box = located.box;
  }
  const changes = found.kind === 'list' ? listMove(text, found.entry, box, item, state) : rowMove(text, found, box, item, state, rules);
  if (typeof changes === 'string') return refuse(changes);
  if (found.kind === 'list' && changes.length && box?.kind !== 'html') {
    const was = box ? rules.statuses.of(box.status).state : 'todo';
    // The line as it will read: a marker added to `- Foo` makes it a task line.
    changes.push(...stampChanges(applyChanges(text, changes), found.entry.line, was, state, rules.stamps, rules.today).map((c) => shiftBack(c, changes)));
  }
  if (!changes.length) return { ok: true, text, changes: [], message: `already ${STATE_NAMES[state]}` };
  return landed(text, changes, `moved to ${STATE_NAMES[state]}`);
}

/** A list item: its task marker says the state; one is added after the bullet when it has none. */
function listMove(text: string, entry: ListEntry, box: FoundCheckbox | null, item: MovedItem, state: State): Change[] | string {
  const marker = STATE_MARKERS[state];
  if (box?.kind === 'html') {
    if (state === 'doing' || state === 'cancelled') return `"${item.title}" has an HTML checkbox, which is only checked or not: use a task marker ([/] or [-]) to say ${STATE_NAMES[state]}`;
    return box.checked === (state === 'done') ? [] : [checkboxSplice(box, text.slice(box.start, box.end), state === 'done')];
  }
  if (box) return box.status === marker ? [] : [{ from: box.start, to: box.end, insert: `[${marker}]` }];
  // No checkbox: To do it already is (unless its tasks say Doing, refused above).
  if (state === 'todo') return [];
  const bullet = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text.slice(entry.start, entry.start + 16));
  if (!bullet) return `"${item.title}" is not a list item the note can give a task marker`;
  const at = entry.start + bullet[0].length;
  return [{ from: at, to: at, insert: `[${marker}] ` }];
}

/** A table row: its Status cell and its checkbox in step; a checkbox added for done when it has neither. */
function rowMove(text: string, found: Extract<FoundItem, { kind: 'row' }>, box: FoundCheckbox | null, item: MovedItem, state: State, rules: EditRules): Change[] | string {
  const { words } = rules;
  const changes: Change[] = [];
  const { roles } = planColumns(found.table.header.map((cell) => cell.text), words);
  const statusCell = roles.status !== undefined ? found.row.cells[roles.status] : undefined;
  if (box && box.checked !== (state === 'done')) changes.push(checkboxSplice(box, text.slice(box.start, box.end), state === 'done'));
  if (statusCell) {
    const values = found.table.rows.map((row) => row.cells[roles.status!]?.text.trim() ?? '').filter(Boolean);
    const safe = cellSafe(columnWord(state, values));
    if (!safe.ok) return safe.reason;
    const old = text.slice(statusCell.start, statusCell.end);
    // A word that already reads as the state stays (a blank cell reads as To do).
    if (itemState(null, old.trim() || null, { done: 0, total: 0 }) !== state) {
      if (!rules.replace && !readableStatus(old, values)) return `its Status cell says "${old.trim()}", which is not a status word; change it in the note, or replace it (CLI: --replace)`;
      const replacement = padLike(old, safe.text);
      if (replacement !== old) changes.push({ from: statusCell.start, to: statusCell.end, insert: replacement });
    }
    return changes;
  }
  if (state === 'doing' || state === 'cancelled') {
    // With tasks done it reads as Doing once unchecked (the uncheck is in `changes`);
    // anything else needs a Status column.
    if (state === 'doing' && item.progress.done > 0) return changes;
    return `"${item.title}" can only be To do or Done: add a Status column to its table to say ${STATE_NAMES[state]}`;
  }
  if (box || state === 'todo') return changes;
  // Neither checkbox nor Status cell: a Table Checkboxes checkbox, where the table keeps them.
  const tag = `<input type="checkbox" checked id="${freshId(text, rules.nextId)}">`;
  const checkCell = roles.check !== undefined ? found.row.cells[roles.check] : undefined;
  if (checkCell && !checkCell.text.trim()) {
    const old = text.slice(checkCell.start, checkCell.end);
    return [{ from: checkCell.start, to: checkCell.end, insert: padLike(old, tag) }];
  }
  const itemCell = roles.item !== undefined ? found.row.cells[roles.item] : undefined;
  if (!itemCell) return `"${item.title}" has no cell to hold a checkbox`;
  const at = itemCell.start + /^[ \t]*/.exec(text.slice(itemCell.start, itemCell.end))![0].length;
  return [{ from: at, to: at, insert: `${tag} ` }];
}

/** The word a Status column uses most for `state` (stateWords.ts); ties go to the first seen. */
export const columnWord = (state: State, values: readonly string[]): string => columnWordFor(state, values, cellState);

/** Whether a line still holds a title, ignoring emphasis and link brackets around it. */
export function sameTitle(text: string, line: number, title: string): boolean {
  const plain = (value: string) => value.replace(/[*_[\]`~]/g, '').replace(/\s+/g, ' ').toLowerCase();
  return plain(new LineMap(text).lineText(line)).includes(plain(title));
}


/**
 * A change computed on the text after `earlier` (all before it on the same line or
 * lines above), mapped back to the original text's offsets.
 */
function shiftBack(change: Change, earlier: readonly Change[]): Change {
  let delta = 0;
  for (const c of earlier) if (c.from <= change.from) delta += c.insert.length - (c.to - c.from);
  return { from: change.from - delta, to: change.to - delta, insert: change.insert };
}
