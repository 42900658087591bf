import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSettings } from '../../src/core/settings';
import { App, Notice, notices, View, WorkspaceLeaf } from '../fakes/obsidian';
import { startPlugin } from '../helpers/plugin';

// The plugin entry's own decisions: which settings changes rebuild the index, the undo
// depth handed to the writer, the weekly reminder (once a day, remembered in data.json),
// the periodic work it schedules, and the starter note's tag.

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  notices.length = 0;
});

async function plugin(data?: Record<string, unknown>) {
  const app = new App();
  app.vault.seed('Plan.md', '#roadmap\n\n- [ ] Ship\n');
  app.vault.seed('Work/Other.md', '- [ ] Elsewhere\n');
  const p = await startPlugin(app, data);
  let rebuilds = 0;
  const update = p.index.updateSettings.bind(p.index);
  p.index.updateSettings = (...args: Parameters<typeof update>) => (rebuilds++, update(...args));
  return { app, plugin: p, rebuilds: () => rebuilds };
}

describe('settings changes', () => {
  it('those that change which notes or how they read rebuild the index; the rest do not', async () => {
    const { plugin: p, rebuilds } = await plugin();
    const changes: [Partial<ReturnType<typeof makeSettings>>, number][] = [
      [{ roadmapFolders: ['Work'] }, 1],
      [{ allNotes: true }, 1],
      [{ columnWords: { status: ['Phase'] } }, 1],
      [{ taskStatuses: { '>': 'todo' } }, 1],
      [{ linkDepth: 2 }, 1],
      [{ roadmapTags: ['plans'] }, 1],
      [{ staleAfter: 5 }, 0],
      [{ boardShowDone: false }, 0],
    ];
    for (const [change, expected] of changes) {
      const before = rebuilds();
      await p.saveSettings({ ...p.roadmapSettings, ...change });
      expect(rebuilds() - before, JSON.stringify(change)).toBe(expected);
    }
    expect(p.index.snapshot.roadmap.notes.map((n) => n.path).sort()).toEqual(['Plan.md', 'Work/Other.md']);
  });

  it('the undo depth reaches the writer', async () => {
    const { app, plugin: p } = await plugin({ undoDepth: 1 });
    const ship = () => p.index.snapshot.roadmap.groups[0].items[0];
    await p.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: ship().ref! });
    await p.index.settled();
    await p.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: ship().ref! });
    expect((await p.writer.undoLast()).ok).toBe(true);
    expect((await p.writer.undoLast()).ok).toBe(false);
    await p.saveSettings({ ...p.roadmapSettings, undoDepth: 5 });
    await p.index.settled();
    for (let i = 0; i < 3; i++) {
      await p.writer.perform({ kind: 'toggle', path: 'Plan.md', ref: ship().ref! });
      await p.index.settled();
    }
    for (let i = 0; i < 3; i++) expect((await p.writer.undoLast()).ok).toBe(true);
    expect(app.vault.contents.get('Plan.md')).toMatch(/- \[x\] Ship/);
  });
});

describe('the weekly reminder', () => {
  // Wednesday 9 December 2026, 10:00 where the person is.
  const WEDNESDAY = new Date(2026, 11, 9, 10, 0);
  it('on the chosen weekday: one notice, the day kept in data.json, not shown again that day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WEDNESDAY);
    const { plugin: p } = await plugin({ reminderEnabled: true, reminderWeekday: 3 });
    await vi.waitFor(() => expect(notices).toEqual(['Time for your weekly roadmap check-in. Open check-in']));
    const data = () => (p as unknown as { data: Record<string, unknown> }).data;
    await vi.waitFor(() => expect(data().reminderShownOn).toBe('2026-12-09'));
    // The hourly checks of the same day show nothing and keep the day.
    notices.length = 0;
    const remind = () => (p as unknown as { remind(): void }).remind();
    remind();
    remind();
    expect(notices).toEqual([]);
    expect(data().reminderShownOn).toBe('2026-12-09');
    const again = await plugin({ ...data() });
    await again.plugin.index.settled();
    expect(notices).toEqual([]);
  });

  it('not on another weekday, nor when off; a later day from another device wins, an earlier one does not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WEDNESDAY);
    await (await plugin({ reminderEnabled: true, reminderWeekday: 4 })).plugin.index.settled();
    await (await plugin({ reminderEnabled: false, reminderWeekday: 3 })).plugin.index.settled();
    expect(notices).toEqual([]);
    const { plugin: p } = await plugin({ reminderWeekday: 4 });
    const data = () => (p as unknown as { data: Record<string, unknown> }).data;
    // A day that is no text (a damaged file) is no day.
    (p as unknown as { data: Record<string, unknown> }).data = { ...data(), reminderShownOn: 20261209 };
    await p.onExternalSettingsChange();
    expect((p as unknown as { reminderShownOn: unknown }).reminderShownOn).toBeNull();
    for (const [disk, kept] of [['2026-12-02', '2026-12-02'], ['2026-11-25', '2026-12-02'], ['2026-12-02', '2026-12-02'], ['2026-12-08', '2026-12-08']]) {
      (p as unknown as { data: Record<string, unknown> }).data = { ...data(), reminderShownOn: disk };
      await p.onExternalSettingsChange();
      await p.saveSettings({ ...p.roadmapSettings });
      expect(data().reminderShownOn, disk).toBe(kept);
    }
  });
});

