import type { Progress, State, Task } from './types';

const DONE_WORDS = new Set(['done', 'complete', 'completed', 'finished', '✅', '✓']);
const DOING_WORDS = new Set(['in progress', 'in-progress', 'active', 'doing', 'started', 'wip', 'ongoing']);

/** Progress over tasks, counting nested tasks too. */
export function taskProgress(tasks: readonly Task[]): Progress {
  let done = 0;
  let total = 0;
  const visit = (list: readonly Task[]) => {
    for (const task of list) {
      total++;
      if (task.done) done++;
      visit(task.tasks);
    }
  };
  visit(tasks);
  return { done, total };
}

/**
 * SPEC §2.3. One deliberate reading: an open item whose tasks are all done is `doing`
 * (work happened, nobody said it is finished), not `todo`.
 */
export function itemState(done: boolean | null, status: string | null, progress: Progress): State {
  const word = (status ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (done === true || DONE_WORDS.has(word)) return 'done';
  if (DOING_WORDS.has(word)) return 'doing';
  if (progress.done > 0) return 'doing';
  return 'todo';
}
