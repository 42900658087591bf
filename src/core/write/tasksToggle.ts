import type { FoundCheckbox } from '../edit/locate';
import { landed, refuse, type EditResult } from '../edit/types';
import { LineMap } from '../parse/lines';
import type { WriteRules } from './rules';

/**
 * A recurring list task checked through the Tasks plugin's API (SPEC §3, the Tasks API):
 * `executeToggleTaskDoneCommand(line, path)` answers the lines that replace the task's.
 * Its answer is written only when it is that task done — the same indent, bullet and
 * text, a done-type status — plus at most one more task line (the next occurrence),
 * with only the bytes that differ spliced and the note's line break kept. Anything else
 * (Tasks read the line as something else, or changed what it should not) is refused.
 */
export function tasksToggle(text: string, box: FoundCheckbox, path: string, rules: WriteRules): EditResult {
  const lines = new LineMap(text);
  const start = lines.starts[box.line - 1];
  const old = lines.lineText(box.line).replace(/\r$/, '');
  let answer: unknown;
  try {
    answer = rules.tasksToggle!(old, path);
  } catch (error) {
    return refuse(`the Tasks plugin could not complete it (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof answer !== 'string' || !answer.trim()) return refuse('the Tasks plugin gave nothing back for this task');
  const answered = answer.replace(/\r?\n$/, '').split(/\r?\n/);
  const why = checkAnswer(old, answered, rules);
  if (why) return refuse(`the Tasks plugin answered with something other than this task done (${why}), so nothing was written`);
  const crlf = text.slice(start + old.length, start + old.length + 2) === '\r\n' || (!text.includes('\n', start) && text.includes('\r\n'));
  const next = answered.join(crlf ? '\r\n' : '\n');
  // The smallest splice: what the old line and the new text share at both ends stays.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return landed(text, [{ from: start + head, to: start + old.length - tail, insert: next.slice(head, next.length - tail) }], 'checked through the Tasks plugin');
}

const TASK = /^([ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[([^\]])\](.*)$/;
/** A task's words without the dates and signs Tasks adds or moves on completion. */
const core = (rest: string) => rest.replace(/(?:✅|❌|📅|📆|🗓|⏳|🛫|➕)\uFE0F?\s*\d{4}-\d{2}-\d{2}|\[(?:completion|cancelled|due|scheduled|start|created):: ?[^\]]*\]/gu, '').replace(/\s+/g, ' ').trim();

function checkAnswer(old: string, answered: string[], rules: WriteRules): string | null {
  const original = TASK.exec(old);
  if (!original) return 'the line is not a task';
  if (answered.length > 2) return `${answered.length} lines`;
  const parsed = answered.map((line) => TASK.exec(line));
  const doneAt = parsed.findIndex((m) => m && m[1] === original[1] && rules.statuses.of(m[2]).state === 'done' && core(m[3]) === core(original[3]));
  if (doneAt === -1) return `no line is "${core(original[3])}" done`;
  const other = parsed[1 - doneAt];
  if (answered.length === 2 && (!other || other[1] !== original[1] || rules.statuses.of(other[2]).state === 'done')) return 'its other line is not the next occurrence';
  return null;
}
