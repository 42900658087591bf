/**
 * The door matrix (SPEC §3, one write path): every action × every door that offers it,
 * on the same notes — the plugin's doors over the fake of Obsidian in real Chromium (the
 * board and card menu, the check-in, the timeline, Reading view, Live Preview with real
 * CodeMirror, the command at the cursor) and the real `roadmap` binary on real files.
 * Each door must give the same bytes, the same undo entry (whose message is the CLI's
 * line), tell the index before any save, and undo back to the original bytes.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import RoadmapBoardPlugin from '../../src/main';
import type { Item, Task } from '../../src/core/model/types';
import type { State } from '../../src/core/model/types';
import { localIsoDate } from '../../src/core/parse/dates';
import { roleWords } from '../../src/core/model/columns';
import { checkinActions } from '../../src/obsidian/checkinHost';
import { viewActions } from '../../src/obsidian/viewActions';
import type { BoardActions } from '../../src/ui/actions';
import { App, CodeMirrorEditor, Editor, editorInfoField, editorLivePreviewField, flushSaves, MarkdownView, TFile, View } from '../fakes/obsidian';
import { tableWidgetsOf } from './tableWidgets';
import { rendered } from './readingRender';

const TODAY = localIsoDate(new Date());
const UNDO_FILE = '.obsidian/plugins/roadmap-board/undo.json';

const PROJECTS = [
  '#roadmap',
  '',
  '| Done | Project | Status | Due |',
  '| ---- | ------- | ------ | --- |',
  '| <input type="checkbox" unchecked id="aaaaaa"> | Alpha | Doing | 2026-03-31 |',
  '| [ ] | Beta | To do | Q2 2026 |',
  '| <input type="checkbox" unchecked id="cccccc"> | Gamma<br>[ ] draft<br>[x] review | To do | |',
  '',
].join('\n');
const TASKS = [
  '#roadmap',
  '',
  '## Work',
  '- [ ] Ship 📅 2026-12-01',
  '- [ ] Water plants 🔁 every week 📅 2026-11-23',
  '- Plan the launch',
  '1. [ ] Numbered',
  '   1. [ ] first step',
  '',
].join('\n');
const CRLF = ['#roadmap', '', '| Done | Project | Status |', '| --- | --- | --- |', '| <input type="checkbox" unchecked id="eeeeee"> | Delta | Doing |', ''].join('\r\n');
const NOTES: Record<string, string> = { 'Projects.md': PROJECTS, 'Tasks.md': TASKS, 'Crlf.md': CRLF };

type Door = 'board' | 'check-in' | 'timeline' | 'reading' | 'live preview' | 'command' | 'cli';

/** A plugin over the fake of Obsidian holding NOTES, its index ready. */
async function started() {
  const app = new App();
  for (const [path, text] of Object.entries(NOTES)) app.vault.seed(path, text);
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await plugin.onload();
  app.workspace.layoutReady();
  await plugin.index.settled();
  while (plugin.index.snapshot.state !== 'ready') await new Promise((r) => setTimeout(r, 5));
  const host = { app: app as never, writer: plugin.writer, words: () => roleWords(plugin.roadmapSettings.columnWords), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} };
  const store = { settings: () => plugin.roadmapSettings, history: () => ({ version: 1, records: [] }) as never, saveHistory: async () => {} };
  const actions = (door: Door) =>
    door === 'check-in' ? checkinActions(host, new View() as never, plugin.checkins, plugin.index, store) : viewActions(host, new View() as never, door === 'timeline' ? 'roadmap-timeline' : 'roadmap-board');
  return { app, plugin, actions };
}

const items = (plugin: RoadmapBoardPlugin): Item[] => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items);
const item = (plugin: RoadmapBoardPlugin, title: string) => items(plugin).find((i) => i.title === title)!;
const task = (plugin: RoadmapBoardPlugin, text: string): Task => items(plugin).flatMap((i) => i.tasks).find((t) => t.text === text)!;

let cleanup: (() => void)[] = [];
afterEach(async () => {
  await flushSaves();
  for (const done of cleanup.splice(0)) done();
});

/** What one door left: every note's bytes, the undo log, and whether the index saw the change before any save. */
interface Outcome {
  files: Record<string, string>;
  undo: unknown;
  message: string;
  indexedBeforeSave: boolean;
  undone: Record<string, string>;
}

/** A toggle through a plugin door: the checkbox named by its id or its text, set to `want`. */
interface ToggleCase {
  name: string;
  path: string;
  /** The ref's owner: an item's title or a task's text. */
  of: { item: string } | { task: string };
  want: boolean;
  doors: Door[];
  /** How a person finds it in the rendered table (Reading view, Live Preview), and where the cursor stands (command). */
  selector?: string;
  textBox?: { row: number; cell: number; index: number };
  cursor?: { line: number; ch: number };
  /** What the note must read after it, by hand. */
  expected: (text: string) => string;
  /** The model's state of the item once the index has seen it. */
  seen: (plugin: RoadmapBoardPlugin) => boolean;
}

