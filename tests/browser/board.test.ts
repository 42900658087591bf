import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { get } from 'svelte/store';
import { userEvent } from 'vitest/browser';
import Board from '../../src/ui/board/Board.svelte';
import { openVault, type Harness } from './harness';

const TODAY = '2026-11-23';
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
});

async function board(overrides: Record<string, unknown> = {}, extra: Record<string, string> = {}) {
  harness = await openVault('example-vault', extra);
  harness.view.update((v) => ({ ...v, ...overrides }));
  const screen = await render(Board, { source: harness.index, actions: harness.actions, view: harness.view, tags: ['roadmap', 'projects'], today: () => TODAY });
  return { h: harness, screen, root: screen.container };
}

const laneTitles = (root: HTMLElement) => [...root.querySelectorAll('.roadmap-lane-title')].map((el) => el.textContent);
const cardTitles = (lane: Element) => [...lane.querySelectorAll(':scope > ul > .roadmap-card .roadmap-card-title')].map((el) => el.textContent);
const lane = (root: HTMLElement, title: string) => [...root.querySelectorAll('.roadmap-lane')].find((el) => el.querySelector('.roadmap-lane-title')?.textContent === title)!;
const card = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.querySelector('.roadmap-card-title')?.textContent === title)!;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('board over the example vault', () => {
  it('Groups: one lane per group with its cards, progress and due', async () => {
    const { root } = await board();
    expect(laneTitles(root)).toEqual(harness!.index.snapshot.roadmap.groups.map((g) => g.title));
    const distributed = lane(root, 'To get into a distributed systems role');
    expect(distributed.querySelector('.roadmap-lane-toggle .roadmap-count')!.textContent!.trim()).toBe('1/7');
    expect(distributed.querySelector('.roadmap-lane-due')!.textContent).toBe('due 12 Mar 2025 · overdue');
    expect(cardTitles(distributed)).toHaveLength(7);
    const gvisor = card(root, 'gVisor - foreverVM');
    expect(gvisor.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(gvisor.querySelector('.roadmap-expander')!.textContent!.trim()).toBe('0/3');
    expect(gvisor.querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).toBe('0 of 3 done');
    expect(gvisor.querySelector('.roadmap-link')!.getAttribute('aria-label')).toBe('Open https://github.com/tripathi456/gvisor-based-python-repl');
  });

  it('Status: To do, Doing and Done columns', async () => {
    const { root } = await board({ grouping: 'status' });
    expect(laneTitles(root)).toEqual(['To do', 'Doing', 'Done']);
    expect(cardTitles(lane(root, 'Doing'))).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    expect(cardTitles(lane(root, 'Done'))).toEqual(['PubSub system in Rust', 'gVisor - foreverVM', 'Contribute a fix to an open-source database']);
  });

  it('Timeline: overdue milestones, later bets, undated items', async () => {
    const { root } = await board({ grouping: 'timeline' });
    expect(laneTitles(root)).toEqual(['Overdue', 'This week', 'This month', 'This quarter', 'Later', 'No date']);
    expect(cardTitles(lane(root, 'Overdue'))).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(cardTitles(lane(root, 'Later'))).toEqual(['Write a storage engine from scratch']);
    expect(card(root, 'Complete compiler book').querySelector('.roadmap-due')!.textContent).toBe('due 30 Jun 2026 · overdue');
  });

  it('toggling a task on a card changes exactly that checkbox in the note and updates the card', async () => {
    const { h, root } = await board();
    const before = await h.read('Projects.md');
    const gvisor = card(root, 'gVisor - foreverVM');
    await userEvent.click(gvisor.querySelector<HTMLElement>('.roadmap-expander')!);
    const stateful = [...gvisor.querySelectorAll('.roadmap-task label')].find((el) => el.textContent!.includes('Stateful computation?'))!;
    await userEvent.click(stateful.querySelector('input')!);
    await expect.poll(() => h.read('Projects.md')).toBe(before.replace('<input type="checkbox" unchecked id="e07a79">', '<input type="checkbox" checked id="e07a79">'));
    await expect.poll(() => card(root, 'gVisor - foreverVM').querySelector('.roadmap-expander')!.textContent!.trim()).toBe('1/3');
    expect(card(root, 'gVisor - foreverVM').querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')).toBe('1');
  });

  it("a card's own checkbox writes the item's checkbox", async () => {
    const { h, root } = await board();
    const before = await h.read('Projects.md');
    await userEvent.click(card(root, 'PubSub system in Rust').querySelector('input')!);
    await expect.poll(() => h.read('Projects.md')).toBe(before.replace('<input type="checkbox" checked id="7d8cec">', '<input type="checkbox" unchecked id="7d8cec">'));
    await expect.poll(() => card(root, 'PubSub system in Rust').classList.contains('is-done')).toBe(false);
  });
});

describe('moving cards between Status columns', () => {
  it('drag and drop writes the state: checkbox for Done, Status cell for Doing', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const projects = await h.read('Projects.md');
    const dragTo = async (title: string, to: string) => {
      const from = card(root, title);
      const data = new DataTransfer();
      from.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
      await nextFrame();
      const target = lane(root, to);
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      await nextFrame();
      expect(target.classList.contains('is-drag-over')).toBe(true);
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      from.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
    };
    await dragTo('PubSub system in Rust', 'To do');
    await expect.poll(() => cardTitles(lane(root, 'To do'))).toContain('PubSub system in Rust');
    expect(await h.read('Projects.md')).toBe(projects.replace('checked id="7d8cec"', 'unchecked id="7d8cec"'));

    const roadmap = await h.read('2026 Systems Engineering Roadmap.md');
    await dragTo('OSTEP', 'Doing');
    await expect.poll(() => cardTitles(lane(root, 'Doing'))).toContain('OSTEP');
    const after = await h.read('2026 Systems Engineering Roadmap.md');
    const row = (text: string) => text.split('\n').find((l) => l.includes('OSTEP'))!;
    expect(row(after)).toBe(row(roadmap).replace('Reference  ', 'In Progress'));
    expect(after.replace(row(after), '')).toBe(roadmap.replace(row(roadmap), ''));
  });

  it('Alt+Right on a card with a Status cell writes the next column and keeps the focus on the card', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const before = await h.read('2026 Systems Engineering Roadmap.md');
    card(root, 'Effect.ts Docs').querySelector<HTMLElement>('.roadmap-card-title')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => cardTitles(lane(root, 'Done'))).toContain('Effect.ts Docs');
    const row = (text: string) => text.split('\n').find((l) => l.includes('| Effect.ts Docs'))!;
    const after = await h.read('2026 Systems Engineering Roadmap.md');
    expect(row(after)).toBe('| Effect.ts Docs               | Docs      | Done        |');
    expect(after.replace(row(after), '')).toBe(before.replace(row(before), ''));
    await expect.poll(() => document.activeElement?.textContent).toBe('Effect.ts Docs');
  });

  it('Alt+Left from Done skips Doing when only a checkbox records the state', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const before = await h.read('long term bets.md');
    card(root, 'Contribute a fix to an open-source database').querySelector<HTMLElement>('.roadmap-card-title')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => cardTitles(lane(root, 'To do'))).toContain('Contribute a fix to an open-source database');
    expect(await h.read('long term bets.md')).toBe(before.replace('- [x] Contribute', '- [ ] Contribute'));
    await expect.poll(() => document.activeElement?.textContent).toBe('Contribute a fix to an open-source database');
  });

  it('a move the note cannot hold is refused with the reason, and nothing is written', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const before = await h.read('Projects.md');
    card(root, 'Build Git').querySelector<HTMLElement>('.roadmap-card-title')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => root.querySelector('.roadmap-message')!.textContent).toBe('Not changed: "Build Git" has no checkbox or Status cell to record its state');
    expect(await h.read('Projects.md')).toBe(before);
    expect(document.activeElement?.textContent).toBe('Build Git');
  });
});

