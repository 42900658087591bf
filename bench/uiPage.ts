/**
 * The page `npm run bench:ui` runs in Chromium: the board over 1,000 cards, timed from
 * mount to laid-out DOM, and after one toggle from the index's update to laid-out DOM.
 */
import { flushSync, mount, unmount } from 'svelte';
import { writable } from 'svelte/store';
import type { Snapshot } from '../src/core/index/liveIndex';
import type { Group, Item, Roadmap } from '../src/core/model/types';
import type { BoardActions } from '../src/ui/actions';
import Board from '../src/ui/board/Board.svelte';
import Timeline from '../src/ui/timeline/Timeline.svelte';
import { readViewState } from '../src/ui/board/viewState';
import { drawIcon } from '../tests/theme/icons';

function roadmapOf(cards: number): Roadmap {
  const groups: Group[] = [];
  for (let g = 0; g * 25 < cards; g++) {
    const items: Item[] = [];
    for (let i = 0; i < 25 && g * 25 + i < cards; i++) {
      const n = g * 25 + i;
      const tasks = Array.from({ length: n % 4 }, (_, t) => ({ text: `step ${t} of card ${n}`, path: `notes/${g}.md`, line: i + 2, done: t % 2 === 0, state: t % 2 === 0 ? ('done' as const) : ('todo' as const), status: t % 2 === 0 ? 'x' : ' ', kind: 'html' as const, htmlId: null, ref: `r${n}.${t}`, priority: null, due: null, start: null, doneDate: null, scheduled: null, created: null, cancelledDate: null, recurrence: null, id: null, dependsOn: null, tasks: [] }));
      items.push({
        title: `Card ${n}: a project with a reasonably long title`,
        path: `notes/${g}.md`,
        line: i + 2,
        done: n % 5 === 0,
        state: n % 5 === 0 ? 'done' : n % 3 === 0 ? 'doing' : 'todo',
        status: n % 3 === 0 ? 'In progress' : null,
        priority: n % 7 === 0 ? 1 : null,
        due: n % 4 === 0 ? `2026-${String((n % 12) + 1).padStart(2, '0')}-15` : null,
        start: null,
        doneDate: null,
        scheduled: null, created: null, cancelledDate: null, recurrence: null, id: null, dependsOn: null,
        links: n % 6 === 0 ? ['https://example.com/x'] : [],
        fields: {},
        tasks,
        progress: { done: tasks.filter((t) => t.done).length, total: tasks.length },
        ref: `r${n}`,
      });
    }
    groups.push({ title: `Objective ${g}`, path: `notes/${g}.md`, line: 1, due: null, items, progress: { done: items.filter((i) => i.done).length, total: items.length } });
  }
  return { notes: groups.map((g) => ({ path: g.path, title: g.title, tags: ['roadmap'] })), groups, checkins: [], links: [] };
}

