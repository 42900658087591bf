import { describe, expect, it } from 'vitest';
import { writable } from 'svelte/store';
import { DEFAULT_STATUSES } from '../../src/core/model/statuses';
import { registerCommands, type CommandActions } from '../../src/obsidian/commands';
import { revealView, saveLayoutOnChange } from '../../src/obsidian/openViews';
import { App, Editor, ItemView, MarkdownView, Plugin, TFile, WorkspaceLeaf } from '../fakes/obsidian';

// The command palette's commands (SPEC §6) each call their one action with its own
// argument, and views open where each command says: the open one revealed, else a new
// one in the right sidebar, or a new tab when asked.

function commands() {
  const calls: string[] = [];
  const record = (name: string) => (arg?: string) => (calls.push(arg === undefined ? name : `${name} ${arg}`), Promise.resolve());
  const actions: CommandActions = {
    openBoard: record('openBoard'),
    openCheckin: record('openCheckin'),
    openTimeline: record('openTimeline'),
    openWeeklyNote: record('openWeeklyNote'),
    rebuildIndex: record('rebuildIndex'),
    undoLast: record('undoLast'),
    statuses: () => DEFAULT_STATUSES,
    perform: (action) => (calls.push(`perform ${JSON.stringify(action)}`), Promise.resolve()),
  };
  const plugin = new Plugin(new App(), { id: 'roadmap-board' } as never);
  registerCommands(plugin as never, actions);
  const byId = (id: string) => plugin.commands.find((c) => c.id === id)!;
  return { calls, plugin, byId };
}

describe('commands', () => {
  it('each palette command calls its action, with where to open', () => {
    const { calls, plugin, byId } = commands();
    expect(plugin.commands.map((c) => [c.id, c.name])).toEqual([
      ['open-board', 'Open board'],
      ['open-board-in-tab', 'Open board in a new tab'],
      ['open-checkin', 'Open weekly check-in'],
      ['open-timeline', 'Open roadmap timeline'],
      ['open-timeline-in-sidebar', 'Open roadmap timeline in the sidebar'],
      ['open-weekly-note', "Open this week's note"],
      ['toggle-checkbox-at-cursor', 'Toggle checkbox on this line'],
      ['insert-table-checkbox', 'Insert table checkbox'],
      ['rebuild-index', 'Rebuild index'],
      ['undo-last-change', 'Undo last roadmap change'],
    ]);
    // No default hotkeys (Obsidian's guidelines): people choose their own.
    expect(plugin.commands.some((c) => 'hotkeys' in c)).toBe(false);
    for (const id of ['open-board', 'open-board-in-tab', 'open-checkin', 'open-timeline', 'open-timeline-in-sidebar', 'open-weekly-note', 'rebuild-index', 'undo-last-change']) byId(id).callback!();
    expect(calls).toEqual(['openBoard sidebar', 'openBoard tab', 'openCheckin', 'openTimeline tab', 'openTimeline sidebar', 'openWeeklyNote', 'rebuildIndex', 'undoLast']);
  });

  it('the cursor toggle offers itself only on a checkbox line of a note, and acts with the line and column it was given', () => {
    const { calls, byId } = commands();
    const toggle = byId('toggle-checkbox-at-cursor').editorCheckCallback as unknown as (checking: boolean, editor: unknown, info: unknown) => boolean;
    const editor = new Editor('intro\n- [ ] task\n');
    const view = new MarkdownView(new TFile('Note.md'), editor);
    editor.cursor = { line: 0, ch: 2 };
    expect(toggle(true, editor as never, view as never)).toBe(false);
    editor.cursor = { line: 1, ch: 3 };
    expect(toggle(true, editor as never, { file: null })).toBe(false);
    expect(toggle(true, editor as never, view as never)).toBe(true);
    expect(calls).toEqual([]);
    expect(toggle(false, editor as never, view as never)).toBe(true);
    expect(calls).toEqual(['perform {"kind":"toggleAtCursor","path":"Note.md","line":2,"ch":3}']);
  });
});

class Panel extends ItemView {
  getViewType(): string {
    return 'panel';
  }
  getDisplayText(): string {
    return 'Panel';
  }
}

function workspaceWithPanel() {
  const app = new App();
  app.workspace.viewCreators.set('panel', (leaf: WorkspaceLeaf) => new Panel(leaf));
  return app;
}

describe('revealView', () => {
  it('sidebar: a new one in the right sidebar, then the open one revealed, never a second', async () => {
    const app = workspaceWithPanel();
    const first = await revealView(app as never, 'panel');
    expect(first).toMatchObject({ side: 'right', askedAs: 'right' });
    expect((first as unknown as WorkspaceLeaf).view).toBeInstanceOf(Panel);
    const again = await revealView(app as never, 'panel');
    expect(again).toBe(first);
    expect(app.workspace.getLeavesOfType('panel')).toHaveLength(1);
    expect(app.workspace.revealed).toEqual([first, first]);
  });

  it('tab: a new tab each time, even with one open', async () => {
    const app = workspaceWithPanel();
    await revealView(app as never, 'panel');
    const tab = await revealView(app as never, 'panel', 'tab');
    expect(tab).toMatchObject({ side: 'main', askedAs: 'tab' });
    expect(app.workspace.getLeavesOfType('panel')).toHaveLength(2);
  });

  it('no sidebar to open in: nothing', async () => {
    const app = workspaceWithPanel();
    app.workspace.getRightLeaf = () => null as never;
    expect(await revealView(app as never, 'panel')).toBeNull();
  });

  it("a view's choices save the layout on each change after the first value", () => {
    const app = workspaceWithPanel();
    const leaf = app.workspace.addLeaf(new Panel(null as never));
    const view = new Panel(leaf);
    const choices = writable({ zoom: 'year' });
    saveLayoutOnChange(view as never, choices);
    expect(app.workspace.layoutSaves).toBe(0);
    choices.set({ zoom: 'month' });
    choices.set({ zoom: 'quarter' });
    expect(app.workspace.layoutSaves).toBe(2);
    view.unload();
    choices.set({ zoom: 'year' });
    expect(app.workspace.layoutSaves).toBe(2);
  });
});
