/**
 * The plugin's board view as Obsidian hosts it (the small fake of `obsidian`), in real
 * Chromium: opened by its command, writing through the plugin's writer, its choices kept
 * in the view state, gone on unload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import RoadmapBoardPlugin from '../../src/main';
import { localIsoDate } from '../../src/core/parse/dates';
import { App, DeferredView, Editor, MarkdownView, notices, TFile, type ItemView } from '../fakes/obsidian';

const NOTES = ['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md'];

async function started() {
  const app = new App();
  const dir = await commands.vaultCopy('example-vault');
  for (const name of NOTES) app.vault.seed(name, await commands.vaultRead(dir, name));
  await commands.vaultRemove(dir);
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await plugin.onload();
  app.workspace.layoutReady();
  await expect.poll(() => plugin.index.snapshot.state).toBe('ready');
  return { app, plugin };
}

async function openBoard(app: App, plugin: RoadmapBoardPlugin, id = 'open-board') {
  const command = (plugin as unknown as { commands: { id: string; callback: () => void }[] }).commands.find((c) => c.id === id)!;
  command.callback();
  await expect.poll(() => app.workspace.getLeavesOfType('roadmap-board').length).toBeGreaterThan(0);
  const leaves = app.workspace.getLeavesOfType('roadmap-board');
  const view = leaves[leaves.length - 1].view as unknown as ItemView;
  document.body.appendChild(view.contentEl);
  await expect.poll(() => view.contentEl.querySelectorAll('.roadmap-card').length).toBeGreaterThan(50);
  return view;
}

const card = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll<HTMLElement>('.roadmap-card')].find((el) => el.querySelector('.roadmap-card-title')?.textContent === title)!;

beforeEach(() => {
  notices.length = 0;
  document.body.replaceChildren();
});

describe('the board view in the plugin', () => {
  it('opens in the right sidebar by its command, once', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    expect(app.workspace.getLeavesOfType('roadmap-board').map((l) => l.side)).toEqual(['right']);
    await openBoard(app, plugin);
    expect(app.workspace.getLeavesOfType('roadmap-board')).toHaveLength(1);
    expect(view.contentEl.classList.contains('roadmap-view')).toBe(true);
    // Icons come from Obsidian's set.
    expect(view.contentEl.querySelector('[data-icon="more-horizontal"]')).not.toBeNull();
    await openBoard(app, plugin, 'open-board-in-tab');
    expect(app.workspace.getLeavesOfType('roadmap-board').map((l) => l.side)).toEqual(['right', 'main']);
  });

  it('a board restored in a background tab (a deferred view) is revealed and loaded, not opened twice', async () => {
    const { app, plugin } = await started();
    const restored = app.workspace.addLeaf(new DeferredView('roadmap-board'), 'right');
    const view = await openBoard(app, plugin);
    expect(app.workspace.getLeavesOfType('roadmap-board')).toEqual([restored]);
    expect(restored.view).toBe(view);
    expect(view).not.toBeInstanceOf(DeferredView);
  });

  it('a click on a task writes the closed note through Vault.process', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    const before = app.vault.contents.get('long term bets.md')!;
    const storage = card(view.contentEl, 'Write a storage engine from scratch');
    await userEvent.click(storage.querySelector<HTMLElement>('.roadmap-expander')!);
    await userEvent.click(storage.querySelectorAll<HTMLInputElement>('.roadmap-task input')[1]);
    // Checked, with its done date: the note writes Tasks' dates (📅).
    const today = localIsoDate(new Date());
    await expect.poll(() => app.vault.contents.get('long term bets.md')).toBe(before.replace(/ {2}- \[ \] (Build a memtable[^\n]*)/, `  - [x] $1 ✅ ${today}`));
    expect(app.vault.processCalls).toBe(1);
    await expect.poll(() => card(view.contentEl, 'Write a storage engine from scratch').querySelector('.roadmap-expander')!.textContent.trim()).toBe('2/3');
  });

  it('a click on a card of an open note lands as an editor transaction', async () => {
    const { app, plugin } = await started();
    const file = app.vault.getAbstractFileByPath('long term bets.md');
    if (!(file instanceof TFile)) throw new Error('no note');
    const editor = new Editor(app.vault.contents.get(file.path)! + '\nunsaved\n');
    app.workspace.addLeaf(new MarkdownView(file, editor));
    const view = await openBoard(app, plugin);
    await userEvent.click(card(view.contentEl, 'Publish one deep-dive post a month').querySelector('input')!);
    await expect.poll(() => editor.transactions).toBe(1);
    expect(editor.text).toContain('- [x] Publish one deep-dive post a month');
    expect(editor.text.endsWith('\nunsaved\n')).toBe(true);
    expect(app.vault.processCalls).toBe(0);
  });

  it('a refused write shows a notice, puts the box back and changes nothing', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    const file = app.vault.getAbstractFileByPath('long term bets.md');
    if (!(file instanceof TFile)) throw new Error('no note');
    // The line changes behind the board's back, before the index hears of it.
    const edited = app.vault.contents.get(file.path)!.replace('- [ ] Publish one deep-dive post a month', '- [ ] Publish two deep-dive posts a month');
    app.vault.contents.set(file.path, edited);
    const box = card(view.contentEl, 'Publish one deep-dive post a month').querySelector('input')!;
    await userEvent.click(box);
    await expect.poll(() => notices.length).toBe(1);
    expect(notices[0]).toMatch(/^Roadmap Board: the checkbox is no longer in the note .*\. Nothing was changed\.$/);
    expect(box.checked).toBe(false);
    expect(app.vault.contents.get(file.path)).toBe(edited);
    expect(view.contentEl.querySelector('.roadmap-message')!.textContent).toMatch(/^Not changed: the checkbox is no longer in the note/);
  });

  it('opens a note at the line, in a new tab with Mod', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    const title = card(view.contentEl, 'gVisor - foreverVM').querySelector<HTMLElement>('.roadmap-card-title')!;
    await userEvent.click(title);
    await userEvent.click(title, { modifiers: ['Control'] });
    // The card menu's Open to the right, in the plugin's own actions.
    await userEvent.click(title, { button: 'right' });
    await userEvent.click([...document.querySelectorAll<HTMLElement>('.roadmap-card-menu [role="menuitem"]')].find((el) => el.textContent === 'Open to the right')!);
    expect(app.workspace.opened.map((o) => [o.path, o.eState])).toEqual([
      ['Projects.md', { line: 18 }],
      ['Projects.md', { line: 18 }],
      ['Projects.md', { line: 18 }],
    ]);
  });

  it('keeps its choices in the view state across a reload', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    await userEvent.click(view.contentEl.querySelector<HTMLElement>('[role=radio]:nth-child(2)')!);
    await userEvent.fill(view.contentEl.querySelector<HTMLInputElement>('.roadmap-filter')!, 'go');
    expect(app.workspace.layoutSaves).toBeGreaterThan(0);
    const saved = JSON.parse(JSON.stringify(view.getState())) as Record<string, unknown>;
    expect(saved).toMatchObject({ grouping: 'status', filter: 'go' });

    const leaf = app.workspace.getRightLeaf(false);
    await leaf.setViewState({ type: 'roadmap-board', state: saved });
    const reopened = leaf.view as unknown as ItemView;
    document.body.appendChild(reopened.contentEl);
    await expect.poll(() => [...reopened.contentEl.querySelectorAll('.roadmap-lane-title')].map((e) => e.textContent)).toEqual(['To do', 'Doing', 'Done']);
    expect(reopened.contentEl.querySelector<HTMLInputElement>('.roadmap-filter')!.value).toBe('go');
  });

  it('unload closes the view and leaves nothing mounted', async () => {
    const { app, plugin } = await started();
    const view = await openBoard(app, plugin);
    plugin.unload();
    await expect.poll(() => view.contentEl.childElementCount).toBe(0);
    expect(app.workspace.getLeavesOfType('roadmap-board')).toHaveLength(0);
    expect(app.vault.listenerCount()).toBe(0);
  });
});
