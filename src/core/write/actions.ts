import { addItem, addItemToGroup, groupAtLine } from '../edit/addItem';
import { addTask } from '../edit/addTask';
import { refAtCursor } from './cursor';
import { entryAt } from '../edit/describe';
import { locateCheckbox, type FoundCheckbox } from '../edit/locate';
import { isRecurring } from '../edit/recurring';
import { setItemDate, type DateField } from '../edit/setDate';
import { setItemState, sameTitle } from '../edit/setState';
import { setStatus } from '../edit/setStatus';
import type { Target } from '../edit/target';
import { toggleCheckbox } from '../edit/toggle';
import type { EditResult } from '../edit/types';
import { digestOf } from '../model/digest';
import { decodeRef } from '../model/ref';
import { markerName, STATE_NAMES } from '../model/stateWords';
import type { Item, State } from '../model/types';
import { extractNote } from '../parse/extract';
import { LineMap } from '../parse/lines';
import { tasksToggle } from './tasksToggle';
import type { WriteRules } from './rules';

/**
 * What a person asks for, from any door (SPEC §3, one write path). A door only builds one
 * of these from its event; resolveAction decides the bytes, the message and what the
 * undo entry says, the same for every door.
 */
export type Action =
  /** A checkbox by ref: toggled, or set done (`want: true`) or to do (`false`). Board, check-in, Reading view, Live Preview, CLI toggle. */
  | { kind: 'toggle'; path: string; ref: string; want?: boolean }
  /** The command at the cursor: the line's checkbox nearest `ch`. */
  | { kind: 'toggleAtCursor'; path: string; line: number; ch: number }
  /** An item to a state, with the smallest change its note can hold. `title` guards an item found by line alone. */
  | { kind: 'move'; target: Target; state: State; title?: string }
  | { kind: 'setStatus'; target: Target; status: string }
  | { kind: 'setDate'; target: Target; field: DateField; date: string; title?: string }
  | { kind: 'addTask'; target: Target; text: string }
  /** A new item at the end of the group whose heading, group row or item is on `line`. */
  | { kind: 'addItem'; path: string; line: number; title: string };

/** An action resolved against a note's text: the splices and the message, or why not. */
export type Resolved = (EditResult & { ok: true; note?: string }) | { ok: false; reason: string };

export const actionPath = (action: Action): string => ('target' in action ? action.target.path : action.path);

const NO_NEXT_OCCURRENCE = 'it repeats, but no next occurrence was created: the Tasks plugin makes one when checked in Obsidian';

/** Resolves an action on the note's text as it is now (inside the host's atomic write). */
export function resolveAction(text: string, action: Action, rules: WriteRules): Resolved {
  switch (action.kind) {
    case 'toggle':
      return toggle(text, action.path, action.ref, action.want, rules);
    case 'toggleAtCursor': {
      const ref = refAtCursor(text, action.path, action.line, action.ch, rules.statuses);
      return ref ? toggle(text, action.path, ref, undefined, rules) : { ok: false, reason: `line ${action.line} of ${action.path} has no checkbox` };
    }
    case 'move':
      return move(text, action.target, action.state, action.title, rules);
    case 'setDate':
      return setDate(text, action.target, action.field, action.date, action.title, rules);
    case 'setStatus':
      return status(text, action.target, action.status, rules);
    case 'addTask':
      return task(text, action.target, action.text, rules);
    case 'addItem':
      return item(text, action.path, action.line, action.title, rules);
  }
}

/** `Projects.md:9 "gVisor - foreverVM"`, or `Projects.md:19 "blog" (gVisor - foreverVM)` for a task. */
function placeName(text: string, path: string, place: { offset?: number; line: number }, rules: WriteRules): string {
  const entry = entryAt(text, path, place, rules.words);
  const where = `${path}:${place.line}`;
  return entry ? `${where} "${entry.title}"${entry.item ? ` (${entry.item})` : ''}` : where;
}