const noop = () => undefined;
const actions: BoardActions = {
  toggle: () => Promise.resolve({ ok: true }),
  setState: () => Promise.resolve({ ok: true }),
  openNote: noop,
  openLink: noop,
  icon: drawIcon,
  createNote: noop,
  createRoadmapNote: noop,
  setDate: () => Promise.resolve({ ok: true }),
  addTask: () => Promise.resolve({ ok: true }),
  addItem: () => Promise.resolve({ ok: true }),
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function run(): Promise<Record<string, number>> {
  const roadmap = roadmapOf(1000);
  const target = document.createElement('div');
  target.className = 'workspace-leaf-content is-tab view-content roadmap-view';
  document.body.appendChild(target);
  const renders: number[] = [];
  const completes: number[] = [];
  const frames: number[] = [];
  const updates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const hub: { listener: ((s: Snapshot) => void) | null } = { listener: null };
    let snapshot: Snapshot = { state: 'ready', roadmap, errors: [], revision: 1 };
    const source = {
      get snapshot() {
        return snapshot;
      },
      subscribe: (fn: (s: Snapshot) => void) => ((hub.listener = fn), () => (hub.listener = null)),
    };
    const t0 = performance.now();
    const app = mount(Board, { target, props: { source, actions, view: writable(readViewState({}, { grouping: 'groups', showDone: true })), tags: ['roadmap'], today: () => '2026-06-01' } });
    flushSync();
    void target.offsetHeight;
    renders.push(performance.now() - t0);
    // The rest of the cards arrive a batch per frame: until all are laid out, and the
    // longest gap between frames meanwhile (what a person could feel as a stall).
    let last = performance.now();
    while (target.querySelectorAll('.roadmap-card').length < 1000) {
      await nextFrame();
      void target.offsetHeight;
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    completes.push(performance.now() - t0);
    for (let k = 0; k < 8; k++) {
      // One toggle: the index publishes a model where one item and its group are new.
      const g = (round * 8 + k) % snapshot.roadmap.groups.length;
      const groups = snapshot.roadmap.groups.map((group, i) => {
        if (i !== g) return group;
        const items = group.items.map((item, j) => (j === 3 ? { ...item, done: !item.done, state: item.done ? ('todo' as const) : ('done' as const) } : item));
        return { ...group, items, progress: { done: items.filter((i2) => i2.done).length, total: items.length } };
      });
      snapshot = { ...snapshot, roadmap: { ...snapshot.roadmap, groups }, revision: snapshot.revision + 1 };
      const t1 = performance.now();
      hub.listener?.(snapshot);
      flushSync();
      void target.offsetHeight;
      updates.push(performance.now() - t1);
    }
    void unmount(app);
    target.replaceChildren();
  }
  return { boardRenderMs: median(renders), boardUpdateMs: median(updates), boardCompleteMs: median(completes), boardLongestFrameMs: Math.max(...frames), cards: 1000 };
}

/**
 * The roadmap timeline over 1,000 dated items (40 groups of 25; bars and diamonds across
 * the year): mount to laid-out DOM, the longest frame while scrolling the rows, and the
 * longest frame while dragging a diamond (each pointer move to laid-out DOM).
 */
async function runTimeline(): Promise<Record<string, number>> {
  const base = roadmapOf(1000);
  const groups = base.groups.map((group, g) => ({
    ...group,
    items: group.items.map((item, i) => {
      const n = g * 25 + i;
      const due = `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
      return { ...item, due, start: n % 2 ? `2026-${String((n % 12) + 1).padStart(2, '0')}-01` : null };
    }),
  }));
  const roadmap: Roadmap = { ...base, groups };
  const scroller = document.createElement('div');
  scroller.style.cssText = 'height: 900px; overflow: auto; width: 1400px';
  const target = document.createElement('div');
  target.className = 'workspace-leaf-content is-tab view-content roadmap-view';
  scroller.appendChild(target);
  document.body.appendChild(scroller);
  const source = { snapshot: { state: 'ready', roadmap, errors: [], revision: 1 } as Snapshot, subscribe: () => () => undefined };
  const renders: number[] = [];
  const scrollFrames: number[] = [];
  const dragFrames: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const app = mount(Timeline, { target, props: { source, actions: { ...actions, progress: () => [] }, view: writable({ zoom: 'year' as const, anchor: null }), today: () => '2026-06-01' } });
    flushSync();
    void target.offsetHeight;
    renders.push(performance.now() - t0);
    await nextFrame();
    // Scrolling: 600 px a frame for 40 frames; the gap between one frame and the next is
    // the frame's time (about 16.7 ms when the browser keeps up, 33 when one is dropped).
    let previous = await nextFrame();
    for (let step = 1; step <= 40; step++) {
      scroller.scrollTop = step * 600;
      const now = await nextFrame();
      scrollFrames.push(now - previous);
      previous = now;
    }
    scroller.scrollTop = 0;
    await nextFrame();
    // Dragging a diamond across a quarter: each move, to laid-out DOM.
    const diamond = target.querySelector<HTMLElement>('.roadmap-tl-diamond')!;
    const box = diamond.getBoundingClientRect();
    diamond.dispatchEvent(new PointerEvent('pointerdown', { pointerId: 1, button: 0, clientX: box.left + 4, clientY: box.top + 4, bubbles: true }));
    for (let k = 1; k <= 30; k++) {
      const t2 = performance.now();
      diamond.dispatchEvent(new PointerEvent('pointermove', { pointerId: 1, clientX: box.left + 4 + k * 10, clientY: box.top + 4, bubbles: true }));
      flushSync();
      void target.offsetHeight;
      dragFrames.push(performance.now() - t2);
    }
    diamond.dispatchEvent(new PointerEvent('pointercancel', { pointerId: 1, bubbles: true }));
    void unmount(app);
    target.replaceChildren();
  }
  scroller.remove();
  return { timelineRenderMs: median(renders), timelineScrollFrameMs: Math.max(...scrollFrames), timelineDragFrameMs: Math.max(...dragFrames), timelineItems: 1000 };
}

(window as unknown as { __RESULT__: Promise<Record<string, number>> }).__RESULT__ = run().then(async (board) => ({ ...board, ...(await runTimeline()) }));
