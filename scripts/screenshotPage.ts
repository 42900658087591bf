/**
 * The page `npm run screenshots` photographs: a view mounted over the example vault's
 * model (computed by the CLI and passed in as JSON), in an Obsidian-like frame.
 */
import { mount } from 'svelte';
import { writable } from 'svelte/store';
import type { Snapshot } from '../src/core/index/liveIndex';
import type { BoardActions, CheckinActions } from '../src/ui/actions';
import Board from '../src/ui/board/Board.svelte';
import { doneEntries, type CheckinHistory } from '../src/core/checkin/history';
import { groupProgress, itemSignatures } from '../src/core/checkin/progress';
import { progressSeries, staleItems } from '../src/core/checkin/stale';
import CheckIn from '../src/ui/checkin/CheckIn.svelte';
import Timeline from '../src/ui/timeline/Timeline.svelte';
import { readTimelineChoices } from '../src/ui/timeline/choices';
import { readViewState } from '../src/ui/board/viewState';
import { drawIcon } from '../tests/theme/icons';

interface PageInput {
  view: 'board' | 'checkin' | 'timeline';
  theme: 'light' | 'dark';
  layout: 'sidebar' | 'wide' | 'phone';
  today: string;
  model: Snapshot['roadmap'] & { errors: Snapshot['errors'] };
  choices: Record<string, unknown>;
}

const input = (window as unknown as { __PAGE__: PageInput }).__PAGE__;
document.body.classList.add(`theme-${input.theme}`);
const frame = document.createElement('div');
// A phone shows a view full width, as a tab.
frame.className = `workspace-leaf-content ${input.layout === 'sidebar' ? 'is-sidebar' : 'is-tab'}`;
const content = document.createElement('div');
content.className = 'view-content roadmap-view';
frame.appendChild(content);
document.body.appendChild(frame);

const { errors, ...roadmap } = input.model;
const snapshot: Snapshot = { state: 'ready', roadmap, errors, revision: 1 };
const source = { snapshot, subscribe: () => () => undefined };
const noop = () => undefined;
const actions: BoardActions = {
  toggle: () => Promise.resolve({ ok: true }),
  setState: () => Promise.resolve({ ok: true }),
  openNote: noop,
  openToRight: noop,
  copyLink: noop,
  openLink: noop,
  icon: drawIcon,
  createNote: noop,
  createRoadmapNote: noop,
  setDate: () => Promise.resolve({ ok: true }),
  addTask: () => Promise.resolve({ ok: true }),
  addItem: () => Promise.resolve({ ok: true }),
};

// Four saved check-ins before this week: the groups' progress creeping up, and the
// items under way unchanged since (so they show as stale).
const now = groupProgress(roadmap);
const history: CheckinHistory = {
  version: 1,
  records: [44, 45, 46, 47].map((week) => ({
    week: `2026-W${week}`,
    savedAt: '2026-11-01',
    done: [],
    groups: Object.fromEntries(Object.entries(now).map(([name, [done, total]]) => [name, [Math.max(0, done - Math.floor((47 - week) / 2)), total] as [number, number]])),
    items: itemSignatures(roadmap),
  })),
};

if (input.view === 'timeline') {
  const choices = readTimelineChoices(input.choices);
  mount(Timeline, {
    target: content,
    props: { source, actions: { ...actions, progress: () => progressSeries(history, roadmap) }, view: writable(choices), today: () => input.today },
  });
}

if (input.view === 'board') {
  mount(Board, {
    target: content,
    props: { source, actions, view: writable(readViewState(input.choices, { grouping: 'groups', showDone: true })), tags: ['projects', 'roadmap'], today: () => input.today },
  });
}

if (input.view === 'checkin') {

  // A week in progress: two questions answered in the note, one still open.
  const written = ['Fibers are lightweight threads the Effect runtime schedules; a Layer builds services once and shares them.', 'A retry policy with Schedule.exponential around the sync job.'];
  const checkinActions: CheckinActions = {
    ...actions,
    readWeek: (_week, questions) => Promise.resolve({ path: 'Check-ins/2026-W48.md', exists: true, answers: questions.map((_, i) => written[i] ?? '') }),
    save: () => Promise.resolve({ ok: true, path: 'Check-ins/2026-W48.md', message: 'saved' }),
    doneSince: () => doneEntries(roadmap),
    stale: (week) => staleItems(history, roadmap, week),
    stillOnIt: () => Promise.resolve(),
    progress: () => progressSeries(history, roadmap),
  };
  mount(CheckIn, { target: content, props: { source, actions: checkinActions, tags: ['projects', 'roadmap'], today: () => input.today } });
}