describe('periodic work and the starter note', () => {
  it('saves the index cache each minute and checks the reminder each hour', async () => {
    const every = vi.spyOn(window, 'setInterval');
    await plugin();
    await vi.waitFor(() => expect(every.mock.calls.map((c) => c[1]).sort()).toEqual([60 * 1000, 60 * 60 * 1000].sort()));
  });
});

class Stand extends View {
  constructor(
    leaf: unknown,
    private readonly type: string,
  ) {
    super(leaf as never);
  }
  getViewType(): string {
    return this.type;
  }
}

describe('what the plugin registers', () => {
  it('the palette opens each view where its command says (views stood in for: they mount Svelte)', async () => {
    const { app, plugin: p } = await plugin();
    for (const type of ['roadmap-board', 'roadmap-checkin', 'roadmap-timeline']) app.workspace.viewCreators.set(type, (leaf) => new Stand(leaf, type));
    const run = async (id: string) => {
      (p as unknown as { commands: { id: string; callback: () => void }[] }).commands.find((c) => c.id === id)!.callback();
      await new Promise((r) => setTimeout(r, 0));
    };
    const where = (type: string) => app.workspace.getLeavesOfType(type).map((l) => `${l.side}:${String(l.askedAs)}${l.madeActive ? '' : ' (not made active)'}`);
    await run('open-board');
    await run('open-board');
    await run('open-board-in-tab');
    await run('open-checkin');
    await run('open-timeline');
    // In the sidebar: the timeline already open (in its tab) is shown, not a second one.
    await run('open-timeline-in-sidebar');
    expect([where('roadmap-board'), where('roadmap-checkin'), where('roadmap-timeline')]).toEqual([['right:right', 'main:tab'], ['right:right'], ['main:tab']]);
    // The ribbon icon opens the board, the one already open.
    const fake = p as unknown as { ribbonIcons: { title: string; click: () => unknown }[]; hoverInfo: Map<string, unknown> };
    expect(fake.ribbonIcons.map((r) => r.title)).toEqual(['Open roadmap board']);
    const revealed = app.workspace.revealed.length;
    fake.ribbonIcons[0].click();
    await new Promise((r) => setTimeout(r, 0));
    expect(where('roadmap-board')).toHaveLength(2);
    expect(app.workspace.revealed.slice(revealed)).toEqual([app.workspace.getLeavesOfType('roadmap-board')[0]]);
    expect(Object.fromEntries(fake.hoverInfo)).toEqual({ 'roadmap-board': { display: 'Roadmap board', defaultMod: true }, 'roadmap-checkin': { display: 'Roadmap check-in', defaultMod: true } });
  });

  it('the views’ host answers with the plugin’s settings, words, statuses, and its rebuild and starter note', async () => {
    const { app, plugin: p } = await plugin({ roadmapTags: ['plans', 'roadmap'], columnWords: { status: ['Phase'] } });
    const leaf = new WorkspaceLeaf(new View());
    leaf.workspace = app.workspace;
    const board = app.workspace.viewCreators.get('roadmap-board')!(leaf);
    const timeline = app.workspace.viewCreators.get('roadmap-timeline')!(leaf);
    const host = (board as unknown as { host: { settings(): unknown; words(): { status: string[] }; statuses(): unknown; rebuildIndex(): Promise<void>; createRoadmapNote(): Promise<void> } }).host;
    expect(host.settings()).toBe(p.roadmapSettings);
    expect(host.words().status).toContain('phase');
    expect(host.statuses()).toBe(p.index.statuses);
    const revision = p.index.snapshot.revision;
    await host.rebuildIndex();
    expect(p.index.snapshot.revision).toBeGreaterThan(revision);
    await host.createRoadmapNote();
    expect(app.workspace.leaves.map((l) => l.askedAs)).not.toContain(true);
    expect(app.vault.contents.get('Roadmap.md')).toMatch(/^---\ntags:\n {2}- plans\n/);
    const history = (timeline as unknown as { host: { history(): unknown } }).host.history();
    expect(history).toBe((p as unknown as { history: unknown }).history);
  });

  it('the cache is keyed by the vault’s app id, else its name', async () => {
    const { plugin: p, app } = await plugin();
    const key = () => (p as unknown as { cacheKey(): string }).cacheKey();
    expect(key()).toMatch(new RegExp(`${app.vault.getName()}$`));
    (app as unknown as { appId: unknown }).appId = '';
    expect(key()).toMatch(new RegExp(`${app.vault.getName()}$`));
    (app as unknown as { appId: unknown }).appId = 7;
    expect(key()).toMatch(new RegExp(`${app.vault.getName()}$`));
    (app as unknown as { appId: unknown }).appId = 'a1b2';
    expect(key()).toMatch(/a1b2$/);
  });

  it('data.json that is not an object is replaced by the settings, never spread into them', async () => {
    for (const odd of ['garbage', ['x'], 7, null]) {
      const { plugin: p } = await plugin();
      (p as unknown as { data: unknown }).data = odd;
      await p.onExternalSettingsChange();
      await p.saveSettings({ ...p.roadmapSettings, staleAfter: 4 });
      const data = (p as unknown as { data: Record<string, unknown> }).data;
      expect(Object.keys(data).filter((k) => /^\d+$/.test(k)), JSON.stringify(odd)).toEqual([]);
      expect(data).toMatchObject({ staleAfter: 4, version: 1 });
    }
  });

  it('settings it could not use are named in one notice; the reminder day saved is read back', async () => {
    notices.length = 0;
    const { plugin: p } = await plugin({ linkDepth: 9, staleAfter: 'x', reminderShownOn: '2026-12-02' });
    expect(notices.filter((n) => n.startsWith('Roadmap Board settings:'))).toEqual([expect.stringMatching(/^Roadmap Board settings: linkDepth .+; staleAfter .+$/)]);
    expect((p as unknown as { reminderShownOn: unknown }).reminderShownOn).toBe('2026-12-02');
  });

  it('the periodic work runs: the cache saved, the reminder checked', async () => {
    const every = vi.spyOn(window, 'setInterval');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 9, 10, 0));
    const { app, plugin: p } = await plugin({ reminderEnabled: true, reminderWeekday: 4 });
    await vi.waitFor(() => expect(every.mock.calls).toHaveLength(2));
    const saves = vi.spyOn(p.index, 'saveCache');
    const byDelay = new Map(every.mock.calls.map((c) => [c[1], c[0]]));
    byDelay.get(60 * 1000)!();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
    // The next day (Thursday) the hourly check shows it.
    vi.setSystemTime(new Date(2026, 11, 10, 9, 0));
    byDelay.get(60 * 60 * 1000)!();
    expect(notices).toEqual(['Time for your weekly roadmap check-in. Open check-in']);
    every.mockRestore();
    // Its button hides it and opens the check-in (stood in for: the view mounts Svelte).
    app.workspace.viewCreators.set('roadmap-checkin', (leaf) => new Stand(leaf, 'roadmap-checkin'));
    const notice = Notice.shown.at(-1)!;
    (notice.message as unknown as { children: { click(): void }[] }).children[1].click();
    expect(notice.hidden).toBe(true);
    await vi.waitFor(() => expect(app.workspace.getLeavesOfType('roadmap-checkin')).toHaveLength(1));
  });
});
