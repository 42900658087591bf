// Behaviours of the Obsidian layer that only the plugin's own wiring decides, each pinned
// where a mistake in that wiring would show: the writer's undo of a many-splice action in
// an open editor, what reaches the Tasks plugin, the day a done date names, the stale
// setting in the plugin's check-in, and a renamed roadmap note.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyHistory, recordCheckin } from '../../src/core/checkin/history';
import { roleWords } from '../../src/core/model/columns';
import { viewActions } from '../../src/obsidian/viewActions';
import { App, Editor, flushSaves, MarkdownView, TFile, View } from '../fakes/obsidian';
import { checkinActionsOf, seedExample, startPlugin } from '../helpers/plugin';
import type RoadmapBoardPlugin from '../../src/main';

afterEach(async () => {
  vi.useRealTimers();
  await flushSaves();
});

const boardOf = (app: App, plugin: RoadmapBoardPlugin) =>
  viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, new View() as never, 'roadmap-board');
const itemsOf = (plugin: RoadmapBoardPlugin) => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items);

function fileAt(app: App, path: string): TFile {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`${path} is not in the fake vault`);
  return file;
}

describe('the writer’s undo of an action that made several changes', () => {
  const ROW = '#roadmap\n\n| Done | Item | Status |\n| --- | --- | --- |\n| <input type="checkbox" unchecked id="a1b2c3"> | Alpha | To do |\n';
  it('note open in an editor: the toggle and its Status cell in one transaction, and undone in one, byte for byte', async () => {
    const app = new App();
    app.vault.seed('Row.md', ROW);
    const plugin = await startPlugin(app);
    const editor = new Editor(ROW);
    app.workspace.addLeaf(new MarkdownView(fileAt(app, 'Row.md'), editor));
    const alpha = itemsOf(plugin).find((i) => i.title === 'Alpha')!;
    expect(await boardOf(app, plugin).toggle('Row.md', alpha.ref!, true)).toEqual({ ok: true });
    // Two splices of different lengths: the first shortens the line before the second.
    expect(editor.text).toBe(ROW.replace('unchecked id="a1b2c3"> | Alpha | To do |', 'checked id="a1b2c3"> | Alpha | Done  |'));
    expect(editor.transactions).toBe(1);
    expect(await plugin.writer.undoLast()).toMatchObject({ ok: true });
    expect(editor.text).toBe(ROW);
    expect(editor.transactions).toBe(2);
    expect(app.vault.processCalls).toBe(0);
  });

  it('note closed: undone through one Vault.process, byte for byte', async () => {
    const app = new App();
    const crlf = ROW.replace(/\n/g, '\r\n');
    app.vault.seed('Row.md', crlf);
    const plugin = await startPlugin(app);
    const alpha = itemsOf(plugin).find((i) => i.title === 'Alpha')!;
    await boardOf(app, plugin).setState(alpha, 'doing');
    expect(app.vault.contents.get('Row.md')).toBe(crlf.replace('| Alpha | To do |', '| Alpha | In progress |'));
    const calls = app.vault.processCalls;
    expect(await plugin.writer.undoLast()).toMatchObject({ ok: true });
    expect(app.vault.contents.get('Row.md')).toBe(crlf);
    expect(app.vault.processCalls).toBe(calls + 1);
  });
});

