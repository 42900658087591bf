import { LineMap } from '../parse/lines';
import type { FoundCheckbox } from './locate';
import type { Change } from './types';

/**
 * The done date (SPEC §3): checking a task stamps ` ✅ YYYY-MM-DD` at the end of its
 * line (before a trailing block id), unchecking removes the stamp it finds, so two
 * toggles give the line back. Only task markers carry one (the Tasks plugin's format).
 */
export function doneDateChange(text: string, box: Pick<FoundCheckbox, 'kind' | 'line'>, nowDone: boolean, today: string): Change | null {
  if (box.kind !== 'gfm') return null;
  const lines = new LineMap(text);
  const start = lines.starts[box.line - 1];
  const line = lines.lineText(box.line).replace(/\r$/, '');
  const stamp = STAMP.exec(line);
  if (!nowDone) return stamp ? { from: start + stamp.index, to: start + stamp.index + stamp[0].length, insert: '' } : null;
  if (stamp || /✅/u.test(line)) return null;
  const end = line.replace(/[ \t]+$/, '').length;
  const blockId = /[ \t]\^[A-Za-z0-9-]+$/.exec(line.slice(0, end));
  const at = start + (blockId ? blockId.index : end);
  return { from: at, to: at, insert: ` ✅ ${today}` };
}

const STAMP = / ✅\uFE0F? ?\d{4}-\d{2}-\d{2}/u;

/** Whether a note writes the Tasks plugin's emoji dates: then its tasks get done dates too. */
export function usesTasksEmoji(text: string): boolean {
  return /(?:📅|⏳|🛫|✅|➕|❌)\uFE0F?\s*\d{4}-\d{2}-\d{2}/u.test(text);
}
