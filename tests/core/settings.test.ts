import { describe, expect, it } from 'vitest';
import { checkSetting, DEFAULT_SETTINGS, loadSettings, makeSettings } from '../../src/core/settings';

describe('loadSettings', () => {
  it('gives defaults for nothing saved', () => {
    expect(loadSettings(undefined)).toEqual({ settings: makeSettings(), problems: [] });
    expect(loadSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid version 1 values', () => {
    const saved = { ...makeSettings(), roadmapTags: ['plan'], linkDepth: 2, boardGrouping: 'status', columnWords: { group: ['Pillar'] } };
    expect(loadSettings(saved)).toEqual({ settings: { ...saved, columnWords: { group: ['pillar'] } }, problems: [] });
  });

  it('migrates version 0: comma-separated tags and folders, old field names', () => {
    const { settings, problems } = loadSettings({ tags: 'plan, #goals', folders: 'Plans,Work/Roadmaps', depth: 0, weeklyNoteFolder: 'Weekly/', weeklyNoteFormat: 'GGGG-[W]WW' });
    expect(problems).toEqual([]);
    expect(settings).toEqual(makeSettings({ roadmapTags: ['plan', '#goals'], roadmapFolders: ['Plans', 'Work/Roadmaps'], linkDepth: 0, weeklyFolder: 'Weekly' }));
  });

  it('replaces each invalid value by its default and says why, keeping the rest', () => {
    const { settings, problems } = loadSettings({ version: 1, roadmapTags: [], linkDepth: 9, boardShowDone: 'yes', weeklyFolder: '../out', reminderWeekday: 3 });
    expect(settings).toEqual(makeSettings({ reminderWeekday: 3 }));
    expect(problems).toEqual([
      { field: 'roadmapTags', message: 'needs at least one entry; the default is used' },
      { field: 'linkDepth', message: 'must be a whole number from 0 to 5; the default is used' },
      { field: 'weeklyFolder', message: 'must stay inside the vault (no ".."); the default is used' },
      { field: 'boardShowDone', message: 'must be on or off; the default is used' },
    ]);
  });

  it('does not guess at settings from a newer version or of the wrong shape', () => {
    expect(loadSettings({ version: 7, linkDepth: 3 })).toEqual({ settings: makeSettings(), problems: [{ field: 'version', message: 'saved settings are from a newer version (7); defaults are used until you save' }] });
    expect(loadSettings('garbage').problems).toEqual([{ field: 'version', message: 'saved settings were not readable; defaults are used' }]);
  });
});

describe('checkSetting', () => {
  it.each([
    ['roadmapTags', 'roadmap, projects/2026', ['roadmap', 'projects/2026']],
    ['roadmapFolders', ['Plans', ' Plans '], ['Plans']],
    ['linkDepth', '3', 3],
    ['weeklyFormat', 'GGGG-[W]WW', 'GGGG-[W]WW'],
    ['weeklyTemplate', 'Templates/Weekly.md', 'Templates/Weekly.md'],
    ['weeklyTemplate', '', ''],
    ['taskStatuses', '> todo, !=doing\n~: Cancelled', { '>': 'todo', '!': 'doing', '~': 'cancelled' }],
    ['taskStatuses', { '?': 'done' }, { '?': 'done' }],
    ['taskStatuses', '', {}],
    ['doneDates', 'always', 'always'],
    ['doneDates', 'never', 'never'],
    ['staleAfter', '5', 5],
  ] as const)('%s accepts %j', (field, value, expected) => {
    expect(checkSetting(field, value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['roadmapTags', 'road map', '"road map" is not a tag (letters, digits, _ - / only, not only digits)'],
    ['roadmapTags', '2026', '"2026" is not a tag (letters, digits, _ - / only, not only digits)'],
    ['roadmapFolders', ['a/../b'], '"a/../b" must stay inside the vault (no "..")'],
    ['linkDepth', 1.5, 'must be a whole number from 0 to 5'],
    ['weeklyFormat', 'YYYY-MM-DD', 'needs a week token (WW for the ISO week)'],
    ['weeklyFormat', 'GGGG:WW', 'would make a file name with a character file names cannot have'],
    ['columnWords', { colour: ['x'] }, '"colour" is not a column role (status, priority, start, due, check, group, item)'],
    ['boardGrouping', 'kanban', 'must be groups, status or timeline'],
    ['reminderWeekday', 0, 'must be a whole number from 1 to 7'],
    ['taskStatuses', '>> todo', '">" needs a state: todo, doing, done or cancelled'],
    ['taskStatuses', '? maybe', '"?" needs a state: todo, doing, done or cancelled'],
    ['taskStatuses', { '[': 'todo' }, '"[" is not one status character'],
    ['taskStatuses', ['> todo'], 'must map status characters to todo, doing, done or cancelled'],
    ['doneDates', 'sometimes', 'must be tasks, always or never'],
    ['staleAfter', 0, 'must be a whole number from 1 to 12'],
  ] as const)('%s refuses %j', (field, value, message) => {
    expect(checkSetting(field, value)).toEqual({ ok: false, message });
  });
});
