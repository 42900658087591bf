/**
 * Every action of the views by keyboard alone (docs/VIEWS.md lists them): each control is
 * reached by focus and worked with keys, and its effect read back — from the view or the
 * note on disk. Shift+F10, the menu's arrows and Escape, and Alt+←/→ on cards and timeline
 * entries have their own tests (boardMenu, board, timeline).
 */
import { writable } from 'svelte/store';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { progressSeries } from '../../src/core/checkin/stale';
import type { Roadmap } from '../../src/core/model/types';
import Board from '../../src/ui/board/Board.svelte';
import CheckIn from '../../src/ui/checkin/CheckIn.svelte';
import Timeline from '../../src/ui/timeline/Timeline.svelte';
import { openVault, type Harness } from './harness';

const TODAY = '2026-11-23';
const ROADMAP = '2026 Systems Engineering Roadmap.md';
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
  document.querySelectorAll('.roadmap-card-menu').forEach((el) => el.remove());
});

const press = async (el: HTMLElement, keys: string) => {
  el.focus();
  expect(document.activeElement).toBe(el);
  await userEvent.keyboard(keys);
};
const lineOf = async (h: Harness, path: string, text: string) => (await h.read(path)).split('\n').find((l) => l.includes(text));

describe('by keyboard alone', () => {
  it('the board: grouping, filter, a lane folded, a note opened, a card ticked, its tasks shown and ticked, its menu, an item added', async () => {
    harness = await openVault('example-vault');
    const h = harness;
    const { container: root } = await render(Board, { source: h.index, actions: h.actions, view: h.view, tags: ['roadmap', 'projects'], today: () => TODAY });
    const card = (title: string) => [...root.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.querySelector('.roadmap-card-title')?.textContent === title)!;
    const lane = (title: string) => [...root.querySelectorAll<HTMLElement>('.roadmap-lane')].find((el) => el.querySelector('.roadmap-lane-title')?.textContent === title)!;

    // Grouping: a radio, Space.
    await press([...root.querySelectorAll<HTMLElement>('[role="radio"]')].find((el) => el.textContent === 'Status')!, ' ');
    await expect.poll(() => root.querySelector('[role="radio"][aria-checked="true"]')!.textContent).toBe('Status');
    await press([...root.querySelectorAll<HTMLElement>('[role="radio"]')].find((el) => el.textContent === 'Groups')!, '{Enter}');
    await expect.poll(() => root.querySelector('[role="radio"][aria-checked="true"]')!.textContent).toBe('Groups');
    // Filter: typed, then cleared.
    const all = root.querySelectorAll('.roadmap-card').length;
    await press(root.querySelector<HTMLElement>('.roadmap-filter')!, 'complete compiler');
    await expect.poll(() => [...root.querySelectorAll('.roadmap-card-title')].map((el) => el.textContent)).toEqual(['Complete compiler book']);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await expect.poll(() => root.querySelectorAll('.roadmap-card').length).toBe(all);
    // A lane folded and unfolded.
    const toggle = lane('Milestones').querySelector<HTMLElement>('.roadmap-lane-toggle')!;
    await press(toggle, '{Enter}');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await press(toggle, '{Enter}');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    // A note opened at the card's line.
    await press(card('Complete compiler book').querySelector<HTMLElement>('.roadmap-card-title')!, '{Enter}');
    expect(h.calls).toEqual([`open ${ROADMAP}:72`]);
    // A card's own checkbox: Space (the file is written, the card follows it).
    let before = await h.read('Projects.md');
    await press(card('gVisor - foreverVM').querySelector<HTMLElement>('input[type="checkbox"]')!, ' ');
    await expect.poll(() => h.read('Projects.md')).not.toBe(before);
    await expect.poll(() => card('gVisor - foreverVM').querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    // Its tasks shown, the first one ticked.
    await press(card('gVisor - foreverVM').querySelector<HTMLElement>('.roadmap-expander')!, '{Enter}');
    await expect.poll(() => card('gVisor - foreverVM').querySelector('.roadmap-task input')).not.toBeNull();
    before = await h.read('Projects.md');
    await press(card('gVisor - foreverVM').querySelector<HTMLElement>('.roadmap-task input')!, ' ');
    await expect.poll(() => h.read('Projects.md')).not.toBe(before);
    await expect.poll(() => card('gVisor - foreverVM').querySelector<HTMLInputElement>('.roadmap-task input')!.checked).toBe(true);
    // The ⋯ button opens the menu; ↓ to Done, Enter moves the card.
    await press(card('Linux debugging proficiency').querySelector<HTMLElement>('.roadmap-card-menu-button')!, '{Enter}');
    await expect.poll(() => document.querySelector('.roadmap-card-menu')).not.toBeNull();
    await expect.poll(() => (document.activeElement as HTMLElement).textContent).toBe('To do');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await expect.poll(() => lineOf(h, ROADMAP, 'Linux debugging proficiency')).toMatch(/<input type="checkbox" checked/);
    // The focus comes back to the card (after the write) before going on.
    await expect.poll(() => card('Linux debugging proficiency')?.contains(document.activeElement)).toBe(true);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // An item added to a lane: its button, the title typed, Enter.
    await press(lane('Milestones').querySelector<HTMLElement>('.roadmap-add-item-button')!, '{Enter}');
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe('New item in Milestones');
    await userEvent.keyboard('Ship by keyboard{Enter}');
    await expect.poll(() => lineOf(h, ROADMAP, 'Ship by keyboard')).toBeDefined();
  });

  it('the check-in: an answer typed and saved with Ctrl+Enter; the week changed with its buttons', async () => {
    harness = await openVault('example-vault');
    const h = harness;
    const { container: root } = await render(CheckIn, { source: h.index, actions: h.checkinActions, tags: ['roadmap'], today: () => TODAY });
    await expect.poll(() => root.querySelectorAll('textarea').length).toBe(3);
    await expect.poll(() => root.querySelector('textarea')!.disabled).toBe(false);
    await press(root.querySelector('textarea')!, 'Learned by keyboard');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await expect.poll(async () => (await h.read('Check-ins/2026-W48.md').catch(() => '')).includes('Learned by keyboard')).toBe(true);
    await press(root.querySelector<HTMLElement>('[aria-label="Previous week"]')!, '{Enter}');
    await expect.poll(() => root.querySelector('.roadmap-week-number')!.textContent).toBe('Week 47');
    await press(root.querySelector<HTMLElement>('[aria-label="Next week"]')!, '{Enter}');
    await expect.poll(() => root.querySelector('.roadmap-week-number')!.textContent).toBe('Week 48');
  });

  it('the timeline: zoom, the period stepped, an undated item dated', async () => {
    harness = await openVault('example-vault');
    const h = harness;
    const view = writable({ zoom: 'year' as const, anchor: null });
    const { container: root } = await render(Timeline, { source: h.index, actions: { ...h.actions, progress: (roadmap: Roadmap) => progressSeries(h.history(), roadmap) }, view, today: () => TODAY });
    root.classList.add('roadmap-view');
    root.style.width = '1400px';
    await press([...root.querySelectorAll<HTMLElement>('.roadmap-tl-zoom [role="radio"]')].find((el) => el.textContent === 'Quarter')!, '{Enter}');
    await expect.poll(() => root.querySelector('.roadmap-tl-period')!.textContent).toBe('Q4 2026');
    await press(root.querySelector<HTMLElement>('[aria-label="Later"]')!, '{Enter}');
    await expect.poll(() => root.querySelector('.roadmap-tl-period')!.textContent).toBe('Q1 2027');
    await press(root.querySelector<HTMLElement>('[aria-label="Set date: the due date of Build a toy scheduler"]')!, '{Enter}');
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe('Due date of Build a toy scheduler');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => lineOf(h, ROADMAP, 'Build a toy scheduler')).toBe('- Build a toy scheduler 📅 2026-11-23');
  });
});
