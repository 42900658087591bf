import { addItem, addItemToGroup, groupAtLine } from '../core/edit/addItem';
import { addTask } from '../core/edit/addTask';
import { setItemDate, type DateField } from '../core/edit/setDate';
import { isOpenRecurring } from '../core/edit/recurring';
import { parseDatePhrase } from '../core/parse/dates';
import { entryAt } from '../core/edit/describe';
import { locateCheckbox, type FoundCheckbox } from '../core/edit/locate';
import { setItemState, STATE_NAMES } from '../core/edit/setState';
import { setStatus } from '../core/edit/setStatus';
import { roleWords } from '../core/model/columns';
import { digestOf } from '../core/model/digest';
import type { Item, State } from '../core/model/types';
import { extractNote } from '../core/parse/extract';
import { readTarget, type Target } from '../core/edit/target';
import { statusWord, toggleCheckbox } from '../core/edit/toggle';
import type { StatusTable } from '../core/model/statuses';
import type { Change, EditResult } from '../core/edit/types';
import { undoEdit, undoEntryFor, type UndoEntry } from '../core/edit/undo';
import { decodeRef } from '../core/model/ref';
import { LineMap } from '../core/parse/lines';
import { UsageError } from './args';
import type { FsVault } from './fsVault';
import type { VaultTargets } from './targets';
import { readUndoLog, writeUndoLog } from './stateFiles';

/** A write that was refused: exit 1 with its one-line reason, nothing written. */
export class Refusal extends Error {}

/** What every write command needs: the vault, its targets, and where its undo log lives. */
export interface EditContext {
  vault: FsVault;
  targets: VaultTargets;
  undoFile: string;
  undoDepth: number;
  /** What each task status character means (the Tasks plugin's settings where installed). */
  statuses: StatusTable;
  /** Today (`--today` or the local date): a task checked in a note with Tasks' dates gets ✅ today. */
  today: string;
  /** The Tasks plugin is enabled and sets done dates: every checked task gets one. */
  tasksDoneDates: boolean;
}

interface Applied {
  before: string;
  after: string;
  change: Change;
}

/**
 * Runs one edit on one note through the vault's atomic write. The edit is computed on
 * the text as it is at write time, so the stale guard sees the real current bytes.
 * Null when the note already was as asked (nothing written).
 */
async function applyEdit(ctx: EditContext, path: string, edit: (text: string) => EditResult): Promise<Applied | null> {
  let result: EditResult | null = null;
  let before = '';
  await ctx.vault.process(path, (text) => {
    before = text;
    result = edit(text);
    if (!result.ok) throw new Refusal(`${result.reason}; nothing was changed`);
    return result.text;
  });
  const done = result as EditResult | null;
  if (!done || !done.ok) throw new Refusal('nothing was changed');
  if (!done.changes.length) return null;
  return { before, after: done.text, change: oneChange(before, done.text, done.changes) };
}

/**
 * The changes of one edit as one splice from the first changed byte to the last (a move
 * writes a row's checkbox and Status cell): one undo entry restores both.
 */
function oneChange(before: string, after: string, changes: readonly Change[]): Change {
  if (changes.length === 1) return changes[0];
  const from = Math.min(...changes.map((c) => c.from));
  const to = Math.max(...changes.map((c) => c.to));
  const grown = changes.reduce((sum, c) => sum + c.insert.length - (c.to - c.from), 0);
  return { from, to, insert: after.slice(from, to + grown) };
}

const STATES: readonly State[] = ['todo', 'doing', 'done', 'cancelled'];

/** `roadmap move`: an item to a state, with the smallest change its note can hold. */
export async function moveCommand(ctx: EditContext, targetText: string | undefined, stateText: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'move');
  const state = STATES.find((s) => s === stateText?.trim().toLowerCase().replace(/^to ?do$/, 'todo'));
  if (!state) throw new UsageError(`move needs the new state: todo, doing, done or cancelled (got ${stateText === undefined ? 'nothing' : `"${stateText}"`})`);
  let moved: Item | null = null;
  const applied = await applyEdit(ctx, target.path, (text) => {
    moved = itemAtTarget(text, target, ctx.statuses);
    if (!moved) return { ok: false, reason: `${'ref' in target ? 'this checkbox' : `line ${target.line} of ${target.path}`} is not an item's (a task moves with toggle)` };
    return setItemState(text, moved, state, roleWords(), { doneDate: { today: ctx.today, always: ctx.tasksDoneDates } });
  });
  const item = moved as Item | null;
  if (!item) throw new Refusal('nothing was changed');
  const where = `${target.path}:${item.line} "${item.title}"`;
  if (!applied) return `${where}: already ${STATE_NAMES[state]}; nothing was changed`;
  const message = `${where}: ${STATE_NAMES[item.state]} → ${STATE_NAMES[state]}`;
  await remember(ctx, target.path, applied, message);
  return message;
}

