import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
// The same module instance the plugin gets for 'obsidian' (vitest aliases it here).
import { App, Editor, MarkdownView, notices, Setting, TFile } from '../fakes/obsidian';
import RoadmapBoardPlugin from '../../src/main';
import { createRoadmapNote } from '../../src/obsidian/noteActions';
import { refsOf } from '../helpers/notes';

const exampleDir = join(__dirname, '../../example-vault');

function exampleApp(): App {
  const app = new App();
  for (const name of readdirSync(exampleDir).filter((n) => n.endsWith('.md'))) app.vault.seed(name, readFileSync(join(exampleDir, name), 'utf8'));
  for (let i = 0; i < 50; i++) app.vault.seed(`notes/plain ${i}.md`, `Just a note ${i}.\n`);
  return app;
}

async function loaded(app = exampleApp()) {
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await plugin.onload();
  return plugin;
}

async function ready(app = exampleApp()) {
  const plugin = await loaded(app);
  app.workspace.layoutReady();
  await plugin.index.settled();
  while (plugin.index.snapshot.state !== 'ready') await new Promise((r) => setTimeout(r, 5));
  return { app, plugin };
}

function fileAt(app: App, path: string): TFile {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) throw new Error(`${path} is not in the fake vault`);
  return file;
}

const items = (plugin: RoadmapBoardPlugin) => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items);

beforeEach(() => {
  notices.length = 0;
  Setting.all.length = 0;
});

describe('onload', () => {
  it('registers commands and the settings tab, reads no file and listens to no vault event', async () => {
    const app = exampleApp();
    const plugin = await loaded(app);
    expect((plugin as unknown as { commands: { id: string; name: string }[] }).commands.map((c) => c.name)).toEqual([
      'Open board',
      'Open board in a new tab',
      'Open weekly check-in',
      'Open roadmap timeline',
      'Open roadmap timeline in the sidebar',
      "Open this week's note",
      'Toggle checkbox on this line',
      'Insert table checkbox',
      'Rebuild index',
      'Undo last roadmap change',
    ]);
    expect((plugin as unknown as { settingTabs: unknown[] }).settingTabs.length).toBe(1);
    expect([...app.workspace.viewCreators.keys()]).toEqual(['roadmap-board', 'roadmap-checkin', 'roadmap-timeline']);
    expect((plugin as unknown as { hoverSources: string[] }).hoverSources).toEqual(['roadmap-board', 'roadmap-checkin']);
    expect((plugin as unknown as { ribbonIcons: { title: string }[] }).ribbonIcons.map((r) => r.title)).toEqual(['Open roadmap board']);
    expect(app.vault.reads).toEqual([]);
    expect(app.vault.listenerCount()).toBe(0);
    expect(plugin.index.snapshot.state).toBe('loading');
  });

  it('builds the index once the layout is ready, reading only the roadmap notes', async () => {
    const { app, plugin } = await ready();
    expect(plugin.index.snapshot.roadmap.groups.length).toBe(14);
    expect([...new Set(app.vault.reads)].sort()).toEqual(['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md']);
  });

  it('explains saved settings it could not use', async () => {
    const app = exampleApp();
    const plugin = new RoadmapBoardPlugin(app as never, {} as never);
    (plugin as unknown as { data: unknown }).data = { version: 1, linkDepth: 99 };
    await plugin.onload();
    expect(notices).toEqual(['Roadmap Board settings: linkDepth must be a whole number from 0 to 5; the default is used']);
  });
});

describe('staying current', () => {
  it('follows modify, rename and delete', async () => {
    const { app, plugin } = await ready();
    const bets = fileAt(app, 'long term bets.md');
    await app.vault.modify(bets, app.vault.contents.get('long term bets.md')!.replace('Compaction', 'Compaction and GC'));
    await plugin.index.settled();
    expect(items(plugin).flatMap((i) => i.tasks.map((t) => t.text))).toContain('Compaction and GC');
    await app.vault.rename(bets, 'Archive/long term bets.md');
    await plugin.index.settled();
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toContain('Archive/long term bets.md');
    await app.vault.deletedOutside(bets);
    await plugin.index.settled();
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md', 'Projects.md']);
  });

  it('picks up a note that gains a roadmap tag', async () => {
    const { app, plugin } = await ready();
    await app.vault.create('New plan.md', '---\ntags: [roadmap]\n---\n- [ ] brand new\n');
    await plugin.index.settled();
    expect(items(plugin).map((i) => i.title)).toContain('brand new');
  });
});

