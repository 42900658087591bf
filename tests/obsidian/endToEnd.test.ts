// One use end to end over the faithful fake: the board is open, a card's checkbox is
// clicked (the action the card calls) while its note is open in Live Preview, shown in
// Reading mode, or closed. The file, the board and the editor must agree; where an editor
// made the change, one Mod+Z reverts it.
import { afterEach, describe, expect, it } from 'vitest';
import { App, Editor, flushSaves, MarkdownView, notices, TFile, View } from '../fakes/obsidian';
import { roleWords } from '../../src/core/model/columns';
import { localIsoDate } from '../../src/core/parse/dates';
import { viewActions } from '../../src/obsidian/viewActions';
import { seedExample, startPlugin } from '../helpers/plugin';
const NOTE = 'long term bets.md';
const TITLE = 'Write a storage engine from scratch';

async function boardOpen(where: 'live preview' | 'reading' | 'closed') {
  const app = new App();
  seedExample(app);
  const plugin = await startPlugin(app);
  let view: MarkdownView | null = null;
  if (where !== 'closed') {
    const file = app.vault.getAbstractFileByPath(NOTE);
    if (!(file instanceof TFile)) throw new Error('no note');
    view = new MarkdownView(file, new Editor(app.vault.contents.get(NOTE)!), where === 'reading' ? 'preview' : 'source');
    app.workspace.addLeaf(view);
  }
  const board = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, new View() as never, 'roadmap-board');
  const card = () => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === TITLE)!;
  const settle = async () => {
    await app.metadataCache.settleMetadata();
    await plugin.index.settled();
  };
  return { app, plugin, view, board, card, settle };
}

afterEach(async () => {
  await flushSaves();
});

const checkedLine = '- [x] Write a storage engine from scratch';

describe('a card’s checkbox clicked on the board', () => {
  it('note open in Live Preview: the board at once, the file after the save, and one Mod+Z reverts all three', async () => {
    const { app, view, board, card, settle } = await boardOpen('live preview');
    const original = app.vault.contents.get(NOTE)!;
    expect(await board.toggle(NOTE, card().ref!, true)).toEqual({ ok: true });
    await settle();
    expect(card().done).toBe(true);
    expect(view!.editor.getValue()).toContain(checkedLine);
    await flushSaves();
    await settle();
    expect(app.vault.contents.get(NOTE)).toBe(view!.editor.getValue());
    expect(card().done).toBe(true);
    view!.editor.undo();
    await flushSaves();
    await settle();
    expect(app.vault.contents.get(NOTE)).toBe(original);
    expect(card().done).toBe(false);
  });

  it('note shown in Reading mode: the file at once through Vault.process; the hidden editor untouched', async () => {
    const { app, view, board, card, settle } = await boardOpen('reading');
    expect(await board.toggle(NOTE, card().ref!, true)).toEqual({ ok: true });
    expect(app.vault.contents.get(NOTE)).toContain(checkedLine);
    expect(view!.editor.transactions).toBe(0);
    await settle();
    expect(card().done).toBe(true);
  });

  it('note closed: the file through Vault.process, the board after its change events', async () => {
    const { app, board, card, settle } = await boardOpen('closed');
    expect(await board.toggle(NOTE, card().ref!, true)).toEqual({ ok: true });
    expect(app.vault.processCalls).toBe(1);
    expect(app.vault.contents.get(NOTE)).toContain(checkedLine);
    await settle();
    expect(card().done).toBe(true);
    // Clicked again to the state it has: nothing to write, Vault.process not called.
    expect(await board.toggle(NOTE, card().ref!, true)).toEqual({ ok: true });
    expect(app.vault.processCalls).toBe(1);
  });
});

describe('a recurring task checked on the board', () => {
  const CHORES = 'Chores.md';
  const note = '#roadmap\n\n## Chores\n- [ ] Water plants 🔁 every week 📅 2026-11-23\n';
  async function open(withTasks: boolean) {
    const app = new App();
    app.vault.seed(CHORES, note);
    const calls: [string, string][] = [];
    if (withTasks) {
      // The Tasks plugin's API as Obsidian exposes it: the next occurrence, then the done task.
      const api = {
        executeToggleTaskDoneCommand: (line: string, path: string) => {
          calls.push([line, path]);
          return `${line.replace('2026-11-23', '2026-11-30')}\n${line.replace('[ ]', '[x]')} ✅ 2026-11-23`;
        },
      };
      (app as unknown as { plugins: unknown }).plugins = { plugins: { 'obsidian-tasks-plugin': { apiV1: api } } };
    }
    const plugin = await startPlugin(app);
    const board = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, new View() as never, 'roadmap-board');
    const item = plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === 'Water plants')!;
    return { app, board, item, calls, plugin };
  }

  it('goes through the Tasks plugin, which writes the next occurrence; one undo removes both', async () => {
    const { app, board, item, calls, plugin } = await open(true);
    expect(await board.toggle(CHORES, item.ref!, true)).toEqual({ ok: true });
    // Asked with the task's line and its note (the writer may ask again as it re-checks the text).
    expect(new Set(calls.map((c) => c.join(' in ')))).toEqual(new Set([`- [ ] Water plants 🔁 every week 📅 2026-11-23 in ${CHORES}`]));
    expect(app.vault.contents.get(CHORES)).toBe('#roadmap\n\n## Chores\n- [ ] Water plants 🔁 every week 📅 2026-11-30\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ 2026-11-23\n');
    await plugin.writer.undoLast();
    expect(app.vault.contents.get(CHORES)).toBe(note);
  });

  it('without the Tasks plugin is checked plainly, and the person is told no next occurrence was made', async () => {
    notices.length = 0;
    const { app, board, item } = await open(false);
    expect(await board.setState(item, 'done')).toEqual({ ok: true });
    const today = localIsoDate(new Date());
    expect(app.vault.contents.get(CHORES)).toBe(`#roadmap\n\n## Chores\n- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ ${today}\n`);
    // The CLI's words for the same action (one write path, one message).
    expect(notices).toEqual([`Roadmap Board: ${CHORES}:4 "Water plants": To do → Done (it repeats, but no next occurrence was created: the Tasks plugin makes one when checked in Obsidian)`]);
  });
});
