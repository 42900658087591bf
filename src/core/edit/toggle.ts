import { decodeRef } from '../model/ref';
import { DEFAULT_STATUSES, type StatusTable } from '../model/statuses';
import { locateCheckbox, type FoundCheckbox } from './locate';
import { checkboxSplice } from './checkboxSplice';
import { statusWithCheckbox } from './oneTruth';
import { doneDateChange, usesTasksEmoji } from './doneDate';
import type { RoleWords } from '../model/columns';
import { landed, refuse, type Change, type EditResult } from './types';

/**
 * Toggles the checkbox a ref names (SPEC §3). A task marker goes to its status's next
 * one (`[ ]` → `[x]` → `[ ]`, `[/]` → `[x]`, the Tasks plugin's settings where
 * installed); an HTML checkbox flips (htmlToggle.ts). With `want` the checkbox is set
 * done (true) or to do (false) instead — a no-op when it already is. Given the column
 * words, a table row's own checkbox takes its Status cell along (oneTruth.ts).
 */
export function toggleCheckbox(text: string, ref: string, want?: boolean, statuses: StatusTable = DEFAULT_STATUSES, words?: RoleWords, doneDate?: DoneDateOptions): EditResult {
  const data = decodeRef(ref);
  if (!data) return refuse('this is not a checkbox reference');
  const located = locateCheckbox(text, data);
  if (!located.ok) return refuse(located.reason);
  const { box } = located;
  if (box.kind === 'gfm') {
    const next = want === undefined ? statuses.of(box.status).next : want ? 'x' : ' ';
    const done = statuses.of(box.status).state === 'done';
    if (want !== undefined && want === done && (want || box.status === ' ')) return { ok: true, text, changes: [], message: `already ${statusWord(box.status)}` };
    if (next === box.status) return { ok: true, text, changes: [], message: `already ${statusWord(box.status)}` };
    const nowDone = statuses.of(next).state === 'done';
    return landed(text, [{ from: box.start, to: box.end, insert: `[${next}]` }, ...companionChanges(text, box, done, nowDone, words, doneDate)], statusWord(next));
  }
  const checked = want ?? !box.checked;
  const state = checked ? 'checked' : 'unchecked';
  if (checked === box.checked) return { ok: true, text, changes: [], message: `already ${state}` };
  return landed(text, [checkboxSplice(box, text.slice(box.start, box.end), checked), ...companionChanges(text, box, box.checked, checked, words, doneDate)], state);
}

/**
 * What goes with a checkbox set from done to not done or back, in the same write: a
 * table row's own checkbox takes its Status cell along (one truth per item, oneTruth.ts,
 * given the column words); a task marker gets or loses its done date (SPEC §3), where
 * the note writes Tasks' dates or it is asked for. Every path that sets a checkbox uses
 * it — toggles by ref, Live Preview clicks and the command at the cursor.
 */
export function companionChanges(text: string, box: Pick<FoundCheckbox, 'kind' | 'start' | 'line'>, wasDone: boolean, nowDone: boolean, words?: RoleWords, doneDate?: DoneDateOptions): Change[] {
  if (wasDone === nowDone) return [];
  if (box.kind === 'html') {
    const status = words ? statusWithCheckbox(text, box, nowDone, words) : null;
    return status ? [status] : [];
  }
  const stamp = doneDate && (doneDate.always || usesTasksEmoji(text)) ? doneDateChange(text, box, nowDone, doneDate.today) : null;
  return stamp ? [stamp] : [];
}

/** Done dates: today's date, and whether to stamp in every note (else only where the note writes Tasks' dates). */
export interface DoneDateOptions {
  today: string;
  always: boolean;
}

/** How a status reads in messages: checked, unchecked, or the marker itself (`[/]`). */
export function statusWord(status: string): string {
  if (status === ' ') return 'unchecked';
  if (status === 'x' || status === 'X') return 'checked';
  return `[${status}]`;
}
