import { normalizePath, type App } from 'obsidian';
import { installedTasksStatuses, TASKS_PLUGIN_ID, tasksSetsDoneDate, type StatusDef } from '../core/model/statuses';

/**
 * The Tasks plugin's status settings when it is enabled in this vault (SPEC §2.3.1),
 * read from its data file as synced with the vault; null when it is not there.
 */
export function readTasksStatuses(app: App): Promise<Map<string, StatusDef> | null> {
  return installedTasksStatuses(configJson(app));
}

/** Whether the Tasks plugin is enabled and sets done dates (then every checked task gets one). */
export function readTasksDoneDates(app: App): Promise<boolean> {
  return tasksSetsDoneDate(configJson(app));
}

const configJson = (app: App) => async (file: string) => {
  try {
    return JSON.parse(await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`))) as unknown;
  } catch {
    return null;
  }
};

/** The part of the Tasks plugin's API the board uses. */
export interface TasksApi {
  executeToggleTaskDoneCommand(line: string, path: string): string;
}

/**
 * The Tasks plugin's API (`apiV1`) when the plugin is loaded: it checks a recurring task
 * and writes its next occurrence, as a click in Tasks would. Obsidian does not type
 * `app.plugins`, so each step is checked.
 */
export function tasksApi(app: App): TasksApi | null {
  const plugins = (app as unknown as { plugins?: { plugins?: Record<string, unknown> } }).plugins?.plugins;
  const plugin = plugins?.[TASKS_PLUGIN_ID] as { apiV1?: Partial<TasksApi> } | undefined;
  const api = plugin?.apiV1;
  return api && typeof api.executeToggleTaskDoneCommand === 'function' ? (api as TasksApi) : null;
}
