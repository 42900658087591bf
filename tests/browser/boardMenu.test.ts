import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { get } from 'svelte/store';
import { userEvent } from 'vitest/browser';
import Board from '../../src/ui/board/Board.svelte';
import { openVault, type Harness } from './harness';

// The card menu, "+ Add item", the Timeline lanes, the summary and the marks of issue 19,
// over the example vault in real Chromium; every write is read back from the disk.
const TODAY = '2026-11-23';
const ROADMAP = '2026 Systems Engineering Roadmap.md';
let harness: Harness | null = null;
afterEach(async () => {
  await harness?.dispose();
  harness = null;
  document.querySelectorAll('.roadmap-card-menu').forEach((el) => el.remove());
});

async function board(overrides: Record<string, unknown> = {}, extra: Record<string, string> = {}, width: number | null = null) {
  harness = await openVault('example-vault', extra);
  harness.view.update((v) => ({ ...v, ...overrides }));
  const screen = await render(Board, { source: harness.index, actions: harness.actions, view: harness.view, tags: ['roadmap', 'projects'], today: () => TODAY });
  if (width) {
    // A tab that wide: the board's container queries measure this element.
    screen.container.classList.add('roadmap-view');
    screen.container.style.width = `${width}px`;
  }
  return { h: harness, root: screen.container };
}

const card = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.querySelector('.roadmap-card-title')?.textContent === title)!;
const titleOf = (root: HTMLElement, title: string) => card(root, title).querySelector<HTMLElement>('.roadmap-card-title')!;
const menu = () => document.querySelector<HTMLElement>('.roadmap-card-menu');
const menuItem = (label: string) => [...menu()!.querySelectorAll<HTMLElement>('[role^="menuitem"]')].find((el) => el.textContent === label)!;
const lineOf = async (h: Harness, path: string, text: string) => (await h.read(path)).split('\n').find((l) => l.includes(text));
const lane = (root: HTMLElement, title: string) => [...root.querySelectorAll<HTMLElement>('.roadmap-lane')].find((el) => el.querySelector('.roadmap-lane-title')?.textContent === title)!;
const cardTitles = (el: Element) => [...el.querySelectorAll('.roadmap-card-title')].map((t) => t.textContent);

