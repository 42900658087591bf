import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeSettings } from '../../src/core/settings';
import { App, notices } from '../fakes/obsidian';
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
    notices.length = 0;
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
