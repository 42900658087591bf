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
    expect(distributed.querySelector('.roadmap-lane-toggle .roadmap-count')!.textContent.trim()).toBe('1/7');
    expect(distributed.querySelector('.roadmap-lane-due')!.textContent).toBe('due 12 Mar 2025 · overdue');
    expect(cardTitles(distributed)).toHaveLength(7);
    const gvisor = card(root, 'gVisor - foreverVM');
    expect(gvisor.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(gvisor.querySelector('.roadmap-expander')!.textContent.trim()).toBe('0/3');
    expect(gvisor.querySelector('[role=progressbar]')!.getAttribute('aria-valuetext')).toBe('0 of 3 done');
    expect(gvisor.querySelector('.roadmap-link')!.getAttribute('aria-label')).toBe('Open https://github.com/tripathi456/gvisor-based-python-repl');
  });

  it('task statuses: a doing and a cancelled task carry their status for themes, cancelled ones and cards are struck', async () => {
    const note = '#roadmap\n\n## Statuses\n\n- [ ] Parent\n  - [/] Half way\n  - [-] Dropped step\n  - [x] Done step\n- [-] Dropped idea\n';
    const { root } = await board({}, { 'Statuses.md': note });
    const parent = card(root, 'Parent');
    await userEvent.click(parent.querySelector<HTMLElement>('.roadmap-expander')!);
    const tasks = [...parent.querySelectorAll<HTMLElement>('.roadmap-task')];
    expect(tasks.map((t) => [t.textContent.trim(), t.dataset.task, t.classList.contains('is-cancelled'), t.querySelector('input')!.checked])).toEqual([
      ['Half way', '/', false, false],
      ['Dropped step', '-', true, false],
      ['Done step', 'x', false, true],
    ]);
    expect(getComputedStyle(tasks[1].querySelector('label')!).textDecorationLine).toBe('line-through');
    // Cancelled steps count nowhere: 1 of the 2 that count is done.
    expect(parent.querySelector('.roadmap-expander')!.textContent.trim()).toBe('1/2');
    const dropped = card(root, 'Dropped idea');
    expect(dropped.dataset.state).toBe('cancelled');
    expect(dropped.classList.contains('is-cancelled')).toBe(true);
  });

  it('a card shows a scheduled date and a recurrence mark read as the Tasks plugin reads them (SPEC §2.3.2)', async () => {
    const note = '#roadmap\n\n## Chores\n\n- [ ] Water plants 🔁 every week on Monday, Thursday 📅 2026-12-24 ⏳ 2026-12-21 #home\n- [ ] Call 📅 2026-12-24 about the lease\n';
    const { root } = await board({}, { 'Chores.md': note });
    const water = card(root, 'Water plants #home');
    expect(water.querySelector('.roadmap-due')!.textContent).toBe('due 24 Dec 2026');
    expect(water.querySelector('.roadmap-scheduled')!.textContent).toBe('scheduled 21 Dec 2026');
    const recurrence = water.querySelector<HTMLElement>('.roadmap-recurrence')!;
    expect(recurrence.title).toBe('Repeats every week on Monday, Thursday');
    expect(recurrence.textContent.replace(/\s+/g, ' ').trim()).toBe('repeats every week on Monday, Thursday');
    expect(recurrence.querySelector('.roadmap-recurrence-icon svg')).not.toBeNull();
    // A sign with words after it is text, as Tasks reads it: no due date, no mark.
    const call = card(root, 'Call 📅 2026-12-24 about the lease');
    expect(call.querySelector('.roadmap-due, .roadmap-scheduled, .roadmap-recurrence')).toBeNull();
  });

  it('Status: To do, Doing and Done columns', async () => {
    const { root } = await board({ grouping: 'status' });
    expect(laneTitles(root)).toEqual(['To do', 'Doing', 'Done']);
    expect(cardTitles(lane(root, 'Doing'))).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    expect(cardTitles(lane(root, 'Done'))).toEqual(['PubSub system in Rust', 'gVisor - foreverVM', 'Contribute a fix to an open-source database']);
  });

  it('Timeline: overdue milestones, later bets, undated items', async () => {
    const { root } = await board({ grouping: 'timeline' });
    expect(laneTitles(root)).toEqual(['Overdue', 'This week', 'This month', 'This quarter', 'Later', 'No date', 'Done']);
    expect(cardTitles(lane(root, 'Overdue'))).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(cardTitles(lane(root, 'Later'))).toEqual(['Write a storage engine from scratch']);
    expect(card(root, 'Complete compiler book').querySelector('.roadmap-due')!.textContent).toBe('due 30 Jun 2026 · overdue');
  });

  it('toggling a task on a card changes exactly that checkbox in the note and updates the card', async () => {
    const { h, root } = await board();
    const before = await h.read('Projects.md');
    const gvisor = card(root, 'gVisor - foreverVM');
    await userEvent.click(gvisor.querySelector<HTMLElement>('.roadmap-expander')!);
    const stateful = [...gvisor.querySelectorAll('.roadmap-task label')].find((el) => el.textContent.includes('Stateful computation?'))!;
    await userEvent.click(stateful.querySelector('input')!);
    await expect.poll(() => h.read('Projects.md')).toBe(before.replace('<input type="checkbox" unchecked id="e07a79">', '<input type="checkbox" checked id="e07a79">'));
    await expect.poll(() => card(root, 'gVisor - foreverVM').querySelector('.roadmap-expander')!.textContent.trim()).toBe('1/3');
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
    // A reading list of one's own: the example's rows say Queued or words of their own
    // (OSTEP's "Reference", which no move replaces), and its list repeats their titles.
    const reading = '#roadmap\n\n| Resource | Status |\n| --- | --- |\n| Designing Data-Intensive Applications | Queued      |\n';
    const { h, root } = await board({ grouping: 'status' }, { 'Reading.md': reading });
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

    await dragTo('Designing Data-Intensive Applications', 'Doing');
    await expect.poll(() => cardTitles(lane(root, 'Doing'))).toContain('Designing Data-Intensive Applications');
    expect(await h.read('Reading.md')).toBe(reading.replace('| Queued      |', '| In progress |'));
    // OSTEP's Status says "Reference": the move is refused, quoting it, and nothing is written.
    const roadmap = await h.read('2026 Systems Engineering Roadmap.md');
    await dragTo('OSTEP', 'Doing');
    await expect.poll(() => root.querySelector('.roadmap-message')?.textContent ?? '').toContain('its Status cell says "Reference", which is not a status word');
    expect(cardTitles(lane(root, 'To do'))).toContain('OSTEP');
    expect(await h.read('2026 Systems Engineering Roadmap.md')).toBe(roadmap);
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

  it('Alt+Left from Done moves a list item to Doing: its task marker says [/]', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const before = await h.read('long term bets.md');
    card(root, 'Contribute a fix to an open-source database').querySelector<HTMLElement>('.roadmap-card-title')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => cardTitles(lane(root, 'Doing'))).toContain('Contribute a fix to an open-source database');
    expect(await h.read('long term bets.md')).toBe(before.replace('- [x] Contribute', '- [/] Contribute'));
    await expect.poll(() => document.activeElement?.textContent).toBe('Contribute a fix to an open-source database');
  });

  it('a move the note cannot hold is refused with the reason, and nothing is written', async () => {
    const { h, root } = await board({ grouping: 'status' });
    const before = await h.read('Projects.md');
    card(root, 'Build Git').querySelector<HTMLElement>('.roadmap-card-title')!.focus();
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => root.querySelector('.roadmap-message')!.textContent).toBe('Not changed: "Build Git" can only be To do or Done: add a Status column to its table to say Doing');
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

  it('the summary line counts only the notes picked', async () => {
    const { root } = await board();
    const summary = () => [...root.querySelectorAll('.roadmap-summary-part')].map((el) => el.textContent);
    // The same counts the core gives for the example vault on this day (lanes.test.ts).
    expect(summary()).toEqual(['4 overdue', '0 due this week', '3 doing']);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('.roadmap-note-picker')!, 'long term bets.md');
    await expect.poll(summary).toEqual(['0 overdue', '0 due this week', '1 doing']);
    await userEvent.selectOptions(root.querySelector<HTMLSelectElement>('.roadmap-note-picker')!, '');
    await expect.poll(summary).toEqual(['4 overdue', '0 due this week', '3 doing']);
  });
});

