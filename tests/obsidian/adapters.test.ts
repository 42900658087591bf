import { afterEach, describe, expect, it, vi } from 'vitest';
import { roleWords } from '../../src/core/model/columns';
import { sourceEditor } from '../../src/obsidian/editors';
import { ObsidianVault, scanFromCache } from '../../src/obsidian/vaultAdapter';
import { tasksApi } from '../../src/obsidian/tasksPlugin';
import { viewActions } from '../../src/obsidian/viewActions';
import { App, Editor, MarkdownView, notices, TFile, View } from '../fakes/obsidian';
import { startPlugin } from '../helpers/plugin';

// The thin adapters between the views and Obsidian: what each view action asks of the
// workspace, which editor holds a note, what the metadata cache tells of a note's tags,
// and when the Tasks plugin's API is there.

afterEach(() => {
  vi.unstubAllGlobals();
  notices.length = 0;
});

async function actionsOver(files: Record<string, string>) {
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  const plugin = await startPlugin(app);
  const view = new View();
  const actions = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => {} }, view as never, 'roadmap-board');
  return { app, plugin, actions, view };
}

const click = (mod = false) => ({ ctrlKey: mod, metaKey: false }) as MouseEvent;
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('view actions over the workspace', () => {
  it('opens a note at its line (0-based for Obsidian), in a new tab with Mod, to the right when asked; a gone note is named', async () => {
    const { app, actions } = await actionsOver({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' });
    actions.openNote('Plan.md', 3, click());
    await tick();
    actions.openNote('Plan.md', 1, click(true));
    await tick();
    actions.openToRight!('Plan.md', 7);
    await tick();
    expect(app.workspace.opened.map((o) => [o.path, o.eState])).toEqual([['Plan.md', { line: 2 }], ['Plan.md', { line: 0 }], ['Plan.md', { line: 6 }]]);
    expect(app.workspace.leaves.map((l) => l.askedAs)).toEqual([false, 'tab', 'split']);
    actions.openNote('Gone.md', 1, click());
    await tick();
    expect(notices).toEqual(['Roadmap Board: Gone.md is no longer in the vault.']);
    expect(app.workspace.opened).toHaveLength(3);
  });

  it('opens web links in the browser and note links through Obsidian; copies a wikilink without ".md"', async () => {
    const { app, actions } = await actionsOver({ 'Plan.md': '#roadmap\n', 'Spec.md': 'x\n' });
    const opened: unknown[][] = [];
    vi.stubGlobal('open', (...args: unknown[]) => opened.push(args));
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: (text: string) => (copied.push(text), Promise.resolve()) } });
    actions.openLink({ kind: 'url', href: 'https://example.org/a' }, 'Plan.md', click());
    actions.openLink({ kind: 'note', target: 'Spec' }, 'Plan.md', click(true));
    await tick();
    expect(opened).toEqual([['https://example.org/a', '_blank', 'noopener']]);
    expect(app.workspace.opened.map((o) => [o.path, o.newLeaf])).toEqual([['Spec.md', 'tab']]);
    actions.copyLink!('Projects/Alpha.MD');
    actions.copyLink!('Projects/a.mdx notes.md');
    expect(copied).toEqual(['[[Projects/Alpha]]', '[[Projects/a.mdx notes]]']);
    await actions.createNote('New idea', 'Plan.md');
    expect(app.workspace.opened.at(-1)).toMatchObject({ path: 'New idea.md', newLeaf: false });
  });

  it('hovering a title asks for Obsidian’s page preview of the note at its line', async () => {
    const { app, actions, view } = await actionsOver({ 'Plan.md': '#roadmap\n' });
    const seen: unknown[] = [];
    app.workspace.on('hover-link', (info: unknown) => seen.push(info));
    const el = {} as HTMLElement;
    const event = click(true);
    actions.hover!(event, el, 'Plan.md', 5);
    expect(seen).toEqual([{ event, source: 'roadmap-board', hoverParent: view, targetEl: el, linktext: 'Plan.md', state: { scroll: 4 } }]);
  });

  it('each card action is its action of the write path, naming an item by its checkbox or else its line', async () => {
    const { app, actions, plugin } = await actionsOver({ 'Plan.md': '#roadmap\n\n## Work\n\n- [ ] Ship\n- Plain item\n' });
    const item = (title: string) => plugin.index.snapshot.roadmap.groups.flatMap((g) => g.items).find((i) => i.title === title)!;
    expect(await actions.setDate(item('Ship'), 'due', '2026-12-31')).toEqual({ ok: true });
    await plugin.index.settled();
    expect(await actions.setDate(item('Plain item'), 'start', '2026-12-01')).toEqual({ ok: true });
    await plugin.index.settled();
    expect(await actions.addTask(item('Ship'), 'Write the notes')).toEqual({ ok: true });
    await plugin.index.settled();
    expect(await actions.addItem('Plan.md', 3, 'Launch')).toEqual({ ok: true });
    expect(app.vault.contents.get('Plan.md')).toBe('#roadmap\n\n## Work\n\n- [ ] Ship 📅 2026-12-31\n  - [ ] Write the notes\n- Plain item 🛫 2026-12-01\n- Launch\n');
    const setAttribute = vi.fn();
    actions.icon({ setAttribute } as unknown as HTMLElement, 'more-horizontal');
    expect(setAttribute).toHaveBeenCalledWith('data-icon', 'more-horizontal');
    let made = 0;
    const withHost = viewActions({ app: app as never, writer: plugin.writer, words: () => roleWords(), statuses: () => plugin.index.statuses, rebuildIndex: () => plugin.index.build(), createRoadmapNote: async () => void made++ }, new View() as never, 'x');
    await withHost.createRoadmapNote();
    expect(made).toBe(1);
  });

  it('a refusal comes back with its reason; a landed write as ok', async () => {
    const { actions, plugin } = await actionsOver({ 'Plan.md': '#roadmap\n\n- [ ] Ship\n' });
    const ship = plugin.index.snapshot.roadmap.groups[0].items[0];
    expect(await actions.toggle('Plan.md', ship.ref!, true)).toEqual({ ok: true });
    const refused = await actions.addItem('Plan.md', 99, 'Nowhere');
    expect(refused.ok).toBe(false);
    expect((refused as { reason: string }).reason.length).toBeGreaterThan(5);
  });
});

