import { normalizePath, type App } from 'obsidian';
import { TASKS_PLUGIN_ID } from '../core/model/statuses';
import { readTasksSettings, type TasksSettings } from '../core/write/rules';

/**
 * The Tasks plugin's settings when it is enabled in this vault (SPEC §2.3.1, §3): its
 * statuses, done and cancelled dates, task format and global filter, read from its data
 * file as synced with the vault.
 */
export function readTasksPluginSettings(app: App): Promise<TasksSettings> {
  return readTasksSettings(async (file: string) => {
    try {
      return JSON.parse(await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${file}`))) as unknown;
    } catch {
      return null;
    }
  });
}

/** The part of the Tasks plugin's API the write path uses. */
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