const refOf = (plugin: RoadmapBoardPlugin, c: ToggleCase) => ('item' in c.of ? item(plugin, c.of.item).ref! : task(plugin, c.of.task).ref);

async function viaPlugin(c: ToggleCase, door: Door): Promise<Outcome> {
  const { app, plugin, actions } = await started();
  const ref = refOf(plugin, c);
  const file = app.vault.getAbstractFileByPath(c.path);
  if (!(file instanceof TFile)) throw new Error(`${c.path} is not seeded`);
  const original = app.vault.contents.get(c.path)!;
  if (door === 'board' || door === 'check-in') {
    expect(await actions(door).toggle(c.path, ref, c.want), door).toEqual({ ok: true });
  } else if (door === 'reading') {
    const processor = (plugin as unknown as { postProcessors: ((el: HTMLElement, ctx: unknown) => void)[] }).postProcessors[0];
    const el = rendered(original);
    cleanup.push(() => el.remove());
    const lines = original.split(/\r?\n/);
    const lineStart = lines.findIndex((l) => l.startsWith('|'));
    processor(el, { sourcePath: c.path, getSectionInfo: () => ({ text: app.vault.contents.get(c.path)!, lineStart, lineEnd: lineStart + lines.slice(lineStart).findIndex((l) => !l.startsWith('|')) - 1 }) });
    const input = c.selector ? el.querySelector<HTMLElement>(c.selector)! : el.querySelector('table')!.rows[c.textBox!.row].cells[c.textBox!.cell].querySelectorAll<HTMLElement>('input')[c.textBox!.index];
    await userEvent.click(input);
  } else if (door === 'live preview') {
    const parent = document.body.appendChild(document.createElement('div'));
    let editor: CodeMirrorEditor | null = null;
    const extensions = (plugin as unknown as { editorExtensions: unknown[] }).editorExtensions.flat(2) as never[];
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: original,
        extensions: [tableWidgetsOf(), ...extensions, editorLivePreviewField, editorInfoField.init(() => ({ file, editor: editor! })), EditorView.updateListener.of((u) => u.docChanged && editor?.changed())],
      }),
    });
    editor = new CodeMirrorEditor(view);
    app.workspace.addLeaf(new MarkdownView(file, editor));
    cleanup.push(() => {
      view.destroy();
      parent.remove();
    });
    await userEvent.click(view.dom.querySelector<HTMLElement>(c.selector!)!);
  } else if (door === 'command') {
    const editor = new Editor(original);
    const view = new MarkdownView(file, editor);
    app.workspace.addLeaf(view);
    editor.cursor = c.cursor!;
    const command = (plugin as unknown as { commands: { id: string; editorCheckCallback: (checking: boolean, editor: Editor, info: MarkdownView) => boolean }[] }).commands.find((x) => x.id === 'toggle-checkbox-at-cursor')!;
    expect(command.editorCheckCallback(false, editor, view)).toBe(true);
  }
  await plugin.writer.settled();
  await plugin.index.settled();
  // Told at once: the model has it before the editor's debounced save reaches the file.
  const indexedBeforeSave = c.seen(plugin);
  await flushSaves();
  const files = Object.fromEntries(Object.keys(NOTES).map((p) => [p, app.vault.contents.get(p)!]));
  const undo = JSON.parse(app.vault.configFiles.get(UNDO_FILE) ?? 'null') as { message: string }[] | null;
  const undid = await plugin.writer.undoLast();
  expect(undid, `${door}: ${JSON.stringify(undid)} ${JSON.stringify(files)} ${JSON.stringify(undo)}`).toMatchObject({ ok: true });
  await flushSaves();
  const undone = Object.fromEntries(Object.keys(NOTES).map((p) => [p, app.vault.contents.get(p)!]));
  return { files, undo, message: undo?.[0]?.message ?? '', indexedBeforeSave, undone };
}

/** The same action through the real binary: the action, then `undo`. */
async function viaCli(args: (vault: string) => string[], path: string): Promise<Outcome & { stdout: string }> {
  const [done, undone] = await commands.cliSession(NOTES, [args('{vault}'), ['undo', '{vault}']]);
  expect(done.code, done.stderr).toBe(0);
  expect(undone.code, undone.stderr).toBe(0);
  const notes = (files: Record<string, string>) => Object.fromEntries(Object.keys(NOTES).map((p) => [p, files[p]]));
  const undo = JSON.parse(done.files[UNDO_FILE]) as { message: string }[];
  expect(undo[0].message.startsWith(path)).toBe(true);
  return { files: notes(done.files), undo, message: undo[0].message, indexedBeforeSave: true, undone: notes(undone.files), stdout: done.stdout };
}

