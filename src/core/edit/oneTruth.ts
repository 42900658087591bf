import { planColumns, type RoleWords } from '../model/columns';
import { columnWordFor, readableStatus, statusWordStateOrTodo } from '../model/stateWords';
import { itemState } from '../model/state';
import { rowCheckboxes } from '../model/tables';
import { extractNote } from '../parse/extract';
import { LineMap } from '../parse/lines';
import type { TableBlock } from '../parse/types';
import { cellSafe } from './cellText';
import { checkboxSplice } from './checkboxSplice';
import type { FoundCheckbox } from './locate';
import { padLike } from './cellText';
import type { Change } from './types';

/**
 * One truth per item (SPEC §3): the row around a checkbox, read from the table that holds
 * it (only that table is parsed), with its Status cell, and whether the checkbox is the
 * row's own (a task's checkbox leaves the Status alone). Offsets are the note's.
 */
interface RowAround {
  statusCell: { start: number; end: number } | null;
  statusValues: string[];
  own: FoundCheckbox | null;
}

function rowAround(text: string, line: number, words: RoleWords): RowAround | null {
  const lines = new LineMap(text);
  const isRow = (n: number) => /^\s*\|/.test(lines.lineText(n));
  if (!isRow(line)) return null;
  let first = line;
  let last = line;
  while (first > 1 && isRow(first - 1)) first--;
  while (last < lines.lineCount && isRow(last + 1)) last++;
  const from = lines.starts[first - 1];
  const to = last < lines.lineCount ? lines.starts[last] : text.length;
  // The table alone is parsed; its offsets and lines are moved back to the note's.
  const table = extractNote('row.md', text.slice(from, to)).blocks.find((block): block is TableBlock => block.type === 'table');
  const row = table?.rows.find((r) => r.line === line - first + 1);
  if (!table || !row) return null;
  const { roles } = planColumns(table.header.map((cell) => cell.text), words);
  const { own } = rowCheckboxes(row, table.header.length, roles);
  const cell = roles.status !== undefined ? row.cells[roles.status] : undefined;
  const statusValues = roles.status !== undefined ? table.rows.map((r) => r.cells[roles.status!]?.text.trim() ?? '').filter(Boolean) : [];
  return {
    statusCell: cell ? { start: cell.start + from, end: cell.end + from } : null,
    statusValues,
    own: own ? { kind: own.kind, start: own.start + from, end: own.end + from, checked: own.checked, status: own.status, id: own.id, line: own.line + first - 1 } : null,
  };
}

/**
 * The Status cell's change that goes with setting a row's own checkbox: the done word
 * the column already uses (else "Done") when checked, its to-do word (else "To do") when
 * unchecked; null when the row has no Status cell, the checkbox is a task's, or the cell
 * already says it.
 */
export function statusWithCheckbox(text: string, box: Pick<FoundCheckbox, 'start' | 'line'>, done: boolean, words: RoleWords): Change | null {
  const around = rowAround(text, box.line, words);
  if (!around?.statusCell || around.own?.start !== box.start) return null;
  const old = text.slice(around.statusCell.start, around.statusCell.end);
  // Words it cannot read stay: a toggle never replaces what a person wrote (SPEC §3).
  if (!readableStatus(old, around.statusValues)) return null;
  const now = statusWordStateOrTodo(old.trim() || null) ?? 'todo';
  if (done ? now === 'done' : now === 'todo') return null;
  const safe = cellSafe(columnWordFor(done ? 'done' : 'todo', around.statusValues, cellState));
  if (!safe.ok) return null;
  return { from: around.statusCell.start, to: around.statusCell.end, insert: padLike(old, safe.text) };
}

/** The state a Status cell's words give an item without a checkbox or tasks (a blank or unknown word: To do). */
export const cellState = (value: string) => itemState(null, value.trim() || null, { done: 0, total: 0 });

/**
 * The checkbox change that goes with a Status cell now saying done or to do: the row's
 * own checkbox checked or cleared; null when the word says neither, or it already agrees.
 */
export function checkboxWithStatus(text: string, line: number, status: string, words: RoleWords): Change | null {
  const state = statusWordStateOrTodo(status);
  if (state !== 'done' && state !== 'todo') return null;
  const own = rowAround(text, line, words)?.own;
  if (!own || own.checked === (state === 'done')) return null;
  return checkboxSplice(own, text.slice(own.start, own.end), state === 'done');
}
