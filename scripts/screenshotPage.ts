/**
 * The page `npm run screenshots` photographs: a view mounted over the example vault's
 * model (computed by the CLI and passed in as JSON), in an Obsidian-like frame.
 */
import { mount } from 'svelte';
import { writable } from 'svelte/store';
import type { Snapshot } from '../src/core/index/liveIndex';
import type { BoardActions, CheckinActions } from '../src/ui/actions';
import Board from '../src/ui/board/Board.svelte';
import { doneEntries } from '../src/core/checkin/history';
import CheckIn from '../src/ui/checkin/CheckIn.svelte';
import { readViewState } from '../src/ui/board/viewState';
import { drawIcon } from '../tests/theme/icons';

interface PageInput {
  view: 'board' | 'checkin';
  theme: 'light' | 'dark';
  layout: 'sidebar' | 'wide';
  today: string;
  model: Snapshot['roadmap'] & { errors: Snapshot['errors'] };
  choices: Record<string, unknown>;
}

const input = (window as unknown as { __PAGE__: PageInput }).__PAGE__;
document.body.classList.add(`theme-${input.theme}`);
const frame = document.createElement('div');
frame.className = `workspace-leaf-content ${input.layout === 'wide' ? 'is-tab' : 'is-sidebar'}`;
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
  openLink: noop,
  icon: drawIcon,
  createNote: noop,
  createRoadmapNote: noop,
  setDate: () => Promise.resolve({ ok: true }),
  addTask: () => Promise.resolve({ ok: true }),
  addItem: () => Promise.resolve({ ok: true }),
};

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
  };
  mount(CheckIn, { target: content, props: { source, actions: checkinActions, tags: ['projects', 'roadmap'], today: () => input.today } });
}
