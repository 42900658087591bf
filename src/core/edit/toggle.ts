import { decodeRef } from '../model/ref';
import { markerName } from '../model/stateWords';
import type { State } from '../model/types';
import type { EditRules } from '../write/rules';
import { locateCheckbox, type FoundCheckbox } from './locate';
import { checkboxSplice } from './checkboxSplice';
import { statusWithCheckbox } from './oneTruth';
import { stampChanges } from './stamps';
import { landed, refuse, type Change, type EditResult } from './types';

/**
 * Toggles the checkbox a ref names (SPEC §3). A task marker goes to its status's next
 * one (`[ ]` → `[x]` → `[ ]`, `[/]` → `[x]`, the Tasks plugin's settings where
 * installed); an HTML checkbox flips (htmlToggle.ts). With `want` the checkbox is set
 * done (true) or to do (false) instead — a no-op when it already is. A table row's own
 * checkbox takes its Status cell along (oneTruth.ts) and a list task gets or loses its
 * stamp (stamps.ts), as the rules say.
 */
export function toggleCheckbox(text: string, ref: string, want: boolean | undefined, rules: EditRules): EditResult {
  const { statuses } = rules;
  const data = decodeRef(ref);
  if (!data) return refuse('this is not a checkbox reference');
  const located = locateCheckbox(text, data);
  if (!located.ok) return refuse(located.reason);
  const { box } = located;
  if (box.kind === 'gfm') {
    const next = want === undefined ? statuses.of(box.status).next : want ? 'x' : ' ';
    const was = statuses.of(box.status).state;
    const done = was === 'done';
    if (want !== undefined && want === done && (want || box.status === ' ')) return { ok: true, text, changes: [], message: `already ${markerName(box.status)}` };
    if (next === box.status) return { ok: true, text, changes: [], message: `already ${markerName(box.status)}` };
    return landed(text, [{ from: box.start, to: box.end, insert: `[${next}]` }, ...companionChanges(text, box, was, statuses.of(next).state, rules)], markerName(next));
  }
  const checked = want ?? !box.checked;
  const state = checked ? 'checked' : 'unchecked';
  if (checked === box.checked) return { ok: true, text, changes: [], message: `already ${state}` };
  return landed(text, [checkboxSplice(box, text.slice(box.start, box.end), checked), ...companionChanges(text, box, box.checked ? 'done' : 'todo', checked ? 'done' : 'todo', rules)], state);
}

/**
 * What goes with a checkbox set from one state to another, in the same write: a table
 * row's own checkbox takes its Status cell along (one truth per item, oneTruth.ts, given
 * the column words); a list task gets or loses its done or cancelled date (SPEC §3).
 * Every path that sets a checkbox uses it, through toggleCheckbox.
 */
export function companionChanges(text: string, box: Pick<FoundCheckbox, 'kind' | 'start' | 'line'>, was: State, now: State, rules: EditRules): Change[] {
  const changes: Change[] = [];
  if ((was === 'done') !== (now === 'done')) {
    const status = statusWithCheckbox(text, box, now === 'done', rules.words);
    if (status) changes.push(status);
  }
  if (box.kind === 'gfm') changes.push(...stampChanges(text, box.line, was, now, rules.stamps, rules.today));
  return changes;
}