describe('the card menu', () => {
  it('by pointer: right-click a milestone, Done adds its checkbox; Doing is offered with the reason it cannot be', async () => {
    const { h, root } = await board();
    const before = await h.read(ROADMAP);
    const row = before.split('\n').find((l) => l.includes('Complete compiler book'))!;
    await userEvent.click(titleOf(root, 'Complete compiler book'), { button: 'right' });
    expect(menu()!.getAttribute('role')).toBe('menu');
    expect([...menu()!.querySelectorAll('[role^="menuitem"]')].map((el) => el.textContent)).toEqual(['To do', 'Doing', 'Done', 'Cancel', 'Add task…', 'Set due date…', 'Open', 'Open to the right', 'Copy link to note']);
    expect(menuItem('To do').getAttribute('aria-checked')).toBe('true');
    expect(menuItem('Doing').getAttribute('aria-disabled')).toBe('true');
    expect(menuItem('Doing').title).toBe('"Complete compiler book" can only be To do or Done: add a Status column to its table to say Doing');
    await userEvent.click(menuItem('Done'));
    // A Table Checkboxes checkbox at the start of the item cell, and nothing else.
    await expect.poll(() => lineOf(h, ROADMAP, 'Complete compiler book')).toContain('| <input type="checkbox" checked id=');
    expect((await lineOf(h, ROADMAP, 'Complete compiler book'))!.replace(/<input type="checkbox" checked id="[0-9a-f]{6}"> /, '')).toBe(row);
    // The menu closes as the write starts; under load the file may be read back first.
    await expect.poll(menu).toBeNull();
    const after = await h.read(ROADMAP);
    expect(after.split('\n').filter((l, i) => l !== before.split('\n')[i])).toHaveLength(1);
    await expect.poll(() => card(root, 'Complete compiler book').dataset.state).toBe('done');
    // The disabled move says why, and writes nothing.
    await userEvent.click(titleOf(root, 'Linux debugging proficiency'), { button: 'right' });
    // (Playwright will not click an aria-disabled item; a person can, and is told why.)
    menuItem('Doing').click();
    await expect.poll(menu).toBeNull();
    expect(root.querySelector('.roadmap-message')!.textContent).toBe('Not changed: "Linux debugging proficiency" can only be To do or Done: add a Status column to its table to say Doing');
    expect(await h.read(ROADMAP)).toBe(after);
  });

  it('by keyboard: Shift+F10 opens it on the focused card, arrows move, Enter moves the card, focus comes back; Escape closes', async () => {
    const { h, root } = await board();
    titleOf(root, 'File descriptors and syscalls').focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    expect(document.activeElement).toBe(menuItem('To do'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(menuItem('Doing'));
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => lineOf(h, ROADMAP, 'File descriptors and syscalls')).toBe('- [/] File descriptors and syscalls');
    await expect.poll(() => document.activeElement?.textContent).toBe('File descriptors and syscalls');
    // The ⋯ button opens it too; Escape closes it and gives the focus back.
    const button = card(root, 'File descriptors and syscalls').querySelector<HTMLElement>('.roadmap-card-menu-button')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(menuItem('Doing'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(menuItem('Copy link to note'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(menuItem('To do'));
    await userEvent.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('by touch: a long press opens it (and does not open the note), Cancel writes [-]', async () => {
    const { h, root } = await board();
    const target = card(root, 'Process model and signals');
    const at = target.getBoundingClientRect();
    const touch = (type: string) => target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: at.left + 20, clientY: at.top + 8, bubbles: true }));
    touch('pointerdown');
    await new Promise((resolve) => setTimeout(resolve, 650));
    expect(menu()).not.toBeNull();
    touch('pointerup');
    titleOf(root, 'Process model and signals').click();
    expect(h.calls).toEqual([]);
    menuItem('Cancel').click();
    await expect.poll(() => lineOf(h, ROADMAP, 'Process model and signals')).toBe('- [-] Process model and signals');
    await expect.poll(() => card(root, 'Process model and signals').classList.contains('is-cancelled')).toBe(true);
    // A press that moves is a scroll: no menu.
    const other = card(root, 'File descriptors and syscalls');
    const box = other.getBoundingClientRect();
    other.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: box.left + 20, clientY: box.top + 8, bubbles: true }));
    other.dispatchEvent(new PointerEvent('pointermove', { pointerType: 'touch', clientX: box.left + 20, clientY: box.top + 60, bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 650));
    expect(menu()).toBeNull();
  });

  it('on touch: a long press never starts a drag, one menu per gesture (Android fires contextmenu too), and a card still drags with a mouse', async () => {
    const { root } = await board({ grouping: 'status' });
    const target = card(root, 'Effect.ts Docs');
    expect(target.draggable).toBe(true);
    const at = target.getBoundingClientRect();
    const touch = (type: string) => target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: at.left + 20, clientY: at.top + 8, bubbles: true }));
    touch('pointerdown');
    await expect.poll(() => target.draggable).toBe(false);
    const drag = new DragEvent('dragstart', { bubbles: true, cancelable: true });
    target.dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 650));
    const first = menu();
    expect(first).not.toBeNull();
    // Android's contextmenu of the same long press: the same menu, not a second one.
    target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: at.left + 20, clientY: at.top + 8 }));
    touch('pointerup');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelectorAll('.roadmap-card-menu')).toHaveLength(1);
    expect(menu()).toBe(first);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => menu()).toBeNull();
    // contextmenu first (Android can be quicker than the timer): still one menu.
    touch('pointerdown');
    target.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: at.left + 20, clientY: at.top + 8 }));
    await expect.poll(() => menu()).not.toBeNull();
    const early = menu();
    await new Promise((resolve) => setTimeout(resolve, 650));
    expect(menu()).toBe(early);
    touch('pointerup');
    await userEvent.keyboard('{Escape}');
    // A mouse press makes it draggable again.
    target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'mouse', bubbles: true }));
    await expect.poll(() => target.draggable).toBe(true);
  });

  it('closes on a scroll, on a press outside, on Escape, and on a second press of its ⋯', async () => {
    const { root } = await board();
    Object.assign(root.style, { height: '500px', overflow: 'auto' });
    const target = card(root, 'Effect.ts Docs');
    const button = target.querySelector<HTMLElement>('.roadmap-card-menu-button')!;
    await userEvent.click(button);
    expect(menu()).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await userEvent.click(button);
    await expect.poll(() => menu()).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(button);
    await expect.poll(() => menu()).not.toBeNull();
    root.scrollTop += 120;
    await expect.poll(() => menu()).toBeNull();
    await userEvent.click(button);
    await expect.poll(() => menu()).not.toBeNull();
    await userEvent.click(root.querySelector<HTMLElement>('.roadmap-filter')!);
    await expect.poll(() => menu()).toBeNull();
    await userEvent.click(button);
    await expect.poll(() => menu()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => menu()).toBeNull();
  });

  it('opens on screen beside its button where the view is a containing block in a right sidebar, scrolled: ⋯, right-click, long press, Shift+F10', async () => {
    const { root } = await board();
    // What iOS below 18.4 and Chromium below 129 do with the view's container-type: a
    // containing block for fixed elements (contain: layout makes one in any engine).
    Object.assign(root.style, { position: 'fixed', right: '0px', top: '0px', width: '300px', height: '480px', overflow: 'auto', contain: 'layout' });
    root.scrollTop = 300;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = root.getBoundingClientRect();
    const shown = [...root.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.getBoundingClientRect().top > box.top + 40 && el.getBoundingClientRect().bottom < box.bottom - 40)!;
    expect(shown).toBeDefined();
    const title = shown.querySelector<HTMLElement>('.roadmap-card-title')!;
    const button = shown.querySelector<HTMLElement>('.roadmap-card-menu-button')!;
    const ways: [string, () => Promise<unknown>][] = [
      ['⋯', () => userEvent.click(button)],
      ['right-click', () => userEvent.click(title, { button: 'right' })],
      [
        'long press',
        async () => {
          const at = title.getBoundingClientRect();
          title.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: at.left + 10, clientY: at.top + 5, bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 650));
          title.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: at.left + 10, clientY: at.top + 5, bubbles: true }));
        },
      ],
      [
        'Shift+F10',
        async () => {
          title.focus();
          await userEvent.keyboard('{Shift>}{F10}{/Shift}');
        },
      ],
    ];
    for (const [way, open] of ways) {
      await open();
      await expect.poll(() => menu(), { message: way }).not.toBeNull();
      const rect = menu()!.getBoundingClientRect();
      const card = shown.getBoundingClientRect();
      expect([rect.left >= 0, rect.right <= window.innerWidth, rect.top >= 0, rect.bottom <= window.innerHeight], way).toEqual([true, true, true, true]);
      // Beside the card it belongs to: overlapping it across, starting near it down.
      expect(rect.right > card.left && rect.left < card.right, way).toBe(true);
      expect(Math.abs(rect.top - card.top) < 120 || rect.bottom <= card.top + 1, way).toBe(true);
      await userEvent.keyboard('{Escape}');
      await expect.poll(() => menu(), { message: way }).toBeNull();
    }
  });

  it('Set due date writes the date in the row’s own format; Add task adds a task; Open opens the line', async () => {
    const { h, root } = await board();
    await userEvent.click(card(root, 'Complete compiler book').querySelector<HTMLElement>('.roadmap-card-menu-button')!);
    await userEvent.click(menuItem('Set due date…'));
    const date = menu()!.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(date.value).toBe('2026-06-30');
    expect(document.activeElement).toBe(date);
    await userEvent.fill(date, '2026-09-30');
    await userEvent.click(menu()!.querySelector<HTMLElement>('button[type="submit"]')!);
    await expect.poll(() => lineOf(h, ROADMAP, 'Complete compiler book')).toBe('| Q3 2026 | Complete compiler book                       |');
    await expect.poll(menu).toBeNull();
    await expect.poll(() => card(root, 'Complete compiler book').querySelector('.roadmap-due')?.textContent).toBe('due 30 Sep 2026 · overdue');

    await userEvent.click(card(root, 'Lox Interpreter').querySelector<HTMLElement>('.roadmap-card-menu-button')!);
    await userEvent.click(menuItem('Add task…'));
    await userEvent.fill(menu()!.querySelector<HTMLInputElement>('input[type="text"]')!, 'Chapter 4');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => lineOf(h, 'Projects.md', 'Chapter 4')).toMatch(/- Lox Interpreter<br><input type="checkbox" unchecked id="[0-9a-f]{6}"> Chapter 4/);
    await expect.poll(() => card(root, 'Lox Interpreter').querySelector('.roadmap-count')?.textContent).toBe('0/1');

    await userEvent.click(titleOf(root, 'Build Git'), { button: 'right' });
    await userEvent.click(menuItem('Open'));
    await userEvent.click(titleOf(root, 'Build Git'), { button: 'right' });
    await userEvent.click(menuItem('Open to the right'));
    await userEvent.click(titleOf(root, 'Build Git'), { button: 'right' });
    await userEvent.click(menuItem('Copy link to note'));
    expect(h.calls).toEqual(['open Projects.md:11', 'open to the right Projects.md:11', 'copy link Projects.md']);
  });
});