describe('writes', () => {
  it('writes to a closed note through Vault.process', async () => {
    const { app, plugin } = await ready();
    const item = items(plugin).find((i) => i.title === 'Write a storage engine from scratch')!;
    const outcome = await plugin.writer.apply(item.path, (text) => toggle(text, item.ref!));
    expect(outcome).toEqual({ ok: true, message: 'checked' });
    expect(app.vault.processCalls).toBe(1);
    expect(app.vault.contents.get('long term bets.md')).toContain('- [x] Write a storage engine from scratch');
  });

  it('writes to an open note as one editor transaction, keeping its unsaved text', async () => {
    const { app, plugin } = await ready();
    const file = fileAt(app, 'long term bets.md');
    const unsaved = app.vault.contents.get(file.path)! + '\nUnsaved line typed in the editor.\n';
    const editor = new Editor(unsaved);
    app.workspace.addLeaf(new MarkdownView(file, editor));
    const item = items(plugin).find((i) => i.title === 'Write a storage engine from scratch')!;
    expect(await plugin.writer.apply(item.path, (text) => toggle(text, item.ref!))).toEqual({ ok: true, message: 'checked' });
    expect(editor.transactions).toBe(1);
    expect(editor.text).toBe(unsaved.replace('- [ ] Write a storage', '- [x] Write a storage'));
    expect(app.vault.processCalls).toBe(0);
  });

  it('refuses a stale write with a notice and changes nothing', async () => {
    const { app, plugin } = await ready();
    const task = items(plugin).find((i) => i.title === 'Publish one deep-dive post a month')!.tasks[0];
    const file = fileAt(app, 'long term bets.md');
    const edited = app.vault.contents.get(file.path)!.replace('  - [ ] gVisor internals\n', '');
    await app.vault.modify(file, edited);
    const outcome = await plugin.writer.apply(task.path, (text) => toggle(text, task.ref));
    expect(outcome.ok).toBe(false);
    expect(app.vault.contents.get(file.path)).toBe(edited);
    expect(notices).toEqual(['Roadmap Board: the checkbox is no longer in the note (it was removed or its line was rewritten). Nothing was changed.']);
  });

  it('undoes the last change, and says so when there is nothing to undo', async () => {
    const { app, plugin } = await ready();
    const before = app.vault.contents.get('Projects.md');
    const [box] = refsOf(before!, 'Projects.md');
    await plugin.writer.apply('Projects.md', (text) => toggle(text, box.ref));
    expect(app.vault.contents.get('Projects.md')).not.toBe(before);
    await plugin.writer.undoLast();
    expect(app.vault.contents.get('Projects.md')).toBe(before);
    expect((await plugin.writer.undoLast()).ok).toBe(false);
    expect(notices.at(-1)).toBe('Roadmap Board: there is nothing to undo. Nothing was changed.');
  });
});

describe('commands', () => {
  it('toggles the checkbox on the cursor line, only where there is one', async () => {
    const { plugin } = await ready();
    const command = (plugin as unknown as { commands: { id: string; editorCheckCallback: (checking: boolean, editor: Editor, info?: MarkdownView) => boolean }[] }).commands.find((c) => c.id === 'toggle-checkbox-at-cursor')!;
    const editor = new Editor('plain line\n| <input type="checkbox" unchecked id="a1b2c3"> | x |\n');
    const view = new MarkdownView(new TFile('Cursor.md'), editor);
    expect(command.editorCheckCallback(true, editor, view)).toBe(false);
    editor.cursor = { line: 1, ch: 4 };
    expect(command.editorCheckCallback(true, editor, view)).toBe(true);
    // Without a note (no file), the command does not apply.
    expect(command.editorCheckCallback(true, editor, {} as MarkdownView)).toBe(false);
    command.editorCheckCallback(false, editor, view);
    await plugin.writer.settled();
    expect(editor.text).toBe('plain line\n| <input type="checkbox" checked id="a1b2c3"> | x |\n');
  });

  it("takes a row's Status cell along and stamps a task's done date, in one transaction", async () => {
    const { plugin } = await ready();
    const command = (plugin as unknown as { commands: { id: string; editorCheckCallback: (checking: boolean, editor: Editor, info?: MarkdownView) => boolean }[] }).commands.find((c) => c.id === 'toggle-checkbox-at-cursor')!;
    const row = '| Done | Item | Status |\n| --- | --- | --- |\n| <input type="checkbox" unchecked id="a1b2c3"> | x | Doing |\n';
    const editor = new Editor(row);
    editor.cursor = { line: 2, ch: 4 };
    command.editorCheckCallback(false, editor, new MarkdownView(new TFile('Row.md'), editor));
    await plugin.writer.settled();
    expect(editor.text).toBe(row.replace('unchecked id="a1b2c3"> | x | Doing |', 'checked id="a1b2c3"> | x | Done  |'));
    expect(editor.transactions).toBe(1);
    const tasks = '- [ ] Ship 📅 2026-12-01\n';
    const task = new Editor(tasks);
    const taskView = new MarkdownView(new TFile('Ship.md'), task);
    command.editorCheckCallback(false, task, taskView);
    await plugin.writer.settled();
    expect(task.text).toMatch(/^- \[x\] Ship 📅 2026-12-01 ✅ \d{4}-\d{2}-\d{2}\n$/);
    command.editorCheckCallback(false, task, taskView);
    await plugin.writer.settled();
    expect(task.text).toBe(tasks);
  });

  it('inserts a table checkbox with an id the note does not use yet', async () => {
    const { plugin } = await ready();
    const command = (plugin as unknown as { commands: { id: string; editorCallback: (editor: Editor) => void }[] }).commands.find((c) => c.id === 'insert-table-checkbox')!;
    const editor = new Editor('| a |  |\n');
    editor.cursor = { line: 0, ch: 6 };
    command.editorCallback(editor);
    expect(editor.text).toMatch(/^\| a \| <input type="checkbox" unchecked id="[0-9a-f]{6}"> \|\n$/);
  });
});

