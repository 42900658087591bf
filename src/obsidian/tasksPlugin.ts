import { normalizePath, type App } from 'obsidian';
import { tasksPluginStatuses, type StatusDef } from '../core/model/statuses';

const TASKS_PLUGIN_ID = 'obsidian-tasks-plugin';

/**
 * The Tasks plugin's status settings when it is enabled in this vault (SPEC §2.3.1),
 * read from its data file as synced with the vault; null when it is not there.
 */
export async function readTasksStatuses(app: App): Promise<Map<string, StatusDef> | null> {
  const json = async (path: string): Promise<unknown> => {
    try {
      return JSON.parse(await app.vault.adapter.read(normalizePath(`${app.vault.configDir}/${path}`))) as unknown;
    } catch {
      return null;
    }
  };
  const enabled = await json('community-plugins.json');
  if (!Array.isArray(enabled) || !enabled.includes(TASKS_PLUGIN_ID)) return null;
  return tasksPluginStatuses(await json(`plugins/${TASKS_PLUGIN_ID}/data.json`));
}