describe('+ Add item', () => {
  it('appends a row to a table lane and an item to a list lane, in the note’s own form', async () => {
    const { h, root } = await board();
    const milestones = lane(root, 'Milestones');
    await userEvent.click(milestones.querySelector<HTMLElement>('.roadmap-add-item-button')!);
    const input = milestones.querySelector<HTMLInputElement>('.roadmap-add-item input')!;
    expect(document.activeElement).toBe(input);
    await userEvent.fill(input, 'Ship the scheduler');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => cardTitles(lane(root, 'Milestones'))).toContain('Ship the scheduler');
    expect((await h.read(ROADMAP)).split('\n')[73]).toBe('|         | Ship the scheduler                           |');
    const go = lane(root, 'Go');
    await userEvent.click(go.querySelector<HTMLElement>('.roadmap-add-item-button')!);
    await userEvent.fill(go.querySelector<HTMLInputElement>('.roadmap-add-item input')!, 'Read the Go spec');
    await userEvent.click(go.querySelector<HTMLElement>('.roadmap-add-item button[type="submit"]')!);
    await expect.poll(() => cardTitles(lane(root, 'Go'))).toEqual(['Writing an Interpreter in Go', 'Writing a Compiler in Go', 'Build a toy scheduler', 'Read the Go spec']);
    expect((await h.read(ROADMAP)).split('\n').slice(52, 57)).toEqual(['- Writing an Interpreter in Go', '- Writing a Compiler in Go', '- Build a toy scheduler', '- Read the Go spec', '']);
  });
});

