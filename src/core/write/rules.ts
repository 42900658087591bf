import { roleWords, type RoleWords } from '../model/columns';
import { StatusTable, TASKS_PLUGIN_ID, tasksPluginStatuses, type StatusDef } from '../model/statuses';
import type { Settings } from '../settings';

/**
 * The write rules (SPEC §3, one write path): everything an edit needs to know besides
 * the note's text, built once per entry point from the vault's settings and the Tasks
 * plugin's, and passed whole. No edit of the pipeline has defaults of its own, so a door
 * that forgot the vault's settings does not compile.
 */
export interface WriteRules {
  /** Header words per column role (the settings' extra words included). */
  readonly words: RoleWords;
  /** What each task status character means and where a toggle moves it. */
  readonly statuses: StatusTable;
  /** When and how done and cancelled dates are stamped on tasks. */
  readonly stamps: StampRules;
  /** Today, YYYY-MM-DD in the person's time zone. */
  readonly today: string;
  /** Replace words the product could not read (the CLI's `--replace`); else such writes are refused. */
  readonly replace: boolean;
  /** The Tasks plugin's toggle (its API), where it is loaded: recurring tasks are checked through it. */
  readonly tasksToggle: ((line: string, path: string) => string) | null;
  /** Where fresh checkbox ids come from (tests fix them). */
  readonly nextId?: () => string;
}

/** What an edit of the core reads of the rules (every field required: no edit has defaults). */
export type EditRules = Pick<WriteRules, 'words' | 'statuses' | 'stamps' | 'today' | 'replace' | 'nextId'>;

export interface StampRules {
  /** `never`; `notes`: where the note already writes Tasks' dates; `always`: every list task. */
  readonly done: 'never' | 'notes' | 'always';
  /** Cancelling stamps ❌ (Tasks' setCancelledDate). */
  readonly cancelled: boolean;
  /** Tasks' task format: `✅ date` or `[completion:: date]`. */
  readonly format: 'emoji' | 'dataview';
  /** Tasks' global filter: a task line without it is not a task to Tasks, so it gets no stamp. */
  readonly globalFilter: string;
}

/** What the Tasks plugin's settings say, read from its data file where it is enabled. */
export interface TasksSettings {
  enabled: boolean;
  statuses: Map<string, StatusDef> | null;
  setDoneDate: boolean;
  setCancelledDate: boolean;
  format: 'emoji' | 'dataview';
  globalFilter: string;
}

export const NO_TASKS_PLUGIN: TasksSettings = { enabled: false, statuses: null, setDoneDate: false, setCancelledDate: false, format: 'emoji', globalFilter: '' };

/**
 * The Tasks plugin's settings where the vault has it enabled; the plugin and the CLI each
 * pass how they read a JSON file of the config folder (null when missing or unreadable).
 * Tasks' defaults hold for fields its data does not have (done and cancelled dates on).
 */
export async function readTasksSettings(readConfigJson: (file: string) => unknown): Promise<TasksSettings> {
  const enabled = await readConfigJson('community-plugins.json');
  if (!Array.isArray(enabled) || !enabled.includes(TASKS_PLUGIN_ID)) return NO_TASKS_PLUGIN;
  const raw = await readConfigJson(`plugins/${TASKS_PLUGIN_ID}/data.json`);
  const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    enabled: true,
    statuses: tasksPluginStatuses(raw),
    setDoneDate: data.setDoneDate !== false,
    setCancelledDate: data.setCancelledDate !== false,
    format: data.taskFormat === 'dataview' ? 'dataview' : 'emoji',
    globalFilter: typeof data.globalFilter === 'string' ? data.globalFilter.trim() : '',
  };
}

/** The write rules of a vault: its settings, the Tasks plugin's, today. */
export function writeRules(settings: Settings, tasks: TasksSettings, today: string, options: { replace?: boolean; tasksToggle?: WriteRules['tasksToggle']; nextId?: () => string } = {}): WriteRules {
  const done = settings.doneDates === 'never' ? 'never' : settings.doneDates === 'always' || (tasks.enabled && tasks.setDoneDate) ? 'always' : 'notes';
  return {
    words: roleWords(settings.columnWords),
    statuses: new StatusTable(settings.taskStatuses, tasks.statuses),
    stamps: { done, cancelled: settings.doneDates !== 'never' && tasks.enabled && tasks.setCancelledDate, format: tasks.format, globalFilter: tasks.globalFilter },
    today,
    replace: options.replace ?? false,
    tasksToggle: options.tasksToggle ?? null,
    nextId: options.nextId,
  };
}
