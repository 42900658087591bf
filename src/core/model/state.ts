import { statusWordState } from './stateWords';
import type { Progress, State, Task } from './types';

export { statusWordState };

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