describe('settings', () => {
  it('saves a good value, refuses a bad one with the reason, and rebuilds when selection changes', async () => {
    const { plugin } = await ready();
    const tab = (plugin as unknown as { settingTabs: { display(): void }[] }).settingTabs[0];
    tab.display();
    const depth = Setting.all.find((s) => s.name === 'Link depth')!;
    await depth.onText!('9');
    await new Promise((r) => setTimeout(r, 0));
    expect(depth.descEl.children[0].text).toBe('Not saved: must be a whole number from 0 to 5.');
    expect(plugin.roadmapSettings.linkDepth).toBe(1);
    const tags = Setting.all.find((s) => s.name === 'Roadmap tags')!;
    const revision = plugin.index.snapshot.revision;
    await tags.onText!('roadmap');
    for (let waited = 0; plugin.index.snapshot.revision === revision && waited < 3000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(plugin.roadmapSettings.roadmapTags).toEqual(['roadmap']);
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md']);
  });
});

describe('create roadmap note (the empty board’s button)', () => {
  it('goes where the person keeps new notes, numbered when the name is taken, and opens', async () => {
    const app = new App();
    app.vault.seed('Inbox/Roadmap.md', 'taken\n');
    app.fileManager.newNotes = { kind: 'folder', folder: 'Inbox' };
    await createRoadmapNote(app as never, 'roadmap');
    expect(app.vault.contents.has('Inbox/Roadmap 2.md')).toBe(true);
    expect(app.vault.contents.get('Inbox/Roadmap 2.md')).toMatch(/^---\ntags:\n {2}- roadmap\n/);
    expect(app.workspace.opened.map((o) => o.path)).toEqual(['Inbox/Roadmap 2.md']);
    // The vault's root when that is the setting.
    app.fileManager.newNotes = { kind: 'root' };
    await createRoadmapNote(app as never, 'roadmap');
    expect(app.vault.contents.has('Roadmap.md')).toBe(true);
    await createRoadmapNote(app as never, 'roadmap');
    await createRoadmapNote(app as never, 'roadmap');
    expect(['Roadmap 2.md', 'Roadmap 3.md'].map((p) => app.vault.contents.has(p))).toEqual([true, true]);
    // Beside the note in focus when new notes go "in the same folder as the current file".
    app.fileManager.newNotes = { kind: 'current' };
    const inbox = new MarkdownView(fileAt(app, 'Inbox/Roadmap.md'), new Editor('taken\n'));
    app.workspace.activeLeaf = app.workspace.addLeaf(inbox);
    await createRoadmapNote(app as never, 'roadmap');
    expect(app.vault.contents.has('Inbox/Roadmap 3.md')).toBe(true);
    expect(app.workspace.opened.at(-1)!.path).toBe('Inbox/Roadmap 3.md');
  });
});

describe('settings: saved once per change', () => {
  it('typing a tag a keystroke at a time saves data.json once and rebuilds once, when typing pauses; leaving the field saves at once', async () => {
    const { plugin } = await ready();
    let saves = 0;
    let rebuilds = 0;
    const saveData = plugin.saveData.bind(plugin);
    plugin.saveData = (data: unknown) => (saves++, saveData(data));
    const updateSettings = plugin.index.updateSettings.bind(plugin.index);
    plugin.index.updateSettings = (...args: Parameters<typeof updateSettings>) => (rebuilds++, updateSettings(...args));
    const tab = (plugin as unknown as { settingTabs: { display(): void }[] }).settingTabs[0];
    tab.display();
    const tags = Setting.all.find((s) => s.name === 'Roadmap tags')!;
    await tags.type('roadmap');
    expect([saves, rebuilds]).toEqual([0, 0]);
    await new Promise((r) => setTimeout(r, 700));
    expect([saves, rebuilds]).toEqual([1, 1]);
    expect(plugin.roadmapSettings.roadmapTags).toEqual(['roadmap']);
    // A bad value on the way is named at once and never saved.
    const depth = Setting.all.find((s) => s.name === 'Link depth')!;
    await depth.type('9');
    expect(depth.descEl.children[0].text).toBe('Not saved: must be a whole number from 0 to 5.');
    await depth.onText!('2');
    depth.blur();
    await new Promise((r) => setTimeout(r, 0));
    expect([saves, rebuilds, plugin.roadmapSettings.linkDepth]).toEqual([2, 2, 2]);
    await new Promise((r) => setTimeout(r, 700));
    expect([saves, rebuilds]).toEqual([2, 2]);
  });
});

describe('settings: sections', () => {
  it('in 1.13+ each section is a group with its heading, not a row; the classic tab shows heading rows', async () => {
    const { plugin } = await ready();
    const tab = (plugin as unknown as { settingTabs: { getSettingDefinitions(): { type?: string; heading?: string; items?: { name: string }[] }[]; display(): void }[] }).settingTabs[0];
    const groups = tab.getSettingDefinitions();
    expect(groups.map((g) => [g.type, g.heading])).toEqual([['group', undefined], ['group', 'Weekly note'], ['group', 'Board']]);
    const names = groups.flatMap((g) => g.items!.map((i) => i.name));
    expect(names).not.toContain('Weekly note');
    expect(names).toContain('Link depth');
    expect(groups[1].items!.map((i) => i.name)).toEqual(['Folder', 'File name format', 'Template note', 'Use the periodic notes settings', 'Weekly reminder', 'Reminder weekday', 'Stale after']);
    tab.display();
    expect(Setting.all.filter((s) => s.heading).map((s) => s.name)).toEqual(['Weekly note', 'Board']);
  });
});

describe('settings: weekly note', () => {
  it('saves a format that mixes calendars but warns beside the field, and keeps the check-in history', async () => {
    const { plugin } = await ready();
    (plugin as unknown as { history: unknown }).history = { version: 1, records: [{ week: '2026-W47', savedAt: '2026-11-20', done: ['k'] }] };
    const tab = (plugin as unknown as { settingTabs: { display(): void }[] }).settingTabs[0];
    tab.display();
    const format = Setting.all.find((s) => s.name === 'File name format')!;
    expect(format.descEl.children[0].text).toBe('');
    await format.onText!('YYYY-[W]ww');
    format.blur();
    await new Promise((r) => setTimeout(r, 0));
    expect(plugin.roadmapSettings.weeklyFormat).toBe('YYYY-[W]ww');
    expect(format.descEl.children[0].text).toMatch(/^Saved, but "YYYY-\[W\]ww" puts a calendar year \(YYYY\) with a week number; .*Use gggg for the year\.$/);
    const data = (plugin as unknown as { data: Record<string, unknown> }).data;
    expect(data).toMatchObject({ version: 1, weeklyFormat: 'YYYY-[W]ww', checkins: { records: [{ week: '2026-W47' }] } });
  });
});

describe('unload', () => {
  it('leaves no vault or metadata listener and no index work behind', async () => {
    const { app, plugin } = await ready();
    expect(app.vault.listenerCount()).toBe(4);
    plugin.unload();
    expect(app.vault.listenerCount()).toBe(0);
    expect(app.metadataCache.listenerCount()).toBe(0);
    const revision = plugin.index.snapshot.revision;
    await app.vault.modify(fileAt(app, 'Projects.md'), 'changed');
    await new Promise((r) => setTimeout(r, 80));
    expect(plugin.index.snapshot.revision).toBe(revision);
  });
});

import { toggleCheckbox } from '../../src/core/edit/toggle';
import { BARE } from '../helpers/rules';
function toggle(text: string, ref: string) {
  return toggleCheckbox(text, ref, undefined, BARE);
}
