import { STATE_NAMES } from '../edit/setState';
import { statusWordState } from '../model/state';
import type { Item, State } from '../model/types';

/** What a card says is wrong with it, and the one change that fixes it. */
export interface Contradiction {
  message: string;
  fixLabel: string;
  fix: { kind: 'state'; state: State } | { kind: 'uncheck' };
}

/**
 * A card whose parts disagree (SPEC §4, issue 19) — never the result of the board's own
 * writes, which keep them in step, but of a hand edit: its checkbox ticked while some of
 * its tasks are open, or ticked (unticked) while its Status cell says otherwise. The fix
 * follows the checkbox, the part people tick by hand: the Status cell is set to agree;
 * a ticked item with open tasks is unticked (its tasks say it is not done).
 */
export function contradictionOf(item: Pick<Item, 'done' | 'status' | 'progress' | 'fields'>): Contradiction | null {
  if (item.done === null) return null;
  const said = statusWordState(item.status);
  const inCell = item.status !== null && Object.values(item.fields).some((value) => value.trim() === item.status!.trim());
  if (said && inCell && said !== 'cancelled') {
    if (item.done && said !== 'done') return { message: `Ticked, but its Status says ${item.status}`, fixLabel: 'Set Status to Done', fix: { kind: 'state', state: 'done' } };
    if (!item.done && said === 'done') {
      const state: State = item.progress.done > 0 ? 'doing' : 'todo';
      return { message: `Its Status says ${item.status}, but it is not ticked`, fixLabel: `Set Status to ${STATE_NAMES[state]}`, fix: { kind: 'state', state } };
    }
  }
  const open = item.progress.total - item.progress.done;
  if (item.done && open > 0) {
    return { message: `Ticked, but ${open} of its ${item.progress.total} tasks ${open === 1 ? 'is' : 'are'} open`, fixLabel: 'Untick', fix: { kind: 'uncheck' } };
  }
  return null;
}
