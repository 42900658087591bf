// Writes into open notes as real Obsidian times them (OBSIDIAN.md): an editor transaction
// reaches the file only on the view's debounced save; a note in Reading mode has no live
// editor; the metadata cache answers late. The fake models each (tests/fakes/obsidian.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, Editor, flushSaves, MarkdownView, notices, TFile } from '../fakes/obsidian';
import type RoadmapBoardPlugin from '../../src/main';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { seedExample, startPlugin } from '../helpers/plugin';
import { BARE } from '../helpers/rules';

async function ready() {
  const app = new App();
  seedExample(app);
  const plugin = await startPlugin(app);
  return { app, plugin };
}

const NOTE = 'long term bets.md';
const TITLE = 'Write a storage engine from scratch';
const item = (plugin: RoadmapBoardPlugin) => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === TITLE)!;
const open = (app: App, mode: 'source' | 'preview') => {
  const file = app.vault.getAbstractFileByPath(NOTE);
  if (!(file instanceof TFile)) throw new Error(`${NOTE} is not in the fake vault`);
  const view = new MarkdownView(file, new Editor(app.vault.contents.get(NOTE)!), mode);
  app.workspace.activeLeaf = app.workspace.addLeaf(view);
  return view;
};
const toggle = (plugin: RoadmapBoardPlugin) => plugin.writer.apply(NOTE, (text) => toggleCheckbox(text, item(plugin).ref!, undefined, BARE));

beforeEach(() => {
  notices.length = 0;
});
afterEach(async () => {
  await flushSaves();
});

describe('a note open in an editor (source or Live Preview)', () => {
  it('the board shows the change at once, before the debounced save reaches the file', async () => {
    const { app, plugin } = await ready();
    const view = open(app, 'source');
    const before = app.vault.contents.get(NOTE)!;
    expect(item(plugin).done).toBe(false);
    expect(await toggle(plugin)).toEqual({ ok: true, message: 'checked' });
    // The file is as it was: only the editor has the change, until its save.
    expect(app.vault.contents.get(NOTE)).toBe(before);
    expect(view.editor.getValue()).toBe(before.replace('- [ ] Write a storage', '- [x] Write a storage'));
    // Without waiting for a burst of changes to settle (50 ms): a few turns of the event loop.
    for (let turn = 0; turn < 10 && item(plugin).done !== true; turn++) await new Promise((r) => setTimeout(r, 0));
    expect(item(plugin).done).toBe(true);
    expect(app.vault.processCalls).toBe(0);
  });

  it('the save that follows writes the same text and the board does not snap back', async () => {
    const { app, plugin } = await ready();
    const view = open(app, 'source');
    await toggle(plugin);
    await plugin.index.settled();
    const seen: boolean[] = [];
    const stop = plugin.index.subscribe(() => seen.push(item(plugin).done === true));
    await view.save();
    await app.metadataCache.settleMetadata();
    await plugin.index.settled();
    stop();
    expect(app.vault.contents.get(NOTE)).toContain('- [x] Write a storage engine from scratch');
    expect(seen.every(Boolean)).toBe(true);
    expect(item(plugin).done).toBe(true);
  });
});

describe('a note shown in Reading mode', () => {
  it('is written with Vault.process at once, not through its hidden editor', async () => {
    const { app, plugin } = await ready();
    const view = open(app, 'preview');
    const hidden = view.editor.getValue();
    expect(await toggle(plugin)).toEqual({ ok: true, message: 'checked' });
    expect(app.vault.processCalls).toBe(1);
    expect(app.vault.contents.get(NOTE)).toContain('- [x] Write a storage engine from scratch');
    expect(view.editor.transactions).toBe(0);
    expect(view.editor.getValue()).toBe(hidden);
    await app.metadataCache.settleMetadata();
    await plugin.index.settled();
    expect(item(plugin).done).toBe(true);
  });

  it('an editor of the same note elsewhere is preferred to Vault.process', async () => {
    const { app, plugin } = await ready();
    const reading = open(app, 'preview');
    const editing = open(app, 'source');
    app.workspace.activeLeaf = app.workspace.leaves.find((leaf) => leaf.view === reading)!;
    await toggle(plugin);
    expect(editing.editor.transactions).toBe(1);
    expect(reading.editor.transactions).toBe(0);
    expect(app.vault.processCalls).toBe(0);
  });
});

describe('broken frontmatter', () => {
  it('a roadmap note whose YAML Obsidian cannot read is listed with the error, as in the CLI', async () => {
    const { app, plugin } = await ready();
    await app.vault.create('Broken.md', '---\ntags: [roadmap\nowner: me\n---\n\n- [ ] a task\n');
    await app.metadataCache.settleMetadata();
    await plugin.index.settled();
    const errors = plugin.index.snapshot.errors;
    expect(errors.map((e) => e.path)).toContain('Broken.md');
    expect(errors.find((e) => e.path === 'Broken.md')!.message).toMatch(/frontmatter/i);
  });
});