const TOGGLES: ToggleCase[] = [
  {
    name: 'a Table Checkboxes row with a Status cell',
    path: 'Projects.md',
    of: { item: 'Alpha' },
    want: true,
    doors: ['board', 'check-in', 'reading', 'live preview', 'command', 'cli'],
    selector: '#aaaaaa',
    cursor: { line: 4, ch: 4 },
    expected: (t) => t.replace('unchecked id="aaaaaa"> | Alpha | Doing |', 'checked id="aaaaaa"> | Alpha | Done  |'),
    seen: (p) => item(p, 'Alpha').state === 'done',
  },
  {
    name: 'a [ ] row checkbox carries its Status cell',
    path: 'Projects.md',
    of: { item: 'Beta' },
    want: true,
    doors: ['board', 'reading', 'cli'],
    textBox: { row: 2, cell: 0, index: 0 },
    expected: (t) => t.replace('| [ ] | Beta | To do |', '| [x] | Beta | Done  |'),
    seen: (p) => item(p, 'Beta').state === 'done',
  },
  {
    name: 'a [ ] in a cell segment: nothing outside its cell, no stamp in a table',
    path: 'Projects.md',
    of: { task: 'draft' },
    want: true,
    doors: ['board', 'reading', 'cli'],
    textBox: { row: 3, cell: 1, index: 0 },
    expected: (t) => t.replace('Gamma<br>[ ] draft', 'Gamma<br>[x] draft'),
    seen: (p) => task(p, 'draft').state === 'done',
  },
  {
    name: 'a list task in a note with Tasks dates gets ✅ today',
    path: 'Tasks.md',
    of: { item: 'Ship' },
    want: true,
    doors: ['board', 'check-in', 'command', 'cli'],
    cursor: { line: 3, ch: 8 },
    expected: (t) => t.replace('- [ ] Ship 📅 2026-12-01', `- [x] Ship 📅 2026-12-01 ✅ ${TODAY}`),
    seen: (p) => item(p, 'Ship').state === 'done',
  },
  {
    name: 'a recurring task without the Tasks plugin is checked plainly',
    path: 'Tasks.md',
    of: { item: 'Water plants' },
    want: true,
    doors: ['board', 'command', 'cli'],
    cursor: { line: 4, ch: 3 },
    expected: (t) => t.replace('- [ ] Water plants 🔁 every week 📅 2026-11-23', `- [x] Water plants 🔁 every week 📅 2026-11-23 ✅ ${TODAY}`),
    seen: (p) => item(p, 'Water plants').state === 'done',
  },
  {
    name: 'a CRLF note keeps its line endings',
    path: 'Crlf.md',
    of: { item: 'Delta' },
    want: true,
    doors: ['board', 'reading', 'cli'],
    selector: '#eeeeee',
    expected: (t) => t.replace('unchecked id="eeeeee"> | Delta | Doing |', 'checked id="eeeeee"> | Delta | Done  |'),
    seen: (p) => item(p, 'Delta').state === 'done',
  },
];

describe('door matrix: toggle', () => {
  it.each(TOGGLES)('$name: the same bytes, undo entry and message from every door', async (c) => {
    const outcomes = new Map<Door, Outcome>();
    for (const door of c.doors) {
      if (door === 'cli') {
        const { plugin } = await started();
        const ref = refOf(plugin, c);
        outcomes.set(door, await viaCli((v) => ['toggle', v, ref, '--today', TODAY], c.path));
      } else outcomes.set(door, await viaPlugin(c, door));
    }
    const expected = { ...NOTES, [c.path]: c.expected(NOTES[c.path]) };
    expect(expected[c.path]).not.toBe(NOTES[c.path]);
    for (const [door, outcome] of outcomes) {
      expect(outcome.files, door).toEqual(expected);
      expect(outcome.undo, door).toEqual(outcomes.get('cli')!.undo);
      expect(outcome.indexedBeforeSave, door).toBe(true);
      expect(outcome.undone, `${door}: undone`).toEqual(NOTES);
    }
  });
});

/** An action the board's card menu, the check-in and the timeline offer, against the CLI's command for it. */
interface MenuCase {
  name: string;
  path: string;
  doors: Door[];
  run: (actions: ReturnType<Awaited<ReturnType<typeof started>>['actions']>, plugin: RoadmapBoardPlugin) => Promise<unknown>;
  cli: (vault: string, plugin: RoadmapBoardPlugin) => string[];
  expected: (text: string) => string;
  message: string;
}