describe('live updates', () => {
  it('a change from outside shows without a reload, keeping scroll, focus and expanded cards', async () => {
    const { h, root } = await board();
    const scroller = document.createElement('div');
    scroller.style.cssText = 'height: 300px; overflow: auto; width: 320px';
    root.parentElement!.insertBefore(scroller, root);
    scroller.appendChild(root);
    await userEvent.click(card(root, 'gVisor - foreverVM').querySelector<HTMLElement>('.roadmap-expander')!);
    // Every batch of cards on the page and laid out, as a person would see the board.
    const all = h.index.snapshot.roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    await expect.poll(() => root.querySelectorAll('.roadmap-card').length).toBe(all);
    await nextFrame();
    const focused = card(root, 'Docker').querySelector<HTMLElement>('.roadmap-card-title')!;
    focused.focus();
    scroller.scrollTop = 900;
    // Cards coming near the view are drawn in the next frames (content-visibility): let the
    // page settle as a person would see it, so only the update can move anything.
    await nextFrame();
    await nextFrame();
    const box = scroller.getBoundingClientRect();
    const atTop = document.elementFromPoint(box.left + 40, box.top + 20)!;
    const top = atTop.getBoundingClientRect().top;
    const gvisorBefore = card(root, 'gVisor - foreverVM');

    // Another program adds a project above, and ticks a task, in one write.
    const text = await h.read('Projects.md');
    const edited = text
      .replace('|                                             |                                                   | - Docker', '|                                             |                                                   | - Podman\n|                                             |                                                   | - Docker')
      .replace('unchecked id="28acf1"', 'checked id="28acf1"');
    await h.writeNote('Projects.md', edited);

    await expect.poll(() => cardTitles(lane(root, 'ML Infra / AI Infra'))).toContain('Podman');
    // What was on screen stays where it was (no re-render from scratch, no jump to the top).
    expect(scroller.scrollTop).toBe(900);
    expect(document.elementFromPoint(box.left + 40, box.top + 20)).toBe(atTop);
    expect(atTop.getBoundingClientRect().top).toBe(top);
    expect(document.activeElement).toBe(focused);
    expect(card(root, 'gVisor - foreverVM')).toBe(gvisorBefore);
    expect(gvisorBefore.querySelector('.roadmap-expander')!.getAttribute('aria-expanded')).toBe('true');
    expect(gvisorBefore.querySelector('.roadmap-expander')!.textContent.trim()).toBe('1/3');
  });
});

