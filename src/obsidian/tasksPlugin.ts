import { normalizePath, type App } from 'obsidian';
import { installedTasksStatuses, tasksSetsDoneDate, type StatusDef } from '../core/model/statuses';

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
