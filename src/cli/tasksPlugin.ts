import { readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { StatusTable, tasksPluginStatuses, type StatusDef } from '../core/model/statuses';

/**
 * The Tasks plugin's status settings, where the vault has it installed and enabled
 * (`<config>/community-plugins.json` lists it): what Obsidian would use, the CLI uses.
 * Null when it is not there or its data cannot be read (then the built-in meanings hold).
 */
export function readTasksStatuses(root: string, configDir: string): Map<string, StatusDef> | null {
  const json = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(nodePath.join(root, configDir, file), 'utf8'));
    } catch {
      return null;
    }
  };
  const enabled = json('community-plugins.json');
  if (!Array.isArray(enabled) || !enabled.includes(TASKS_PLUGIN_ID)) return null;
  return tasksPluginStatuses(json(`plugins/${TASKS_PLUGIN_ID}/data.json`));
}

export const TASKS_PLUGIN_ID = 'obsidian-tasks-plugin';

/** The status meanings the CLI toggles by. */
export function cliStatuses(root: string, configDir: string): StatusTable {
  return new StatusTable({}, readTasksStatuses(root, configDir));
}