describe('large boards', () => {
  it('puts the cards on the page a batch at a time, all of them within a few frames', async () => {
    const big = `#roadmap\n\n## Big\n\n${Array.from({ length: 400 }, (_, i) => `- [ ] Card ${i}`).join('\n')}\n`;
    const { h, root } = await board({}, { 'Big.md': big });
    const total = h.index.snapshot.roadmap.groups.reduce((n, g) => n + g.items.length, 0);
    const first = root.querySelectorAll('.roadmap-card').length;
    expect(first).toBeGreaterThanOrEqual(150);
    expect(first).toBeLessThan(total);
    expect(root.querySelector('.roadmap-lane-more')!.textContent).toMatch(/^\d+ more cards…$/);
    await expect.poll(() => root.querySelectorAll('.roadmap-card').length).toBe(total);
    expect(root.querySelector('.roadmap-lane-more')).toBeNull();
    expect(cardTitles(lane(root, 'Big'))).toHaveLength(400);
    // Another grouping rebuilds every card: a batch first again, then the rest.
    h.view.update((v) => ({ ...v, grouping: 'status' }));
    await nextFrame();
    await expect.poll(() => root.querySelectorAll('.roadmap-card').length).toBe(total);
    expect(cardTitles(lane(root, 'To do'))).toContain('Card 399');
  });
});

