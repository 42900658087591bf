// Cases 3, 4, 10, 16 and 17: the plugin's write path and lifecycle, over the test fake.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Editor, MarkdownView, notices, TFile } from '../fakes/obsidian';
import RoadmapBoardPlugin from '../../src/main';
import { upsertAnswers } from '../../src/core/checkin/answers';
import { toggleCheckbox } from '../../src/core/edit/toggle';
import { refsOf } from '../helpers/notes';
import { expectOnlyChanged } from './helpers';
import { BARE } from '../helpers/rules';

const exampleDir = join(__dirname, '../../example-vault');

function exampleApp(extra = 0): App {
  const app = new App();
  for (const name of readdirSync(exampleDir).filter((n) => n.endsWith('.md'))) app.vault.seed(name, readFileSync(join(exampleDir, name), 'utf8'));
  for (let i = 0; i < extra; i++) app.vault.seed(`notes/${i % 100}/note ${i}.md`, `Just a note ${i} with #some/tag.\n`);
  return app;
}

async function ready(app = exampleApp()) {
  const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
  await plugin.onload();
  app.workspace.layoutReady();
  await plugin.index.ready();
  return { app, plugin };
}

function file(app: App, path: string): TFile {
  const found = app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`${path} is not in the fake vault`);
  return found;
}
const BETS = 'long term bets.md';

beforeEach(() => {
  notices.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the plugin under faults', () => {
  it('case 3: a toggle in a note open with unsaved text lands as one editor transaction, only on its checkbox', async () => {
    const { app, plugin } = await ready();
    const unsaved = app.vault.contents.get(BETS)! + '\nTyped but not saved yet.\n';
    const editor = new Editor(unsaved);
    app.workspace.addLeaf(new MarkdownView(file(app, BETS), editor));
    const box = refsOf(unsaved, BETS).find((b) => !b.checked)!;
    expect(await plugin.writer.apply(BETS, (text) => toggleCheckbox(text, box.ref, undefined, BARE))).toEqual({ ok: true, message: 'checked' });
    expect(editor.transactions).toBe(1);
    const at = unsaved.split('\n').slice(0, box.line - 1).join('\n').length + 1 + unsaved.split('\n')[box.line - 1].indexOf('[ ]');
    expectOnlyChanged(unsaved, editor.text, at, at + 3);
    expect(app.vault.processCalls).toBe(0);
    expect(notices).toEqual([]);
  });

  it('case 4: racing writes on one note — a toggle and a check-in save, two fast clicks — all land, each on its own bytes', async () => {
    const { app, plugin } = await ready();
    const before = app.vault.contents.get(BETS)!;
    const [first, second] = refsOf(before, BETS).filter((b) => !b.checked);
    await Promise.all([
      plugin.writer.apply(BETS, (text) => toggleCheckbox(text, first.ref, undefined, BARE)),
      plugin.writer.apply(BETS, (text) => upsertAnswers(text, [{ question: 'What moved this week?', answer: 'The parser.' }])),
      plugin.writer.apply(BETS, (text) => toggleCheckbox(text, second.ref, undefined, BARE)),
    ]);
    const after = app.vault.contents.get(BETS)!;
    // The same three edits one after another, in the order they were started.
    const landed = (result: ReturnType<typeof toggleCheckbox>) => (result.ok ? result.text : 'refused');
    const answer = [{ question: 'What moved this week?', answer: 'The parser.' }];
    expect(after).toBe(landed(toggleCheckbox(landed(upsertAnswers(landed(toggleCheckbox(before, first.ref, undefined, BARE)), answer)), second.ref, undefined, BARE)));
    // Two fast clicks on one box: on, then off again — the note ends as it began there.
    const clicks = await Promise.all([plugin.writer.apply(BETS, (text) => toggleCheckbox(text, first.ref, false, BARE)), plugin.writer.apply(BETS, (text) => toggleCheckbox(text, first.ref, true, BARE))]);
    expect(clicks.map((c) => c.ok && c.message)).toEqual(['unchecked', 'checked']);
    expect(app.vault.contents.get(BETS)).toBe(after);
    expect(notices).toEqual([]);
  });

  it('case 10: a write that arrives after its note was deleted or renamed is refused with a notice and creates nothing', async () => {
    const { app, plugin } = await ready();
    const projects = app.vault.contents.get('Projects.md')!;
    const [box] = refsOf(projects, 'Projects.md');
    await app.vault.rename(file(app, 'Projects.md'), 'Archive/Projects.md');
    const renamed = await plugin.writer.apply('Projects.md', (text) => toggleCheckbox(text, box.ref, undefined, BARE));
    expect(renamed.ok).toBe(false);
    expect(app.vault.contents.get('Archive/Projects.md')).toBe(projects);
    expect(app.vault.contents.has('Projects.md')).toBe(false);
    const bets = refsOf(app.vault.contents.get(BETS)!, BETS)[0];
    await app.vault.deletedOutside(file(app, BETS));
    const deleted = await plugin.writer.apply(BETS, (text) => toggleCheckbox(text, bets.ref, undefined, BARE));
    expect(deleted.ok).toBe(false);
    expect(app.vault.contents.has(BETS)).toBe(false);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Roadmap Board: Projects\.md .*\. Nothing was changed\.$/);
    expect(notices[1]).toMatch(/^Roadmap Board: long term bets\.md .*\. Nothing was changed\.$/);
  });

  it('case 16: a 10,000-file vault at start-up — no file read and no vault listener before layout ready, then only roadmap notes read', async () => {
    const app = exampleApp(10_000);
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
    await plugin.onload();
    await new Promise((r) => setTimeout(r, 20));
    expect(app.vault.reads).toEqual([]);
    expect(app.vault.listenerCount()).toBe(0);
    expect(plugin.index.snapshot.state).toBe('loading');
    app.workspace.layoutReady();
    await plugin.index.ready();
    expect([...new Set(app.vault.reads)].sort()).toEqual(['2026 Systems Engineering Roadmap.md', 'Projects.md', BETS]);
    plugin.unload();
  });

  it('case 17: unload in the middle of indexing releases timers and listeners; nothing runs after', async () => {
    // The fake's window is globalThis: keep the real timers before watching them.
    const [realSet, realClear] = [globalThis.setInterval, globalThis.clearInterval];
    const intervals = new Set<unknown>();
    const setInterval = vi.spyOn(window, 'setInterval').mockImplementation(((fn: () => void, ms: number) => {
      const id = realSet(fn, ms);
      intervals.add(id);
      return id;
    }) as never);
    vi.spyOn(window, 'clearInterval').mockImplementation(((id: ReturnType<typeof globalThis.setInterval>) => {
      intervals.delete(id);
      realClear(id);
    }) as never);
    const app = exampleApp(3000);
    const plugin = new RoadmapBoardPlugin(app as never, { id: 'roadmap-board', version: '0.1.0' } as never);
    await plugin.onload();
    const published: number[] = [];
    plugin.index.subscribe((s) => published.push(s.revision));
    app.workspace.layoutReady();
    await new Promise((r) => setTimeout(r, 1));
    expect(plugin.index.snapshot.state).toBe('loading');
    plugin.unload();
    await new Promise((r) => setTimeout(r, 100));
    expect(app.vault.listenerCount()).toBe(0);
    expect(app.metadataCache.listenerCount()).toBe(0);
    expect(published).toEqual([]);
    expect([...intervals]).toEqual([]);
    expect(setInterval).not.toHaveBeenCalled();
    expect(notices).toEqual([]);
  });
});