/** `roadmap set-due` / `set-start`: an item's date, where and how the item keeps it. */
export async function setDateCommand(ctx: EditContext, field: DateField, targetText: string | undefined, dateText: string | undefined): Promise<string> {
  const command = field === 'due' ? 'set-due' : 'set-start';
  const target = await ctx.targets.item(targetText, command);
  const date = dateText?.trim().toLowerCase() === 'today' ? ctx.today : parseDatePhrase(dateText ?? '');
  if (!date) throw new UsageError(`${command} needs a date: YYYY-MM-DD, YYYY/MM/DD, Qn YYYY, Mon YYYY, YYYY-Www or today (got ${dateText === undefined ? 'nothing' : `"${dateText}"`})`);
  let item: Item | null = null;
  const applied = await applyEdit(ctx, target.path, (text) => {
    item = itemAtTarget(text, target, ctx.statuses);
    if (!item) return { ok: false, reason: `${'ref' in target ? 'this checkbox' : `line ${target.line} of ${target.path}`} is not an item's` };
    return setItemDate(text, item, field, date);
  });
  const found = item as Item | null;
  if (!found) throw new Refusal('nothing was changed');
  const where = `${target.path}:${found.line} "${found.title}"`;
  const old = found[field];
  if (!applied) return `${where}: ${field} already ${date}; nothing was changed`;
  const message = `${where}: ${field} ${old ?? 'none'} → ${date}`;
  await remember(ctx, target.path, applied, message);
  return message;
}

/** `roadmap add-item`: a new item at the end of a group, in the group's own form. */
export async function addItemCommand(ctx: EditContext, groupText: string | undefined, title: string | undefined): Promise<string> {
  const place = groupText ? readTarget(groupText) : null;
  if (!place || place.kind !== 'line' || place.n !== null) throw new UsageError('add-item needs the group as path:line (its heading or group row, or one of its items), then the text');
  if (!title?.trim()) throw new UsageError('add-item needs the text of the new item');
  const path = await ctx.targets.notePath(place.path);
  let group = '';
  const applied = await applyEdit(ctx, path, (text) => {
    const found = groupAtLine(text, path, place.line, { statuses: ctx.statuses });
    if (!found) return addItem(text, path, place.line, title.trim(), { statuses: ctx.statuses });
    group = found.title;
    return addItemToGroup(text, path, found, title.trim(), { statuses: ctx.statuses });
  });
  if (!applied) throw new Refusal('nothing was changed');
  const line = lineOf(applied.after, applied.change.from + applied.change.insert.length);
  const message = `${path}:${line} "${title.trim()}": added to ${group}`;
  await remember(ctx, path, applied, message);
  return message;
}

/** The item a target names in a note's text as it is now: by its checkbox's line, or by its line. */
function itemAtTarget(text: string, target: Target, statuses: StatusTable): Item | null {
  let line: number;
  if ('ref' in target) {
    const located = locateCheckbox(text, decodeRef(target.ref)!);
    if (!located.ok) return null;
    line = located.box.line;
  } else line = target.line;
  const items = digestOf(extractNote(target.path, text), roleWords(), statuses).groups.flatMap((g) => g.items);
  return items.find((item) => item.line === line) ?? null;
}

/** Records an applied edit for undo, under the message the person saw. */
async function remember(ctx: EditContext, path: string, applied: Applied, message: string): Promise<void> {
  const log = await readUndoLog(ctx.undoFile, ctx.undoDepth);
  log.push(undoEntryFor(path, applied.before, applied.change, message));
  await writeUndoLog(ctx.undoFile, log);
}

/** `Projects.md:9 "gVisor - foreverVM"`, or `"blog" (gVisor - foreverVM)` for a task. */
function placeName(text: string, path: string, place: { offset?: number; line: number }): string {
  const entry = entryAt(text, path, place);
  const where = `${path}:${place.line}`;
  if (!entry) return where;
  return `${where} "${entry.title}"${entry.item ? ` (${entry.item})` : ''}`;
}

const lineOf = (text: string, offset: number) => new LineMap(text).lineOf(offset);

export async function toggleCommand(ctx: EditContext, targetText: string | undefined): Promise<string> {
  const { path, ref } = await ctx.targets.checkbox(targetText, 'toggle');
  let found: FoundCheckbox | null = null;
  const applied = await applyEdit(ctx, path, (text) => {
    const located = locateCheckbox(text, decodeRef(ref)!);
    if (located.ok) found = located.box;
    return toggleCheckbox(text, ref, undefined, ctx.statuses, roleWords(), { today: ctx.today, always: ctx.tasksDoneDates });
  });
  const box = found as FoundCheckbox | null;
  if (!applied || !box) throw new Refusal('nothing was changed');
  const [from, to] = box.kind === 'gfm' ? [statusWord(box.status), statusWord(applied.change.insert[1])] : box.checked ? ['checked', 'unchecked'] : ['unchecked', 'checked'];
  const message = `${placeName(applied.before, path, { offset: box.start, line: box.line })}: ${from} → ${to}`;
  await remember(ctx, path, applied, message);
  // SPEC §3: a recurring task checked without the Tasks plugin gets no next occurrence; say so.
  const repeats = box.kind === 'gfm' && ctx.statuses.of(applied.change.insert[1]).state === 'done' && isOpenRecurring(applied.before, ref);
  return repeats ? `${message} (it repeats, but no next occurrence was created: the Tasks plugin makes one when checked in Obsidian)` : message;
}

