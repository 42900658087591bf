import { decodeRef } from '../model/ref';
import { LineMap } from '../parse/lines';
import { locateCheckbox } from './locate';
import { landed, refuse, type EditResult } from './types';

/** Whether a task line repeats (the Tasks plugin's `🔁 every …`). */
export const isRecurring = (line: string): boolean => /🔁/u.test(line);

/** Whether a ref names an open recurring task in the text as it is now (checking it makes a next occurrence). */
export function isOpenRecurring(text: string, ref: string): boolean {
  const data = decodeRef(ref);
  const located = data ? locateCheckbox(text, data) : null;
  if (!located?.ok || located.box.kind !== 'gfm' || located.box.status === 'x' || located.box.status === 'X') return false;
  return isRecurring(new LineMap(text).lineText(located.box.line));
}

/**
 * Checks a recurring task through the Tasks plugin (SPEC §3): `nextLines` is its API's
 * `executeToggleTaskDoneCommand`, given the task's line and answering the lines that
 * replace it (the done task, and the next occurrence it makes). The line is found as
 * every toggle finds its checkbox (the stale guard), and only the bytes that differ are
 * spliced: the note's line break is kept between the lines Tasks returns.
 */
export function recurringToggle(text: string, ref: string, nextLines: (line: string) => string): EditResult {
  const data = decodeRef(ref);
  if (!data) return refuse('this is not a checkbox reference');
  const located = locateCheckbox(text, data);
  if (!located.ok) return refuse(located.reason);
  if (located.box.kind !== 'gfm') return refuse('only a task marker can repeat');
  const lines = new LineMap(text);
  const start = lines.starts[located.box.line - 1];
  const old = lines.lineText(located.box.line).replace(/\r$/, '');
  let answer: string;
  try {
    answer = nextLines(old);
  } catch (error) {
    return refuse(`the Tasks plugin could not complete it (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof answer !== 'string' || !answer.trim() || answer === old) return refuse('the Tasks plugin gave nothing back for this task');
  const eol = text.slice(start + old.length, start + old.length + 2) === '\r\n' || (!text.includes('\n', start) && text.includes('\r\n')) ? '\r\n' : '\n';
  const next = answer.replace(/\r?\n$/, '').split(/\r?\n/).join(eol);
  // The smallest splice: what the old line and the new text share at both ends stays.
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < next.length - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return landed(text, [{ from: start + head, to: start + old.length - tail, insert: next.slice(head, next.length - tail) }], 'checked through the Tasks plugin');
}
