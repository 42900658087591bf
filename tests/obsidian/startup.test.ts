// A first open of a vault (OBSIDIAN.md): the metadata cache is empty at layout ready and
// fills later, one `changed` per note. The board must not wait for it nor miss notes.
import { describe, expect, it } from 'vitest';
import { App, DeferredView, Editor, MarkdownView, TFile } from '../fakes/obsidian';
import type RoadmapBoardPlugin from '../../src/main';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { seedExample, startPlugin } from '../helpers/plugin';
import { BARE } from '../helpers/rules';

async function coldStart() {
  const app = new App();
  seedExample(app, { cached: false });
  for (let i = 0; i < 20; i++) app.vault.seed(`notes/plain ${i}.md`, `Just a note ${i}.\n`, { cached: false });
  const plugin = await startPlugin(app);
  return { app, plugin };
}

const shape = (plugin: RoadmapBoardPlugin) => plugin.index.snapshot.roadmap.groups.map((g) => [g.path, g.title, g.items.map((i) => [i.title, i.done])]);

describe('a cold start', () => {
  it('with no metadata yet, the index reads the notes itself; the cache filling in later changes nothing', async () => {
    const { app, plugin } = await coldStart();
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['2026 Systems Engineering Roadmap.md', 'Projects.md', 'long term bets.md']);
    const before = shape(plugin);
    app.metadataCache.coldStart();
    await app.metadataCache.settleMetadata();
    await plugin.index.settled();
    expect(shape(plugin)).toEqual(before);
  });

  it('a note in a background tab (a deferred view) counts as closed: a write goes through Vault.process', async () => {
    const { app, plugin } = await coldStart();
    app.workspace.addLeaf(new DeferredView('markdown'));
    const file = app.vault.getAbstractFileByPath('long term bets.md');
    const other = app.vault.getAbstractFileByPath('Projects.md');
    if (!(file instanceof TFile) || !(other instanceof TFile)) throw new Error('no note');
    // (A loaded editor of another note does not count either.)
    app.workspace.addLeaf(new MarkdownView(other, new Editor('')));
    const item = plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === 'Write a storage engine from scratch')!;
    expect(await plugin.writer.apply(file.path, (text) => toggleCheckbox(text, item.ref!, undefined, BARE))).toEqual({ ok: true, message: 'checked' });
    expect(app.vault.processCalls).toBe(1);
  });
});