describe('Timeline lanes', () => {
  it('done cards are never Overdue, empty lanes are only a header, and every lane is in sight in a 1,400 px tab', async () => {
    const { root } = await board({ grouping: 'timeline' }, {}, 1400);
    const overdue = lane(root, 'Overdue');
    expect(cardTitles(overdue)).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    expect(overdue.querySelector('.roadmap-count')!.textContent).toBe('4');
    expect(cardTitles(lane(root, 'Done'))).toEqual(['PubSub system in Rust', 'gVisor - foreverVM', 'Contribute a fix to an open-source database']);
    for (const empty of ['This week', 'This month', 'This quarter']) {
      const el = lane(root, empty);
      expect(el.classList.contains('is-empty'), empty).toBe(true);
      expect(el.querySelector('ul'), empty).toBeNull();
      expect(el.textContent).not.toContain('Nothing here');
    }
    const lanes = root.querySelector<HTMLElement>('.roadmap-lanes')!;
    expect(lanes.scrollWidth).toBeLessThanOrEqual(lanes.clientWidth);
    const right = lanes.getBoundingClientRect().right;
    for (const el of root.querySelectorAll('.roadmap-lane')) expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
  });
});

describe('summary line, keywords, note headings, marks', () => {
  it('the summary counts and filters; typing the keywords filters the same', async () => {
    const { h, root } = await board();
    const parts = () => [...root.querySelectorAll<HTMLElement>('.roadmap-summary-part')];
    expect(parts().map((p) => p.textContent)).toEqual(['4 overdue', '0 due this week', '3 doing']);
    await userEvent.click(parts()[0]);
    expect(get(h.view).filter).toBe('is:overdue');
    expect(parts()[0].getAttribute('aria-pressed')).toBe('true');
    expect(cardTitles(root)).toEqual(['Effect.ts used in production (OctoSpark)', 'Complete interpreter book', 'Complete compiler book', 'Linux debugging proficiency']);
    await userEvent.click(parts()[2]);
    expect(cardTitles(root)).toEqual(['Writing an Interpreter in Go', 'Effect.ts Docs', 'Write a storage engine from scratch']);
    await userEvent.click(parts()[2]);
    expect(get(h.view).filter).toBe('');
    await userEvent.fill(root.querySelector<HTMLInputElement>('.roadmap-filter')!, 'is:doing note:long');
    expect(cardTitles(root)).toEqual(['Write a storage engine from scratch']);
    await userEvent.fill(root.querySelector<HTMLInputElement>('.roadmap-filter')!, 'due:week');
    expect(root.querySelector('.roadmap-state')!.textContent).toBe('No card matches “due:week”.');
  });

  it('groups of several notes sit under a heading per note; one note picked, none', async () => {
    const { h, root } = await board();
    const headings = () => [...root.querySelectorAll('.roadmap-note-heading')].map((el) => el.textContent);
    expect(headings()).toEqual(['2026 Systems Engineering Roadmap', 'Projects', 'long term bets']);
    expect(root.querySelector('.roadmap-lane-header')!.tagName).toBe('H4');
    h.view.update((v) => ({ ...v, notes: ['Projects.md'] }));
    await expect.poll(headings).toEqual([]);
    expect(root.querySelector('.roadmap-lane-header')!.tagName).toBe('H3');
    h.view.update((v) => ({ ...v, notes: [], grouping: 'status' }));
    await expect.poll(headings).toEqual([]);
  });

  it('a checkbox checked by hand against its Status shows a mark; its fix writes the Status and the mark goes', async () => {
    const note = ['#roadmap', '', '| Done | Project | Status |', '| ---- | ------- | ------ |', '| <input type="checkbox" checked id="aaaaaa"> | Hand ticked | Doing |', ''].join('\n');
    const { h, root } = await board({}, { 'Hand.md': note });
    const mark = () => card(root, 'Hand ticked').querySelector('.roadmap-contradiction');
    expect(mark()!.textContent).toContain('Ticked, but its Status says Doing');
    await userEvent.click(mark()!.querySelector<HTMLElement>('.roadmap-fix')!);
    await expect.poll(() => h.read('Hand.md')).toBe(note.replace('| Doing |', '| Done  |'));
    await expect.poll(mark).toBeNull();
    // The example vault's own contradiction stays: gVisor is ticked with its tasks open.
    expect([...root.querySelectorAll('.roadmap-contradiction')].map((el) => el.closest('.roadmap-card')!.querySelector('.roadmap-card-title')!.textContent)).toEqual(['gVisor - foreverVM']);
  });

  it('internal links have no ↗; each unresolved note has its Create button beside it in a wide tab; no refresh button', async () => {
    const { root } = await board({}, {}, 1400);
    expect(root.querySelector('.roadmap-linked .lucide-arrow-up-right')).toBeNull();
    for (const item of root.querySelectorAll('.roadmap-missing li')) {
      const name = item.querySelector('.roadmap-missing-name')!.getBoundingClientRect();
      const create = item.querySelector('.roadmap-create')!.getBoundingClientRect();
      expect(create.left - name.right).toBeLessThan(16);
    }
    expect(root.querySelector('[aria-label="Rebuild index"]')).toBeNull();
  });
});
