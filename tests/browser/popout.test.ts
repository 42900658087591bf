/**
 * Pop-out windows: an iframe is another realm, as an Obsidian pop-out is — its elements
 * are not instances of the main window's HTMLInputElement, and its frames keep coming
 * while the main window's stop (minimised). Each door that takes clicks there, and the
 * board drawn there, must work as in the main window.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RoadmapBoardPlugin from '../../src/main';
import { tableCheckboxClicks } from '../../src/editor/tableClicks';
import Board from '../../src/ui/board/Board.svelte';
import CheckIn from '../../src/ui/checkin/CheckIn.svelte';
import Timeline from '../../src/ui/timeline/Timeline.svelte';
import { progressSeries } from '../../src/core/checkin/stale';
import type { Roadmap } from '../../src/core/model/types';
import { writable } from 'svelte/store';
import { App, installDomHelpers } from '../fakes/obsidian';
import { openVault, type Harness } from './harness';
import { rendered } from './readingRender';
import { tableWidgetsOf } from './tableWidgets';

const NOTE = ['# Plan', '', '| Done | Project |', '| ---- | ------- |', '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha |', ''].join('\n');

let frame: HTMLIFrameElement | null = null;
let harness: Harness | null = null;
afterEach(async () => {
  frame?.remove();
  frame = null;
  await harness?.dispose();
  harness = null;
});

/** A second window, with Obsidian's helpers installed in it as Obsidian does for a pop-out. */
function popout(): { win: Window & typeof globalThis; doc: Document } {
  frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.appendChild(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  installDomHelpers(win);
  const doc = frame.contentDocument!;
  doc.body.replaceChildren();
  return { win, doc };
}

describe('a pop-out window', () => {
  it('is another realm, as the doors must expect', () => {
    const { doc } = popout();
    // Its inputs are made from its own HTMLInputElement: `instanceof` of the main one says no.
    const proto: unknown = Object.getPrototypeOf(doc.createElement('input'));
    expect([proto === HTMLInputElement.prototype, proto === (doc.defaultView as Window & typeof globalThis).HTMLInputElement.prototype]).toEqual([false, true]);
  });

  it('Reading view: a table checkbox clicked there writes the note', async () => {
    const app = new App();
    app.vault.seed('plan.md', NOTE);
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
    await plugin.onload();
    app.workspace.layoutReady();
    const processor = (plugin as unknown as { postProcessors: ((el: HTMLElement, ctx: unknown) => void)[] }).postProcessors[0];
    const { doc } = popout();
    const el = rendered(NOTE, doc);
    processor(el, { sourcePath: 'plan.md', getSectionInfo: () => ({ text: app.vault.contents.get('plan.md')!, lineStart: 2, lineEnd: 4 }) });
    el.querySelector<HTMLInputElement>('#aaaaaa')!.click();
    await expect.poll(() => app.vault.contents.get('plan.md')).toBe(NOTE.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
    await expect.poll(() => el.querySelector<HTMLInputElement>('#aaaaaa')!.checked).toBe(true);
  });

  it('Live Preview: a table checkbox clicked there is one transaction, and the table does not open', () => {
    const { doc } = popout();
    let opened = 0;
    const view = new EditorView({
      parent: doc.body,
      root: doc,
      state: EditorState.create({ doc: NOTE, extensions: [tableWidgetsOf(() => opened++), tableCheckboxClicks()] }),
    });
    const box = view.dom.querySelector<HTMLInputElement>('#aaaaaa')!;
    expect(box.ownerDocument).toBe(doc);
    box.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
    box.click();
    expect(view.state.doc.toString()).toBe(NOTE.replace('unchecked id="aaaaaa"', 'checked id="aaaaaa"'));
    expect(opened).toBe(0);
    view.destroy();
  });

  it('the board draws all its cards with the main window minimised, and its menu opens and writes there', async () => {
    const items = Array.from({ length: 220 }, (_, i) => `- [ ] Item ${i}`).join('\n');
    harness = await openVault('example-vault', { 'Many.md': `#roadmap\n\n## Many\n\n${items}\n` });
    const { win, doc } = popout();
    // A minimised window runs no animation frames.
    const mainFrames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    let board: ReturnType<typeof mount> | null = null;
    try {
      board = mount(Board, { target: doc.body, props: { source: harness.index, actions: harness.actions, view: harness.view, tags: ['roadmap', 'projects'], today: () => '2026-11-23' } });
      const total = harness.index.snapshot.roadmap.groups.reduce((sum, group) => sum + group.items.length, 0);
      expect(total).toBeGreaterThan(220);
      await expect.poll(() => doc.querySelectorAll('.roadmap-card').length, { timeout: 5000 }).toBe(total);
    } finally {
      mainFrames.mockRestore();
    }
    const card = [...doc.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.querySelector('.roadmap-card-title')?.textContent === 'Item 7')!;
    card.querySelector<HTMLElement>('.roadmap-card-menu-button')!.click();
    await expect.poll(() => doc.querySelector('.roadmap-card-menu')).not.toBeNull();
    expect(document.querySelector('.roadmap-card-menu')).toBeNull();
    const menu = doc.querySelector<HTMLElement>('.roadmap-card-menu')!;
    expect(menu.parentElement).toBe(doc.body);
    const done = [...menu.querySelectorAll<HTMLElement>('[role^="menuitem"]')].find((el) => el.textContent === 'Done')!;
    done.click();
    await expect.poll(async () => (await harness!.read('Many.md')).includes('- [x] Item 7\n')).toBe(true);
    await expect.poll(() => doc.querySelector('.roadmap-card-menu')).toBeNull();
    void unmount(board);
    void win;
  });

  it('the timeline follows its width there (a chart in a tab, a list at 300 px), and the check-in saves there', async () => {
    harness = await openVault('example-vault');
    const h = harness;
    const { doc } = popout();
    const host = doc.body.appendChild(doc.createElement('div'));
    host.className = 'roadmap-view';
    host.style.width = '1000px';
    const timeline = mount(Timeline, { target: host, props: { source: h.index, actions: { ...h.actions, progress: (roadmap: Roadmap) => progressSeries(h.history(), roadmap) }, view: writable({ zoom: 'year' as const, anchor: null }), today: () => '2026-11-23' } });
    await expect.poll(() => host.querySelector('.roadmap-tl-chart')).not.toBeNull();
    host.style.width = '300px';
    await expect.poll(() => host.querySelector('.roadmap-tl-list')).not.toBeNull();
    void unmount(timeline);
    const checkin = mount(CheckIn, { target: host, props: { source: h.index, actions: h.checkinActions, tags: ['roadmap'], today: () => '2026-11-23' } });
    await expect.poll(() => host.querySelectorAll('textarea').length).toBe(3);
    await expect.poll(() => host.querySelector('textarea')!.disabled).toBe(false);
    const area = host.querySelector('textarea')!;
    area.value = 'From a pop-out';
    area.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }));
    area.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await expect.poll(async () => (await h.read('Check-ins/2026-W48.md').catch(() => '')).includes('From a pop-out')).toBe(true);
    void unmount(checkin);
  });
});