const named = (result: EditResult, message: string, note?: string): Resolved => (result.ok ? { ...result, message, ...(note ? { note } : {}) } : result);

function toggle(text: string, path: string, ref: string, want: boolean | undefined, rules: WriteRules): Resolved {
  const data = decodeRef(ref);
  const located = data ? locateCheckbox(text, data) : null;
  if (!located?.ok) return toggleCheckbox(text, ref, want, rules);
  const box = located.box;
  const from = box.kind === 'gfm' ? markerName(box.status) : box.checked ? 'checked' : 'unchecked';
  // An open task being checked (to a done-type status) may repeat.
  const checking = rules.statuses.of(box.status).state !== 'done' && (want ?? rules.statuses.of(rules.statuses.of(box.status).next).state === 'done');
  const recurring = checking ? recurringCheck(text, box, path, ref, rules) : null;
  const result = recurring ?? toggleCheckbox(text, ref, want, rules);
  const note = recurring?.ok ? recurring.note : undefined;
  if (!result.ok) return result;
  const name = placeName(text, path, { offset: box.start, line: box.line }, rules);
  if (!result.changes.length) return named(result, `${name}: already ${from}`);
  // Through Tasks the task's line holds its next occurrence; the task itself was checked.
  const to = recurring ? markerName('x') : box.kind === 'gfm' ? markerName(result.text.slice(box.start + 1, box.start + 2)) : from === 'checked' ? 'unchecked' : 'checked';
  return named(result, `${name}: ${from} → ${to}`, note);
}

/**
 * A recurring list task being checked (SPEC §3, the Tasks API): through the Tasks
 * plugin where it is loaded, which writes the next occurrence; else checked plainly, with
 * a note that none was made. Null for any other checkbox (a 🔁 in a table row included:
 * Tasks does not read tasks there).
 */
function recurringCheck(text: string, box: FoundCheckbox, path: string, ref: string, rules: WriteRules): Resolved | null {
  const line = new LineMap(text).lineText(box.line);
  if (box.kind !== 'gfm' || !isRecurring(line) || !isListTask(line)) return null;
  if (rules.tasksToggle) return tasksToggle(text, box, path, rules);
  const plain = toggleCheckbox(text, ref, true, rules);
  return plain.ok ? { ...plain, note: NO_NEXT_OCCURRENCE } : plain;
}

const isListTask = (line: string) => /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/.test(line);

/** The item a target names in the note's text as it is now: by its checkbox's line, or by its line. */
function itemAt(text: string, target: Target, rules: WriteRules): Item | null {
  let line: number;
  if ('ref' in target) {
    const data = decodeRef(target.ref);
    const located = data ? locateCheckbox(text, data) : null;
    if (!located?.ok) return null;
    line = located.box.line;
  } else line = target.line;
  const items = digestOf(extractNote(target.path, text), rules.words, rules.statuses).groups.flatMap((g) => g.items);
  return items.find((item) => item.line === line) ?? null;
}

function notAnItem(text: string, target: Target, what: string): Resolved {
  if ('ref' in target) {
    const data = decodeRef(target.ref);
    const located = data ? locateCheckbox(text, data) : null;
    if (!located || !located.ok) return { ok: false, reason: located && !located.ok ? located.reason : 'this is not a checkbox reference' };
    return { ok: false, reason: `this checkbox is not an item's${what}` };
  }
  return { ok: false, reason: `line ${target.line} of ${target.path} is not an item's${what}` };
}

/** An item found by line alone must still be the one the door showed. */
function stillThere(text: string, target: Target, item: Item, title: string | undefined): Resolved | null {
  if ('ref' in target || title === undefined || sameTitle(text, item.line, title)) return null;
  return { ok: false, reason: `line ${target.line} of ${target.path} is no longer "${title}" (the note changed)` };
}