const move = (title: string, state: State) => (actions: ReturnType<Awaited<ReturnType<typeof started>>['actions']>, plugin: RoadmapBoardPlugin) => actions.setState(item(plugin, title), state);
const MENU: MenuCase[] = [
  {
    name: 'move a list item without a marker to Done',
    path: 'Tasks.md',
    doors: ['board', 'check-in'],
    run: move('Plan the launch', 'done'),
    cli: (v) => ['move', v, 'Tasks.md:6', 'done', '--today', TODAY],
    expected: (t) => t.replace('- Plan the launch', `- [x] Plan the launch ✅ ${TODAY}`),
    message: 'Tasks.md:6 "Plan the launch": To do → Done',
  },
  {
    name: 'move a row to Doing through its Status cell',
    path: 'Projects.md',
    doors: ['board', 'check-in'],
    run: move('Beta', 'doing'),
    cli: (v, p) => ['move', v, item(p, 'Beta').ref!, 'doing'],
    // The word the column already uses for Doing (Alpha's), not a default.
    expected: (t) => t.replace('| Beta | To do |', '| Beta | Doing |'),
    message: 'Projects.md:6 "Beta": To do → Doing',
  },
  {
    name: 'set a due date kept as a quarter',
    path: 'Projects.md',
    doors: ['board', 'timeline'],
    run: (a, p) => a.setDate(item(p, 'Beta'), 'due', '2026-09-30'),
    cli: (v, p) => ['set-due', v, item(p, 'Beta').ref!, '2026-09-30'],
    expected: (t) => t.replace('| Q2 2026 |', '| Q3 2026 |'),
    message: 'Projects.md:6 "Beta": due 2026-06-30 → 2026-09-30',
  },
  {
    name: 'set a due date on a Tasks task',
    path: 'Tasks.md',
    doors: ['board', 'timeline'],
    run: (a, p) => a.setDate(item(p, 'Ship'), 'due', '2026-12-15'),
    cli: (v, p) => ['set-due', v, item(p, 'Ship').ref!, '2026-12-15'],
    expected: (t) => t.replace('Ship 📅 2026-12-01', 'Ship 📅 2026-12-15'),
    message: 'Tasks.md:4 "Ship": due 2026-12-01 → 2026-12-15',
  },
  {
    name: 'add a task under a numbered sub-list',
    path: 'Tasks.md',
    doors: ['board', 'check-in'],
    run: (a, p) => a.addTask(item(p, 'Numbered'), 'second step'),
    cli: (v, p) => ['add-task', v, item(p, 'Numbered').ref!, 'second step'],
    expected: (t) => t.replace('   1. [ ] first step\n', '   1. [ ] first step\n   2. [ ] second step\n'),
    message: 'Tasks.md:9 "second step" added under "Numbered"',
  },
  {
    name: 'add an item to a list group',
    path: 'Tasks.md',
    doors: ['board'],
    run: (a) => (a as BoardActions).addItem('Tasks.md', 4, 'Retro'),
    cli: (v) => ['add-item', v, 'Tasks.md:4', 'Retro'],
    expected: (t) => t.replace('   1. [ ] first step\n', '   1. [ ] first step\n2. [ ] Retro\n'),
    message: 'Tasks.md:9 "Retro": added to Work',
  },
];

describe('door matrix: the card menu, check-in and timeline against the CLI', () => {
  it.each(MENU)('$name', async (c) => {
    const outcomes = new Map<Door, { files: Record<string, string>; undo: unknown; undone: Record<string, string> }>();
    for (const door of c.doors) {
      const { app, plugin, actions } = await started();
      expect(await c.run(actions(door), plugin), door).toEqual({ ok: true });
      await plugin.index.settled();
      const files = Object.fromEntries(Object.keys(NOTES).map((p) => [p, app.vault.contents.get(p)!]));
      const undo = JSON.parse(app.vault.configFiles.get(UNDO_FILE) ?? 'null') as unknown;
      expect(await plugin.writer.undoLast(), door).toMatchObject({ ok: true });
      outcomes.set(door, { files, undo, undone: Object.fromEntries(Object.keys(NOTES).map((p) => [p, app.vault.contents.get(p)!])) });
    }
    const { plugin } = await started();
    const cli = await viaCli((v) => c.cli(v, plugin), c.path);
    expect(cli.stdout).toBe(`${c.message}\n`);
    outcomes.set('cli', cli);
    const expected = { ...NOTES, [c.path]: c.expected(NOTES[c.path]) };
    expect(expected[c.path]).not.toBe(NOTES[c.path]);
    for (const [door, outcome] of outcomes) {
      expect(outcome.files, door).toEqual(expected);
      expect(outcome.undo, door).toEqual(cli.undo);
      expect(outcome.undone, `${door}: undone`).toEqual(NOTES);
    }
  });
});