describe('filter, show done, note picker', () => {
  it('filters cards as you type and hides done cards', async () => {
    const { root } = await board();
    await userEvent.fill(root.querySelector<HTMLInputElement>('.roadmap-filter')!, 'interpreter');
    // "Go compiler book" matches by its Focus field ("Interpreter/compiler project").
    await expect.poll(() => laneTitles(root)).toEqual(['Current Focus (Jan-Mar 2026)', 'Go', 'Resources', 'Milestones', 'To get into a distributed systems role']);
    expect(cardTitles(lane(root, 'Resources'))).toEqual(['Writing an Interpreter in Go']);
    await userEvent.fill(root.querySelector<HTMLInputElement>('.roadmap-filter')!, '');
    await userEvent.click(root.querySelector<HTMLInputElement>('.roadmap-show-done input')!);
    await expect.poll(() => cardTitles(lane(root, 'To get into a distributed systems role'))).not.toContain('PubSub system in Rust');
    expect(root.querySelectorAll('.roadmap-card.is-done')).toHaveLength(0);
    expect(get(harness!.view)).toMatchObject({ filter: '', showDone: false });
  });

  it('the note picker shows one note', async () => {
    const { root } = await board();
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('.roadmap-note-picker')!, 'long term bets.md');
    await expect.poll(() => laneTitles(root)).toEqual(['Systems depth', 'Writing']);
  });
});
