import { afterEach, describe, expect, it } from 'vitest';
import { RoadmapWriter } from '../../src/obsidian/writer';
import { ObsidianVault } from '../../src/obsidian/vaultAdapter';
import { writeRules } from '../../src/core/write/rules';
import { makeSettings } from '../../src/core/settings';
import { App, Editor, flushSaves, MarkdownView, notices, TFile } from '../fakes/obsidian';
import { refsOf } from '../helpers/notes';

// The plugin's writer alone over the fake of Obsidian: where its undo log lives (the
// CLI's file, else memory), what it tells the person, and that an action with nothing to
// change touches no editor and no file.

const UNDO = '.obsidian/plugins/roadmap-board/undo.json';
const NOTE = '#roadmap\n\n- [ ] Ship\n';
const rules = () => writeRules(makeSettings(), { statuses: null, doneDates: false, cancelledDates: false, format: 'emoji', globalFilter: '' } as never, '2026-12-07');

function writer(undoFile: string | null = UNDO, depth = 20) {
  const app = new App();
  app.vault.seed('Plan.md', NOTE);
  const edited: string[] = [];
  const w = new RoadmapWriter(app as never, new ObsidianVault(app as never), depth, (path) => edited.push(path), rules, undoFile);
  const ref = () => refsOf(app.vault.contents.get('Plan.md')!, 'Plan.md')[0].ref;
  return { app, w, ref, edited };
}

afterEach(async () => {
  notices.length = 0;
  await flushSaves();
});

describe('the writer', () => {
  it('keeps its undo log in the CLI’s file, one JSON entry a line, and tells when a change is undone', async () => {
    const { app, w, ref, edited } = writer();
    expect(await w.perform({ kind: 'toggle', path: 'Plan.md', ref: ref() })).toEqual({ ok: true, message: 'Plan.md:3 "Ship": unchecked → checked' });
    expect(edited).toEqual(['Plan.md']);
    const log = app.vault.configFiles.get(UNDO)!;
    expect(log.endsWith(']\n')).toBe(true);
    expect(JSON.parse(log)).toHaveLength(1);
    notices.length = 0;
    expect(await w.undoLast()).toMatchObject({ ok: true });
    expect(notices).toEqual(['Roadmap Board: undone: Plan.md:3 "Ship": unchecked → checked']);
    expect(app.vault.contents.get('Plan.md')).toBe(NOTE);
    expect(JSON.parse(app.vault.configFiles.get(UNDO)!)).toEqual([]);
  });

  it('without a config file (or one it cannot read) the log lives in memory and still undoes', async () => {
    const inMemory = writer(null);
    await inMemory.w.perform({ kind: 'toggle', path: 'Plan.md', ref: inMemory.ref() });
    expect(inMemory.app.vault.configFiles.size).toBe(0);
    expect(await inMemory.w.undoLast()).toMatchObject({ ok: true });
    expect(inMemory.app.vault.contents.get('Plan.md')).toBe(NOTE);
    // Undone to its end: nothing more to offer.
    expect(await inMemory.w.undoLast()).toEqual({ ok: false, reason: 'there is nothing to undo' });
    const broken = writer();
    await broken.w.perform({ kind: 'toggle', path: 'Plan.md', ref: broken.ref() });
    broken.app.vault.configFiles.set(UNDO, '{ not json');
    expect(await broken.w.undoLast()).toMatchObject({ ok: true });
    expect(broken.app.vault.contents.get('Plan.md')).toBe(NOTE);
  });

  it('an action with nothing to change, or refused, touches neither the editor nor the file', async () => {
    const { app, w, ref } = writer();
    const editor = new Editor(NOTE);
    app.workspace.addLeaf(new MarkdownView(app.vault.getAbstractFileByPath('Plan.md') as TFile, editor));
    expect(await w.perform({ kind: 'move', target: { path: 'Plan.md', ref: ref() }, state: 'todo' })).toMatchObject({ ok: true, message: 'Plan.md:3 "Ship": already To do' });
    expect(await w.perform({ kind: 'toggle', path: 'Plan.md', ref: 'r2.bogus' })).toMatchObject({ ok: false });
    expect(editor.transactions).toBe(0);
    expect(app.vault.processCalls).toBe(0);
    expect(w.editorText('Plan.md')).toBe(NOTE);
    expect(w.editorText('Other.md')).toBeNull();
  });

  it('a refusal is told once, its reason’s own "nothing was changed" not repeated', () => {
    const { w } = writer();
    expect(w.refuse('the note changed; nothing was changed')).toEqual({ ok: false, reason: 'the note changed; nothing was changed' });
    w.refuse('a; nothing was changed here');
    expect(notices).toEqual(['Roadmap Board: the note changed. Nothing was changed.', 'Roadmap Board: a; nothing was changed here. Nothing was changed.']);
  });
});