describe('a recurring task and the Tasks plugin', () => {
  const NOTE = '#roadmap\n\n## Chores\n- [ ] Water plants 🔁 every week 📅 2026-11-23\n';
  it('a move to Doing is a marker, never Tasks’ toggle-done; Done goes through Tasks', async () => {
    const app = new App();
    app.vault.seed('Chores.md', NOTE);
    const calls: string[] = [];
    const api = { executeToggleTaskDoneCommand: (line: string) => (calls.push(line), `${line.replace(/\[.\]/, '[x]')} ✅ 2026-11-23`) };
    (app as unknown as { plugins: unknown }).plugins = { plugins: { 'obsidian-tasks-plugin': { apiV1: api } } };
    const plugin = await startPlugin(app);
    const board = boardOf(app, plugin);
    const item = () => itemsOf(plugin).find((i) => i.title === 'Water plants')!;
    expect(await board.setState(item(), 'doing')).toEqual({ ok: true });
    expect(calls).toEqual([]);
    expect(app.vault.contents.get('Chores.md')).toBe(NOTE.replace('[ ]', '[/]'));
    await plugin.index.settled();
    expect(await board.setState(item(), 'done')).toEqual({ ok: true });
    expect(calls.length).toBeGreaterThan(0);
    expect(app.vault.contents.get('Chores.md')).toBe(NOTE.replace('[ ]', '[x]').replace('2026-11-23\n', '2026-11-23 ✅ 2026-11-23\n'));
  });
});

describe('the done date is the person’s local day', () => {
  it('stamped with the local date where it differs from UTC’s (run far from UTC)', async () => {
    // Local midnight and a half: in a zone east of UTC it is still yesterday in UTC; west
    // of it, late evening is already tomorrow in UTC.
    const east = new Date().getTimezoneOffset() < 0;
    const now = east ? new Date(2026, 11, 8, 0, 30) : new Date(2026, 11, 7, 23, 30);
    const local = east ? '2026-12-08' : '2026-12-07';
    const app = new App();
    app.vault.seed('Ship.md', '#roadmap\n\n- [ ] Ship 📅 2026-12-01\n');
    const plugin = await startPlugin(app);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    const ship = itemsOf(plugin).find((i) => i.title === 'Ship')!;
    expect(await boardOf(app, plugin).toggle('Ship.md', ship.ref!, true)).toEqual({ ok: true });
    expect(app.vault.contents.get('Ship.md')).toBe(`#roadmap\n\n- [x] Ship 📅 2026-12-01 ✅ ${local}\n`);
  });
});

describe('the plugin’s check-in and the stale setting', () => {
  async function staleWith(staleAfter: number | undefined) {
    const app = new App();
    seedExample(app);
    const probe = await startPlugin(app);
    const roadmap = probe.index.snapshot.roadmap;
    // One check-in recorded in week 48 that saw the roadmap as it is now.
    const checkins = recordCheckin(emptyHistory(), { year: 2026, week: 48 }, roadmap, '2026-11-27');
    probe.unload();
    const plugin = await startPlugin(app, staleAfter === undefined ? { checkins } : { staleAfter, checkins });
    return checkinActionsOf(app).stale({ year: 2026, week: 49 }, plugin.index.snapshot.roadmap).map((s) => s.item.title);
  }

  it('one unchanged check-in is enough with "stale after" 1; the default asks for three', async () => {
    const stale = await staleWith(1);
    expect(stale).toEqual(expect.arrayContaining(['Writing an Interpreter in Go', 'Write a storage engine from scratch']));
    expect(await staleWith(undefined)).toEqual([]);
    expect(await staleWith(2)).toEqual([]);
  });
});

describe('a renamed roadmap note', () => {
  it('one nothing links to keeps its items, under the new path', async () => {
    const app = new App();
    seedExample(app);
    const plugin = await startPlugin(app);
    const before = itemsOf(plugin).filter((i) => i.path === 'Projects.md').map((i) => i.title);
    expect(before.length).toBeGreaterThan(5);
    await app.vault.rename(fileAt(app, 'Projects.md'), 'Plans/Projects 2026.md');
    await plugin.index.settled();
    expect(itemsOf(plugin).filter((i) => i.path === 'Projects.md')).toEqual([]);
    expect(itemsOf(plugin).filter((i) => i.path === 'Plans/Projects 2026.md').map((i) => i.title)).toEqual(before);
    expect(plugin.index.snapshot.roadmap.groups.filter((g) => g.path === 'Plans/Projects 2026.md').length).toBeGreaterThan(0);
  });
});
