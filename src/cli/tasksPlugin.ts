import { readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { installedTasksStatuses, type StatusDef } from '../core/model/statuses';

/**
 * The Tasks plugin's status settings from the vault's config folder, where it is enabled:
 * what Obsidian would use, the CLI uses. Null when it is not there or its data cannot be
 * read (then the built-in meanings hold).
 */
export function readTasksStatuses(root: string, configDir: string): Promise<Map<string, StatusDef> | null> {
  return installedTasksStatuses(configJson(root, configDir));
}

const configJson = (root: string, configDir: string) => (file: string) => {
  try {
    return JSON.parse(readFileSync(nodePath.join(root, configDir, file), 'utf8')) as unknown;
  } catch {
    return null;
  }
};
