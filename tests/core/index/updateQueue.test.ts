import { describe, expect, it } from 'vitest';
import { UpdateQueue } from '../../../src/core/index/updateQueue';

/** Timers the test fires by hand, so "a burst settles" happens when the test says. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    timers: {
      setTimeout: (fn: () => void) => {
        pending.set(next, fn);
        return next++;
      },
      clearTimeout: (id: unknown) => void pending.delete(id as number),
    },
    fire: () => {
      for (const [id, fn] of [...pending]) {
        pending.delete(id);
        fn();
      }
    },
    count: () => pending.size,
  };
}

describe('UpdateQueue', () => {
  it('gathers a burst and applies it once it settles', async () => {
    const runs: string[][] = [];
    const clock = manualTimers();
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), clock.timers, 50);
    queue.add('a.md');
    queue.add('b.md');
    await Promise.resolve();
    expect(runs).toEqual([]);
    clock.fire();
    await queue.settled();
    expect(runs).toEqual([['a.md', 'b.md']]);
  });

  it('addNow applies at once, with what was pending, without waiting for the burst to settle', async () => {
    const runs: string[][] = [];
    const clock = manualTimers();
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), clock.timers, 50);
    queue.add('a.md');
    queue.addNow('b.md');
    expect(clock.count()).toBe(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(runs).toEqual([['a.md', 'b.md']]);
    queue.stop();
    queue.addNow('c.md');
    await queue.settled();
    expect(runs).toEqual([['a.md', 'b.md']]);
  });
});