describe('the editor a note is edited in', () => {
  it('the focused one first, else any Markdown view of the note in source mode; never Reading mode', () => {
    const app = new App();
    const file = new TFile('Plan.md');
    expect(sourceEditor(app as never, 'Plan.md')).toBeNull();
    const reading = new MarkdownView(file, new Editor('r'), 'preview');
    app.workspace.addLeaf(reading);
    expect(sourceEditor(app as never, 'Plan.md')).toBeNull();
    const other = new MarkdownView(new TFile('Other.md'), new Editor('o'));
    app.workspace.addLeaf(other);
    app.workspace.activeLeaf = app.workspace.leaves[1];
    expect(sourceEditor(app as never, 'Plan.md')).toBeNull();
    const first = new MarkdownView(file, new Editor('first'));
    const second = new MarkdownView(file, new Editor('second'));
    app.workspace.addLeaf(first);
    const secondLeaf = app.workspace.addLeaf(second);
    expect(sourceEditor(app as never, 'Plan.md')).toBe(first.editor);
    app.workspace.activeLeaf = secondLeaf;
    expect(sourceEditor(app as never, 'Plan.md')).toBe(second.editor);
    const noFile = new MarkdownView(null, new Editor('none'));
    app.workspace.addLeaf(noFile);
    app.workspace.activeLeaf = app.workspace.leaves.at(-1)!;
    expect(sourceEditor(app as never, 'Plan.md')).toBe(first.editor);
    // A Markdown leaf with no note (an empty tab) before the note's own is passed over.
    const fresh = new App();
    fresh.workspace.addLeaf(new MarkdownView(null, new Editor('none')));
    const only = new MarkdownView(file, new Editor('only'));
    fresh.workspace.addLeaf(only);
    expect(sourceEditor(fresh as never, 'Plan.md')).toBe(only.editor);
  });
});

describe('the vault as the index reads it', () => {
  it('stat: a note’s path, mtime and size; null for a folder or nothing', async () => {
    const app = new App();
    app.vault.seed('Plan.md', '#roadmap\n');
    await app.vault.createFolder('Work');
    const vault = new ObsidianVault(app as never);
    const file = app.vault.getAbstractFileByPath('Plan.md') as TFile;
    expect(await vault.stat('Plan.md')).toEqual({ path: 'Plan.md', mtime: file.stat.mtime, size: 9 });
    expect(await vault.stat('Work')).toBeNull();
    expect(await vault.stat('None.md')).toBeNull();
  });
});

