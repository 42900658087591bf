import type { Progress, State, Task } from './types';

const DONE_WORDS = new Set(['done', 'complete', 'completed', 'finished', '✅', '✓']);
const DOING_WORDS = new Set(['in progress', 'in-progress', 'active', 'doing', 'started', 'wip', 'ongoing']);
const CANCELLED_WORDS = new Set(['cancelled', 'canceled', 'dropped', 'abandoned', "won't do", 'won’t do', 'wont do', '❌']);

/** Progress over tasks, counting nested tasks too; cancelled ones count nowhere (SPEC §2.3). */
export function taskProgress(tasks: readonly Task[]): Progress {
  let done = 0;
  let total = 0;
  const visit = (list: readonly Task[]) => {
    for (const task of list) {
      if (task.state !== 'cancelled') {
        total++;
        if (task.state === 'done') done++;
      }
      visit(task.tasks);
    }
  };
  visit(tasks);
  return { done, total };
}

/** The state a Status cell's (or `status::` field's) words name; null for other words. */
export function statusWordState(status: string | null): State | null {
  const word = (status ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (DONE_WORDS.has(word)) return 'done';
  if (CANCELLED_WORDS.has(word)) return 'cancelled';
  if (DOING_WORDS.has(word)) return 'doing';
  return null;
}

/**
 * SPEC §2.3. `box` is what the item's own checkbox says (its status character's state),
 * null without one. Done wins, then cancelled, then doing. One deliberate reading: an
 * open item whose tasks are all done is `doing` (work happened, nobody said it is
 * finished), not `todo`.
 */
export function itemState(box: State | null, status: string | null, progress: Progress): State {
  const word = statusWordState(status);
  if (box === 'done' || word === 'done') return 'done';
  if (box === 'cancelled' || word === 'cancelled') return 'cancelled';
  if (box === 'doing' || word === 'doing') return 'doing';
  if (progress.done > 0) return 'doing';
  return 'todo';
}