function move(text: string, target: Target, state: State, title: string | undefined, rules: WriteRules): Resolved {
  const found = itemAt(text, target, rules);
  if (!found) {
    if (title !== undefined && 'line' in target) return { ok: false, reason: `line ${target.line} of ${target.path} is no longer "${title}" (the note changed)` };
    return notAnItem(text, target, ' (a task moves with toggle)');
  }
  const moved = stillThere(text, target, found, title);
  if (moved) return moved;
  const where = `${target.path}:${found.line} "${found.title}"`;
  // Done for an open recurring task is its check: through Tasks, as a toggle is.
  const data = found.ref && state === 'done' && found.state !== 'done' ? decodeRef(found.ref) : null;
  const located = data ? locateCheckbox(text, data) : null;
  const recurring = located?.ok ? recurringCheck(text, located.box, target.path, found.ref!, rules) : null;
  if (recurring) return recurring.ok ? { ...recurring, message: `${where}: ${STATE_NAMES[found.state]} → ${STATE_NAMES[state]}` } : recurring;
  const result = setItemState(text, found, state, rules);
  if (result.ok && !result.changes.length) return named(result, `${where}: already ${STATE_NAMES[state]}`);
  return named(result, `${where}: ${STATE_NAMES[found.state]} → ${STATE_NAMES[state]}`);
}

function setDate(text: string, target: Target, field: DateField, date: string, title: string | undefined, rules: WriteRules): Resolved {
  const found = itemAt(text, target, rules);
  if (!found) return notAnItem(text, target, '');
  const moved = stillThere(text, target, found, title);
  if (moved) return moved;
  const result = setItemDate(text, found, field, date, rules);
  const where = `${target.path}:${found.line} "${found.title}"`;
  if (result.ok && !result.changes.length) return named(result, `${where}: ${field} already ${date}`);
  return named(result, `${where}: ${field} ${found[field] ?? 'none'} → ${date}`);
}

function status(text: string, target: Target, value: string, rules: WriteRules): Resolved {
  const result = setStatus(text, target, value, rules);
  if (!result.ok) return result;
  const cell = result.changes[result.changes.length - 1];
  const line = new LineMap(text).lineOf(cell?.from ?? 0);
  const name = placeName(text, target.path, { line: 'line' in target ? target.line : line }, rules);
  if (!result.changes.length) return named(result, `${name}: Status is already "${value.trim()}"`);
  return named(result, `${name}: Status "${text.slice(cell.from, cell.to).trim()}" → "${cell.insert.trim()}"`);
}

function task(text: string, target: Target, value: string, rules: WriteRules): Resolved {
  const result = addTask(text, target, value, rules);
  if (!result.ok) return result;
  const [change] = result.changes;
  let under: { offset?: number; line: number } | null = 'line' in target ? { line: target.line } : null;
  if ('ref' in target) {
    const located = locateCheckbox(text, decodeRef(target.ref)!);
    if (located.ok) under = { offset: located.box.start, line: located.box.line };
  }
  const item = under ? entryAt(text, target.path, under, rules.words) : null;
  // The new task's line: where its checkbox landed in the new text.
  const mark = Math.max(change.insert.indexOf('<input'), change.insert.indexOf('[ ]'));
  const line = new LineMap(result.text).lineOf(change.from + Math.max(0, mark));
  return named(result, `${target.path}:${line} "${value.trim()}" added${item ? ` under "${item.title}"` : ''}`);
}

function item(text: string, path: string, line: number, title: string, rules: WriteRules): Resolved {
  const group = groupAtLine(text, path, line, rules);
  const result = group ? addItemToGroup(text, path, group, title.trim(), rules) : addItem(text, path, line, title.trim(), rules);
  if (!result.ok || !group) return result;
  const [change] = result.changes;
  const at = new LineMap(result.text).lineOf(change.from + change.insert.length);
  return named(result, `${path}:${at} "${title.trim()}": added to ${group.title}`);
}
