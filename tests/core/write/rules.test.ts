// The write rules (SPEC §3): built once per entry point from the vault's settings and the
// Tasks plugin's; every door and command writes by them.
import { describe, expect, it } from 'vitest';
import { makeSettings } from '../../../src/core/settings';
import { NO_TASKS_PLUGIN, readTasksSettings, writeRules } from '../../../src/core/write/rules';

const reader = (files: Record<string, unknown>) => (file: string) => files[file] ?? null;
const enabled = { 'community-plugins.json': ['obsidian-tasks-plugin'] };
const data = (value: unknown) => ({ ...enabled, 'plugins/obsidian-tasks-plugin/data.json': value });

describe("the Tasks plugin's settings", () => {
  it('read only where the vault enables it; its defaults for what its data lacks', async () => {
    expect(await readTasksSettings(reader({}))).toEqual(NO_TASKS_PLUGIN);
    expect(await readTasksSettings(reader({ 'community-plugins.json': ['dataview'], 'plugins/obsidian-tasks-plugin/data.json': { setDoneDate: true } }))).toEqual(NO_TASKS_PLUGIN);
    expect(await readTasksSettings(reader(enabled))).toEqual({ enabled: true, statuses: null, setDoneDate: true, setCancelledDate: true, format: 'emoji', globalFilter: '' });
    expect(await readTasksSettings(reader(data('not an object')))).toMatchObject({ enabled: true, setDoneDate: true });
  });

  it('done and cancelled dates, task format, global filter and statuses as its data says', async () => {
    const settings = await readTasksSettings(
      reader(data({ setDoneDate: false, setCancelledDate: false, taskFormat: 'dataview', globalFilter: ' #task ', statusSettings: { coreStatuses: [{ symbol: '/', nextStatusSymbol: 'x', type: 'IN_PROGRESS' }], customStatuses: [] } })),
    );
    expect(settings).toMatchObject({ enabled: true, setDoneDate: false, setCancelledDate: false, format: 'dataview', globalFilter: '#task' });
    expect(settings.statuses?.get('/')).toEqual({ state: 'doing', next: 'x' });
    expect((await readTasksSettings(reader(data({ taskFormat: 'tasksPluginEmoji', globalFilter: 3 })))).format).toBe('emoji');
  });
});

describe('writeRules', () => {
  const tasksOn = { ...NO_TASKS_PLUGIN, enabled: true, setDoneDate: true, setCancelledDate: true };
  it("the Done dates setting with Tasks' own: tasks (where the note writes them, or everywhere when Tasks sets them), always, never", () => {
    const stamps = (doneDates: 'tasks' | 'always' | 'never', tasks = NO_TASKS_PLUGIN) => writeRules({ ...makeSettings(), doneDates }, tasks, '2026-12-07').stamps;
    expect(stamps('tasks')).toEqual({ done: 'notes', cancelled: false, format: 'emoji', globalFilter: '' });
    expect(stamps('tasks', tasksOn)).toEqual({ done: 'always', cancelled: true, format: 'emoji', globalFilter: '' });
    expect(stamps('tasks', { ...tasksOn, setDoneDate: false, setCancelledDate: false })).toMatchObject({ done: 'notes', cancelled: false });
    expect(stamps('always')).toMatchObject({ done: 'always', cancelled: false });
    expect(stamps('never', tasksOn)).toMatchObject({ done: 'never', cancelled: false });
  });

  it("the settings' column words and statuses (Tasks' win), today, --replace and the Tasks API", () => {
    const toggle = (line: string) => line;
    const rules = writeRules({ ...makeSettings(), columnWords: { status: ['zustand'] }, taskStatuses: { '?': 'doing', '/': 'todo' } }, { ...tasksOn, statuses: new Map([['/', { state: 'doing', next: 'x' }]]) }, '2026-12-07', { replace: true, tasksToggle: toggle });
    expect(rules.words.status).toContain('zustand');
    expect(rules.statuses.of('?').state).toBe('doing');
    expect(rules.statuses.of('/')).toEqual({ state: 'doing', next: 'x' });
    expect(rules).toMatchObject({ today: '2026-12-07', replace: true, tasksToggle: toggle });
    expect(writeRules(makeSettings(), NO_TASKS_PLUGIN, '2026-12-07')).toMatchObject({ replace: false, tasksToggle: null });
  });
});