describe('tags from the metadata cache', () => {
  const scan = async (text: string) => {
    const app = new App();
    app.vault.seed('N.md', text);
    await app.metadataCache.settleMetadata();
    return scanFromCache(app as never, 'N.md');
  };
  it('frontmatter tags as a list, a string of several, numbers and #; body tags; the roadmap flag', async () => {
    expect(await scan('---\ntags: [Roadmap, 2026, "#work/plans"]\n---\nBody #deep\n')).toEqual({ tags: ['Roadmap', '2026', 'work/plans', 'deep'], roadmapFlag: false, frontmatterError: null });
    expect((await scan('---\ntags: "#a, b  ##c"\n---\n'))!.tags).toEqual(['a', 'b', 'c']);
    expect((await scan('---\ntag: solo\n---\n'))!.tags).toEqual(['solo']);
    expect((await scan('---\ntags: "# , x"\n---\n'))!.tags).toEqual(['x']);
    expect((await scan('---\ntags: ~\n---\n'))!.tags).toEqual([]);
    expect((await scan('---\ntags:\nroadmap: true\n---\n'))!).toEqual({ tags: [], roadmapFlag: true, frontmatterError: null });
    expect((await scan('---\nroadmap: " TRUE "\n---\n'))!.roadmapFlag).toBe(true);
    expect((await scan('---\nroadmap: "yes"\n---\n'))!.roadmapFlag).toBe(false);
    expect((await scan('---\ntags: [{a: 1}, null]\nroadmap: 1\n---\n'))!).toEqual({ tags: [], roadmapFlag: false, frontmatterError: null });
    expect(await scan('---\ntags: [a\n---\n')).toBeNull();
  });
});

describe("the Tasks plugin's API", () => {
  it('there only when the plugin is loaded and offers its toggle', () => {
    const app = new App() as unknown as { plugins?: unknown };
    expect(tasksApi(app as never)).toBeNull();
    app.plugins = { plugins: {} };
    expect(tasksApi(app as never)).toBeNull();
    app.plugins = { plugins: { 'obsidian-tasks-plugin': {} } };
    expect(tasksApi(app as never)).toBeNull();
    app.plugins = { plugins: { 'obsidian-tasks-plugin': { apiV1: { executeToggleTaskDoneCommand: 'no' } } } };
    expect(tasksApi(app as never)).toBeNull();
    const api = { executeToggleTaskDoneCommand: () => '' };
    app.plugins = { plugins: { 'obsidian-tasks-plugin': { apiV1: api } } };
    expect(tasksApi(app as never)).toBe(api);
  });
});

describe("the Tasks plugin's settings, read through the adapter", () => {
  it('enabled with Dataview format: a checked task gets its done date as a Dataview field; unreadable data counts as the defaults', async () => {
    const app = new App();
    app.vault.seed('Plan.md', '#roadmap\n\n- [ ] Ship\n');
    app.vault.configFiles.set('.obsidian/community-plugins.json', '["obsidian-tasks-plugin"]');
    app.vault.configFiles.set('.obsidian/plugins/obsidian-tasks-plugin/data.json', JSON.stringify({ taskFormat: 'dataview', setDoneDate: true }));
    const plugin = await startPlugin(app);
    const ship = plugin.index.snapshot.roadmap.groups[0].items[0];
    await plugin.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: ship.ref! });
    expect(app.vault.contents.get('Plan.md')).toMatch(/^#roadmap\n\n- \[x\] Ship \[completion:: \d{4}-\d{2}-\d{2}\]\n$/);
    const other = new App();
    other.vault.seed('Plan.md', '#roadmap\n\n- [ ] Ship\n');
    other.vault.configFiles.set('.obsidian/community-plugins.json', '["obsidian-tasks-plugin"]');
    other.vault.configFiles.set('.obsidian/plugins/obsidian-tasks-plugin/data.json', '{ broken');
    const second = await startPlugin(other);
    await second.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: second.index.snapshot.roadmap.groups[0].items[0].ref! });
    expect(other.vault.contents.get('Plan.md')).toMatch(/^#roadmap\n\n- \[x\] Ship ✅ \d{4}-\d{2}-\d{2}\n$/);
  });
});