describe('states', () => {
  it('shows a loading state until the index is ready', async () => {
    const { index } = (harness = await openVault());
    const loading = { snapshot: { ...index.snapshot, state: 'loading' as const }, subscribe: index.subscribe.bind(index) };
    const screen = await render(Board, { source: loading, actions: harness.actions, view: harness.view, tags: ['roadmap'], today: () => TODAY });
    expect(screen.container.querySelector('.roadmap-board')!.getAttribute('aria-busy')).toBe('true');
    expect(screen.container.textContent).toContain('Reading your roadmap notes…');
    index.changed('Projects.md');
    await index.settled();
    await expect.poll(() => screen.container.querySelectorAll('.roadmap-card').length).toBeGreaterThan(50);
  });

  it('explains how to mark a roadmap note when there is none, with a button to create one', async () => {
    harness = await openVault('', { 'plain.md': 'Just a note.\n' });
    const screen = await render(Board, { source: harness.index, actions: harness.actions, view: harness.view, tags: ['roadmap', 'projects'], today: () => TODAY });
    expect(screen.container.querySelector('.roadmap-empty')!.textContent.replace(/\s+/g, ' ')).toContain('Add the tag #roadmap or #projects to a note');
    await userEvent.click(screen.getByRole('button', { name: 'Create a roadmap note' }));
    expect(harness.calls).toEqual(['create roadmap note']);
  });

  it('names a note that could not be read and shows the rest', async () => {
    const { root } = await board({}, { 'broken.md': '---\ntags: [roadmap\n---\n- [ ] x\n' });
    expect(root.querySelector('.roadmap-errors summary')!.textContent).toBe('1 note could not be read');
    expect(root.querySelector('.roadmap-errors li')!.textContent).toMatch(/^broken\.md: /);
    expect(root.querySelectorAll('.roadmap-card').length).toBeGreaterThan(50);
  });

  it('lists linked notes to open and unresolved ones to create', async () => {
    const { h, root } = await board();
    const linked = root.querySelector('.roadmap-linked')!;
    expect([...linked.querySelectorAll('.roadmap-linked-note')].map((b) => b.textContent)).toEqual(['long term bets', 'Projects']);
    expect([...linked.querySelectorAll('.roadmap-missing-name')].map((b) => b.textContent)).toEqual([
      'Agent Orchestration', 'Distributed Systems', 'Effect Ts', 'Linux Internals', 'Reliability Engineering',
    ]);
    await userEvent.click(linked.querySelector<HTMLElement>('[aria-label="Create note Effect Ts"]')!);
    await userEvent.click(linked.querySelector<HTMLElement>('.roadmap-linked-note')!);
    expect(h.calls).toEqual(['create Effect Ts from 2026 Systems Engineering Roadmap.md', 'link long term bets from Projects.md']);
  });

  it('opens the note at the line from the title, links through their own buttons', async () => {
    const { h, root } = await board();
    const gvisor = card(root, 'gVisor - foreverVM');
    await userEvent.click(gvisor.querySelector<HTMLElement>('.roadmap-card-title')!);
    await userEvent.click(gvisor.querySelector<HTMLElement>('.roadmap-link')!);
    expect(h.calls).toEqual(['open Projects.md:19', 'link https://github.com/tripathi456/gvisor-based-python-repl from Projects.md']);
  });
});

describe('hostile note content', () => {
  it('renders markup, scripts and javascript: links as text and runs nothing', async () => {
    const hostile = [
      '#roadmap',
      '',
      '| Done | Project | Status |',
      '| ---- | ------- | ------ |',
      '| <input type="checkbox" unchecked id="aaaaaa"> | <script>window.__pwned = 1</script> | <img src=x onerror="window.__pwned=2"> |',
      '| <input type="checkbox" unchecked id="bbbbbb"> | <svg onload="window.__pwned=3"></svg> svg | ok |',
      '| <input type="checkbox" unchecked id="cccccc"> | [click me](javascript:window.__pwned=4) | ok |',
      '| <input type="checkbox" unchecked id="dddddd"> | <style>body{display:none}</style> styled | ok |',
      '',
      '## <img src=x onerror="window.__pwned=5"> heading',
      '- [ ] [[<b onmouseover="window.__pwned=6">note</b>]]',
      '  - [ ] <iframe src="javascript:window.__pwned=7"></iframe>',
      '',
    ].join('\n');
    const { root } = await board({ notes: ['hostile.md'] }, { 'hostile.md': hostile });
    for (const button of root.querySelectorAll<HTMLElement>('.roadmap-expander')) await userEvent.click(button);
    await nextFrame();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    for (const tag of ['script', 'img', 'svg:not(.svg-icon)', 'iframe', 'style', 'b', 'a']) {
      expect(root.querySelectorAll(tag), tag).toHaveLength(0);
    }
    // Inline HTML is not part of a title (the model reads text), and what text there is
    // shows as text.
    const text = root.textContent;
    expect(text).toContain('window.__pwned = 1');
    expect(text).toContain('body{display:none} styled');
    // A javascript: link is not a link: its text shows, no button opens it.
    expect([...root.querySelectorAll('.roadmap-link')].map((b) => b.getAttribute('aria-label'))).toEqual([]);
    expect(getComputedStyle(document.body).display).not.toBe('none');
  });
});
