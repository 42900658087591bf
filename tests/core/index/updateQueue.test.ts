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

describe('UpdateQueue, more', () => {
  it('a change during a burst restarts its wait; the timer of the first is cleared, so one run', async () => {
    const runs: string[][] = [];
    const clock = manualTimers();
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), clock.timers, 50);
    queue.add('a.md');
    queue.add('b.md');
    expect(clock.count()).toBe(1);
    clock.fire();
    await queue.settled();
    expect(runs).toEqual([['a.md', 'b.md']]);
  });

  it('null asks for a run with no note; settled waits for a run under way and for one pending', async () => {
    const runs: string[][] = [];
    let release = () => undefined as void;
    const clock = manualTimers();
    const queue = new UpdateQueue(
      (paths) => {
        runs.push(paths);
        return new Promise<void>((resolve) => (release = resolve));
      },
      clock.timers,
      50,
    );
    queue.add(null);
    clock.fire();
    await Promise.resolve();
    expect(runs).toEqual([[]]);
    // A change while the first run is under way waits for it: never two runs at once.
    queue.addNow('a.md');
    await Promise.resolve();
    expect(runs).toEqual([[]]);
    let settled = false;
    const done = queue.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toEqual([[], ['a.md']]);
    release();
    await done;
    expect(settled).toBe(true);
  });

  it('settled with a burst pending applies it at once; a timer cleared by settled never runs again', async () => {
    const runs: string[][] = [];
    const clock = manualTimers();
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), clock.timers, 50);
    queue.add('a.md');
    await queue.settled();
    expect(runs).toEqual([['a.md']]);
    expect(clock.count()).toBe(0);
    clock.fire();
    await Promise.resolve();
    expect(runs).toEqual([['a.md']]);
  });

  it('stopped: pending changes dropped, its timer cleared, later ones ignored', async () => {
    const runs: string[][] = [];
    const clock = manualTimers();
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), clock.timers, 50);
    queue.add('a.md');
    queue.stop();
    expect(clock.count()).toBe(0);
    queue.add('b.md');
    expect(clock.count()).toBe(0);
    await queue.settled();
    expect(runs).toEqual([]);
  });

  it('without timers a burst settles on a microtask: one run for the changes of one turn', async () => {
    const runs: string[][] = [];
    const queue = new UpdateQueue(async (paths) => void runs.push(paths), null, 50);
    queue.add('a.md');
    queue.add('b.md');
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toEqual([['a.md', 'b.md']]);
  });
});
