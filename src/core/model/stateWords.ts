import type { State } from './types';

/**
 * Every word the product reads or writes for a state, in one place: the words of a
 * Status cell (or `status::` field) that name a state, the names used in messages and
 * on the board, the words written into a Status column that has none yet, and the task
 * markers (the Tasks plugin's convention).
 */
const DONE_WORDS = new Set(['done', 'complete', 'completed', 'finished', '✅', '✓']);
const DOING_WORDS = new Set(['in progress', 'in-progress', 'active', 'doing', 'started', 'wip', 'ongoing']);
const CANCELLED_WORDS = new Set(['cancelled', 'canceled', 'dropped', 'abandoned', "won't do", 'won’t do', 'wont do', '❌']);
/** Words that say "not started": they read as To do (as a blank cell does), not as unknown. */
const TODO_WORDS = new Set(['to do', 'todo', 'to-do', 'not started', 'queued', 'planned', 'backlog', 'open']);

/** Every word above, for what must recognise any of them (a ref's line fingerprint). */
export const ALL_STATE_WORDS: readonly string[] = [...DONE_WORDS, ...DOING_WORDS, ...CANCELLED_WORDS, ...TODO_WORDS];

const normal = (words: string | null) => (words ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** The state a Status cell's words name; null for other words (to-do words included: they say nothing more than a blank). */
export function statusWordState(status: string | null): State | null {
  const word = normal(status);
  if (DONE_WORDS.has(word)) return 'done';
  if (CANCELLED_WORDS.has(word)) return 'cancelled';
  if (DOING_WORDS.has(word)) return 'doing';
  return null;
}

/** Like statusWordState, but to-do words read as todo too; null for words it does not know. */
export function statusWordStateOrTodo(status: string | null): State | null {
  return statusWordState(status) ?? (TODO_WORDS.has(normal(status)) ? 'todo' : null);
}

/**
 * Whether a Status cell's words are ones the product can read, so a write may replace
 * them (SPEC §3, never replace words it could not read): blank, a word of a state, or a
 * word the column uses on another row (its own vocabulary, such as "Blocked").
 */
export function readableStatus(cell: string, columnValues: readonly string[]): boolean {
  const word = normal(cell);
  if (!word || statusWordStateOrTodo(word)) return true;
  return columnValues.filter((value) => normal(value) === word).length > 1;
}

/** How each state is named in messages and on the board's Status lanes. */
export const STATE_NAMES: Record<State, string> = { todo: 'To do', doing: 'Doing', done: 'Done', cancelled: 'Cancelled' };

/** The word written into a Status cell when its column uses none for the state yet. */
const DEFAULT_COLUMN_WORDS: Record<State, string> = { todo: 'To do', doing: 'In progress', done: 'Done', cancelled: 'Cancelled' };

/** The task marker of each state (the Tasks plugin's convention). */
export const STATE_MARKERS: Record<State, string> = { todo: ' ', doing: '/', done: 'x', cancelled: '-' };

/** How a task marker reads in messages: checked, unchecked, or the marker itself (`[/]`). */
export function markerName(status: string): string {
  if (status === ' ') return 'unchecked';
  if (status === 'x' || status === 'X') return 'checked';
  return `[${status}]`;
}

/** The word a Status column uses most for `state`, read as `stateOf` reads it; ties go to the first seen. */
export function columnWordFor(state: State, values: readonly string[], stateOf: (value: string) => State): string {
  const counts = new Map<string, number>();
  for (const value of values) {
    if (stateOf(value) !== state) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best ?? DEFAULT_COLUMN_WORDS[state];
}