export async function setStatusCommand(ctx: EditContext, targetText: string | undefined, status: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'set-status');
  if (status === undefined) throw new UsageError('set-status needs the new status text, e.g. roadmap set-status . Projects.md:9 "In progress"');
  const applied = await applyEdit(ctx, target.path, (text) => setStatus(text, target, status));
  if (!applied) return `${await nameOfTarget(ctx, target)}: Status is already "${status.trim()}"; nothing was changed`;
  const line = lineOf(applied.before, applied.change.from);
  const old = applied.before.slice(applied.change.from, applied.change.to).trim();
  const message = `${placeName(applied.before, target.path, { line })}: Status "${old}" → "${applied.change.insert.trim()}"`;
  await remember(ctx, target.path, applied, message);
  return message;
}

export async function addTaskCommand(ctx: EditContext, targetText: string | undefined, task: string | undefined): Promise<string> {
  const target = await ctx.targets.item(targetText, 'add-task');
  if (task === undefined) throw new UsageError('add-task needs the task text, e.g. roadmap add-task . Projects.md:9 "Write the post"');
  const applied = await applyEdit(ctx, target.path, (text) => addTask(text, target, task));
  if (!applied) throw new Refusal('nothing was changed');
  const { change } = applied;
  const under = 'line' in target ? { line: target.line } : located(applied.before, target.ref);
  const item = under ? entryAt(applied.before, target.path, under) : null;
  // The new task's line: where its checkbox landed in the new text.
  const mark = Math.max(change.insert.indexOf('<input'), change.insert.indexOf('[ ]'));
  const line = lineOf(applied.after, change.from + Math.max(0, mark));
  const message = `${target.path}:${line} "${task.trim()}" added${item ? ` under "${item.title}"` : ''}`;
  await remember(ctx, target.path, applied, message);
  return message;
}

/** Where a ref's checkbox is in a text: its offset and line; null when it cannot be found. */
function located(text: string, ref: string): { offset: number; line: number } | null {
  const found = locateCheckbox(text, decodeRef(ref)!);
  return found.ok ? { offset: found.box.start, line: found.box.line } : null;
}

async function nameOfTarget(ctx: EditContext, target: Target): Promise<string> {
  const text = await ctx.vault.read(target.path);
  const place = 'line' in target ? { line: target.line } : located(text, target.ref);
  return place ? placeName(text, target.path, place) : target.path;
}

/** The undo log newest first, numbered from 1, each marked when it can no longer be undone. */
export async function undoListCommand(ctx: EditContext): Promise<string> {
  const log = await readUndoLog(ctx.undoFile, ctx.undoDepth);
  if (!log.entries.length) return 'nothing to undo';
  const lines: string[] = [];
  const newestFirst = [...log.entries].reverse();
  for (const [i, entry] of newestFirst.entries()) {
    const blocked = await whyNot(ctx, entry);
    lines.push(`${i + 1}. ${entry.message}${blocked ? `  (cannot be undone: ${blocked})` : ''}`);
  }
  return lines.join('\n');
}

async function whyNot(ctx: EditContext, entry: UndoEntry): Promise<string | null> {
  if (!(await ctx.vault.exists(entry.path))) return `${entry.path} no longer exists`;
  return undoEdit(await ctx.vault.read(entry.path), entry).ok ? null : 'the note changed there since';
}

/**
 * Undoes the n-th change of `undo --list` (1, the last, by default). It leaves the log
 * when undone, and also when it can no longer be undone: the note changed there, so it
 * never will be, and the older changes stay within reach by their numbers.
 */
export async function undoCommand(ctx: EditContext, numberText: string | undefined): Promise<string> {
  const log = await readUndoLog(ctx.undoFile, ctx.undoDepth);
  if (!log.entries.length) throw new Refusal('there is nothing to undo');
  const n = numberText === undefined ? 1 : /^\d+$/.test(numberText) ? Number(numberText) : NaN;
  if (!(n >= 1 && n <= log.entries.length)) {
    throw new UsageError(`undo takes the number of a change from "roadmap undo --list" (1 to ${log.entries.length}), not "${numberText}"`);
  }
  const index = log.entries.length - n;
  const [entry] = log.entries.splice(index, 1);
  await writeUndoLog(ctx.undoFile, log);
  const blocked = await whyNot(ctx, entry);
  if (blocked) {
    const older = log.entries.length - (n - 1);
    const hint = older > 0 ? `; ${older} older change${older === 1 ? ' is' : 's are'} listed by roadmap undo --list` : '';
    throw new Refusal(`cannot undo ${entry.message}: ${blocked}, so it was taken off the list; nothing was changed${hint}`);
  }
  await applyEdit(ctx, entry.path, (text) => undoEdit(text, entry));
  return `undone: ${entry.message}`;
}
