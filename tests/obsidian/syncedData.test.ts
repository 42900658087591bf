// data.json is shared (OBSIDIAN.md): the CLI writes check-ins into it, Sync and iCloud
// replace it with another device's. The plugin merges before it saves and when Obsidian
// says it changed on disk, and keeps nothing per device in it.
import { describe, expect, it } from 'vitest';
import { App } from '../fakes/obsidian';
import { startPlugin } from '../helpers/plugin';

const record = (week: string, savedAt: string, done: string[] = []) => ({ week, savedAt, done });

async function pluginWith(data: Record<string, unknown>, appId?: string) {
  const app = new App();
  if (appId) (app as unknown as { appId: string }).appId = appId;
  app.vault.seed('Plan.md', '#roadmap\n\n## Ship\n\n- [ ] Parser\n');
  const plugin = await startPlugin(app, data);
  return { app, plugin, disk: () => (plugin as unknown as { data: Record<string, unknown> }).data, write: (next: Record<string, unknown>) => ((plugin as unknown as { data: unknown }).data = structuredClone(next)) };
}

describe('saving merges with what is on disk', () => {
  it('check-ins another device or the CLI saved meanwhile, and fields this version does not know, are kept', async () => {
    const { plugin, disk, write } = await pluginWith({ checkins: { version: 1, records: [record('2026-W47', '2026-11-20')] } });
    // The CLI saves week 48 while the plugin runs; a newer version added a field.
    write({ ...disk(), checkins: { version: 1, records: [record('2026-W47', '2026-11-20'), record('2026-W48', '2026-11-27', ['k'])] }, future: { kept: true } });
    await plugin.saveSettings({ ...plugin.roadmapSettings, reminderEnabled: true });
    const saved = disk() as { checkins: { records: { week: string }[] }; future: unknown; reminderEnabled: boolean };
    expect(saved.checkins.records.map((r) => r.week)).toEqual(['2026-W47', '2026-W48']);
    expect(saved.future).toEqual({ kept: true });
    expect(saved.reminderEnabled).toBe(true);
  });

  it('a week saved on both sides keeps the later save; the later reminder day is kept', async () => {
    const { plugin, disk, write } = await pluginWith({ checkins: { version: 1, records: [record('2026-W48', '2026-11-27', ['old'])] }, reminderShownOn: '2026-11-27' });
    write({ ...disk(), checkins: { version: 1, records: [record('2026-W48', '2026-11-28', ['new'])] }, reminderShownOn: '2026-11-28' });
    await plugin.saveSettings(plugin.roadmapSettings);
    const saved = disk() as { checkins: { records: { savedAt: string; done: string[] }[] }; reminderShownOn: string };
    expect(saved.checkins.records).toEqual([record('2026-W48', '2026-11-28', ['new'])]);
    expect(saved.reminderShownOn).toBe('2026-11-28');
  });
});

describe('data.json changed on disk', () => {
  it('its settings are taken (the index follows them) and its check-ins merged', async () => {
    const { app, plugin, disk } = await pluginWith({ checkins: { version: 1, records: [record('2026-W47', '2026-11-20')] } });
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['Plan.md']);
    app.vault.seed('Other.md', '#work\n\n- [ ] Elsewhere\n');
    await (plugin as unknown as { dataChangedOnDisk(data: unknown): Promise<void> }).dataChangedOnDisk({ ...disk(), roadmapTags: ['work'], checkins: { version: 1, records: [record('2026-W48', '2026-11-27')] } });
    await plugin.index.settled();
    expect(plugin.roadmapSettings.roadmapTags).toEqual(['work']);
    expect(plugin.index.snapshot.roadmap.notes.map((n) => n.path)).toEqual(['Other.md']);
    // Both weeks are kept: the next save writes them back, not the plugin's older copy.
    await plugin.saveSettings(plugin.roadmapSettings);
    expect((disk() as { checkins: { records: { week: string }[] } }).checkins.records.map((r) => r.week)).toEqual(['2026-W47', '2026-W48']);
  });
});

describe('data.json replaced by a copy that lacks this device’s check-ins', () => {
  it('the merge is written back at once (not only at the next save), and nothing is written when the copy lacks nothing', async () => {
    const { plugin, disk } = await pluginWith({ checkins: { version: 1, records: [record('2026-W47', '2026-11-20')] } });
    let saves = 0;
    const saveData = plugin.saveData.bind(plugin);
    plugin.saveData = (data: unknown) => (saves++, saveData(data));
    // Another device's copy: week 48 but not this device's week 47.
    const fake = plugin as unknown as { dataChangedOnDisk(data: unknown): Promise<void> };
    await fake.dataChangedOnDisk({ ...disk(), checkins: { version: 1, records: [record('2026-W48', '2026-11-27')] } });
    expect((disk() as { checkins: { records: { week: string }[] } }).checkins.records.map((r) => r.week)).toEqual(['2026-W47', '2026-W48']);
    expect(saves).toBe(1);
    // The same again, now holding both weeks: nothing to add, nothing written.
    await fake.dataChangedOnDisk(structuredClone(disk()));
    expect(saves).toBe(1);
  });
});

describe('nothing per device in data.json', () => {
  it('the index cache is keyed by the app id of this device’s vault; an old cacheId is dropped on save', async () => {
    const { plugin, disk } = await pluginWith({ cacheId: 'synced-random-id' }, 'a1b2c3d4');
    expect((plugin as unknown as { cacheKey(): string }).cacheKey()).toBe('app:a1b2c3d4');
    await plugin.saveSettings(plugin.roadmapSettings);
    expect(disk()).not.toHaveProperty('cacheId');
  });
});
