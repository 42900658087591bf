import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSettings, type Settings } from '../../src/core/settings';
import { RoadmapSettingTab } from '../../src/obsidian/settingsTab';
import { App, Plugin, Setting } from '../fakes/obsidian';

// Every row of the settings tab: its name, its description, what its control shows for
// the settings in force, and that a good value typed, toggled or chosen is saved under
// its own field (and a bad one is not).

function tab(over: Partial<Settings> = {}) {
  const saved: Settings[] = [];
  const host = {
    roadmapSettings: makeSettings(over),
    async saveSettings(settings: Settings) {
      saved.push(settings);
      host.roadmapSettings = settings;
    },
  };
  const settingTab = new RoadmapSettingTab(new App() as never, new Plugin(new App(), {} as never) as never, host);
  settingTab.display();
  const row = (name: string) => Setting.all.find((s) => s.name === name && !s.heading)!;
  return { host, saved, row, settingTab };
}

beforeEach(() => {
  Setting.all.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('the settings tab', () => {
  it('shows each setting in force, with its description', () => {
    const { row } = tab({ roadmapTags: ['roadmap', 'okr'], roadmapFolders: ['Plans', 'Work/Roadmaps'], linkDepth: 2, taskStatuses: { '>': 'todo', '!': 'doing' }, weeklyFolder: 'Weekly', weeklyTemplate: 'Templates/Week.md', reminderWeekday: 5, staleAfter: 4, undoDepth: 30, allNotes: true, boardShowDone: false, boardGrouping: 'status', doneDates: 'always' });
    const shown = Setting.all.filter((s) => !s.heading).map((s) => [s.name, s.shown]);
    expect(shown).toEqual([
      ['Roadmap tags', 'roadmap, okr'],
      ['Roadmap folders', 'Plans, Work/Roadmaps'],
      ['Link depth', '2'],
      ['Every note is a roadmap note', true],
      ['Task statuses', '> todo, ! doing'],
      ['Folder', 'Weekly'],
      ['File name format', 'GGGG-[W]WW'],
      ['Template note', 'Templates/Week.md'],
      ['Use the periodic notes settings', true],
      ['Weekly reminder', false],
      ['Reminder weekday', '5'],
      ['Stale after', '4'],
      ['Default grouping', 'status'],
      ['Show done items', false],
      ['Done dates', 'always'],
      ['Undo depth', '30'],
    ]);
    expect(row('Default grouping').options).toEqual({ groups: 'Groups', status: 'Status', timeline: 'Timeline' });
    expect(row('Done dates').options).toEqual({ tasks: 'Where the note has Tasks dates, or Tasks sets them', always: 'Always', never: 'Never' });
    expect(row('Link depth').desc).toBe('How many links away from a roadmap note notes are read too (0–5).');
    expect(row('Undo depth').desc).toBe('How many roadmap changes can be undone (1–200).');
    expect(row('Default grouping').desc).toBe('');
    expect(Setting.all.every((s) => s.heading || s.name === 'Default grouping' || s.desc.length > 10)).toBe(true);
  });

  it('Obsidian 1.13+ renders the same rows from the definitions', () => {
    const { settingTab } = tab({ linkDepth: 4 });
    Setting.all.length = 0;
    const items = settingTab.getSettingDefinitions().flatMap((group) => (group as unknown as { items: { name: string; render(s: Setting): void }[] }).items);
    for (const item of items) item.render(new Setting(null));
    expect(Setting.all.map((s) => s.name)).toEqual(items.map((i) => i.name));
    expect(Setting.all.find((s) => s.name === 'Link depth')!.shown).toBe('4');
  });

  it('saves each good value under its own field, leaving the others as they were', async () => {
    const { host, saved, row } = tab();
    const before = host.roadmapSettings;
    const typed: [string, string, Partial<Settings>][] = [
      ['Roadmap tags', 'plans, okr', { roadmapTags: ['plans', 'okr'] }],
      ['Roadmap folders', 'Plans', { roadmapFolders: ['Plans'] }],
      ['Link depth', '3', { linkDepth: 3 }],
      ['Task statuses', '> todo', { taskStatuses: { '>': 'todo' } }],
      ['Folder', 'Check-ins', { weeklyFolder: 'Check-ins' }],
      ['File name format', 'GGGG-[W]WW[ review]', { weeklyFormat: 'GGGG-[W]WW[ review]' }],
      ['Template note', 'T.md', { weeklyTemplate: 'T.md' }],
      ['Reminder weekday', '7', { reminderWeekday: 7 }],
      ['Stale after', '2', { staleAfter: 2 }],
      ['Undo depth', '5', { undoDepth: 5 }],
    ];
    for (const [name, value, expected] of typed) {
      saved.length = 0;
      await row(name).onText!(value);
      row(name).blur();
      await new Promise((r) => setTimeout(r, 0));
      expect(saved, name).toHaveLength(1);
      expect(saved[0], name).toMatchObject(expected);
      expect(row(name).descEl.children[0].text, name).toBe('');
    }
    for (const [name, field] of [['Every note is a roadmap note', 'allNotes'], ['Use the periodic notes settings', 'usePeriodicNotes'], ['Weekly reminder', 'reminderEnabled'], ['Show done items', 'boardShowDone']] as const) {
      const was = host.roadmapSettings[field];
      await row(name).onToggle!(!was);
      expect(host.roadmapSettings[field], name).toBe(!was);
    }
    await row('Default grouping').onText!('timeline');
    await row('Done dates').onText!('never');
    expect(host.roadmapSettings).toMatchObject({ boardGrouping: 'timeline', doneDates: 'never' });
    expect(before.linkDepth).toBe(1);
  });

  it('a bad value is named under its field and never saved; a good one clears the message', async () => {
    const { saved, row } = tab();
    await row('Stale after').onText!('0');
    row('Stale after').blur();
    await new Promise((r) => setTimeout(r, 0));
    expect(saved).toEqual([]);
    expect(row('Stale after').descEl.children[0].text).toMatch(/^Not saved: .+\.$/);
    // Under the field's description, in the style of a problem (styles.css).
    expect(row('Stale after').descEl.children[0].cls).toBe('roadmap-setting-problem');
    await row('Stale after').onText!('3');
    expect(row('Stale after').descEl.children[0].text).toBe('');
    // The same check for any value handed to save (a dropdown's, a toggle's).
    const other = tab();
    expect(await other.settingTab.save('boardGrouping', 'lanes')).toMatch(/^Not saved: .+\.$/);
    expect(other.saved).toEqual([]);
  });

  it('typing is saved once, when it pauses for 600 ms, not 600 ms after the first key', async () => {
    vi.useFakeTimers();
    const { saved, row } = tab();
    await row('Undo depth').onText!('5');
    await vi.advanceTimersByTimeAsync(500);
    await row('Undo depth').onText!('50');
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.map((s) => s.undoDepth)).toEqual([50]);
  });
});
