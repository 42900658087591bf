import { DATED_SIGNS } from '../model/inlineFields';
import type { State } from '../model/types';
import { LineMap } from '../parse/lines';
import { CANCELLED_STAMP, DONE_STAMP } from '../parse/stamps';
import type { StampRules } from '../write/rules';
import type { Change } from './types';

/**
 * Done and cancelled dates (SPEC §3, done date details): a task checked gets
 * ` ✅ YYYY-MM-DD` (`[completion:: YYYY-MM-DD]` where Tasks writes Dataview fields) at
 * the end of its line, before a trailing block id; cancelling gets ` ❌ …` where Tasks'
 * setCancelledDate is on; leaving the state removes the stamp found, so two toggles give
 * the line back. Only a list item's task line carries one: Tasks does not read tasks in
 * table cells, and a stamp there would land after the row's last pipe. A line outside
 * Tasks' global filter is not a task to Tasks and gets none.
 */
export function stampChanges(text: string, line: number, from: State, to: State, rules: StampRules, today: string): Change[] {
  if (from === to || rules.done === 'never') return [];
  const lines = new LineMap(text);
  const start = lines.starts[line - 1];
  const lineText = lines.lineText(line).replace(/\r$/, '');
  if (!LIST_TASK.test(lineText)) return [];
  if (rules.globalFilter && !lineText.includes(rules.globalFilter)) return [];
  const changes: Change[] = [];
  const leaving = from === 'done' ? DONE_STAMP : from === 'cancelled' ? CANCELLED_STAMP : null;
  const found = leaving?.exec(lineText);
  if (found) changes.push({ from: start + found.index, to: start + found.index + found[0].length, insert: '' });
  const kind = to === 'done' ? 'done' : to === 'cancelled' && rules.cancelled ? 'cancelled' : null;
  if (!kind) return changes;
  if (rules.done === 'notes' && !usesTasksDates(text)) return changes;
  if ((kind === 'done' ? DONE_STAMP : CANCELLED_STAMP).test(lineText) || (kind === 'done' ? /✅/u : /❌/u).test(lineText)) return changes;
  const end = lineText.replace(/[ \t]+$/, '').length;
  const blockId = /[ \t]\^[A-Za-z0-9-]+$/.exec(lineText.slice(0, end));
  const at = start + (blockId ? blockId.index : end);
  const stamp = rules.format === 'dataview' ? `[${kind === 'done' ? 'completion' : 'cancelled'}:: ${today}]` : `${kind === 'done' ? '✅' : '❌'} ${today}`;
  changes.push({ from: at, to: at, insert: ` ${stamp}` });
  return changes;
}

/** A list item's task line: bullet or number, then a task marker (inside quotes too). */
const LIST_TASK = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/;

const TASKS_DATES = new RegExp(`(?:${DATED_SIGNS})\\uFE0F?\\s*\\d{4}-\\d{2}-\\d{2}|\\[(?:due|scheduled|start|completion|created|cancelled):: ?\\d{4}-\\d{2}-\\d{2}\\]`, 'u');

/** Whether a note writes the Tasks plugin's dates (emoji or Dataview fields): then its tasks get done dates too. */
export function usesTasksDates(text: string): boolean {
  return TASKS_DATES.test(text);
}

