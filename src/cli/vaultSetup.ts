import { existsSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { EditResult } from '../core/edit/types';
import { loadSettings, makeSettings, normaliseFolder, type Settings } from '../core/settings';
import { readTasksSettings, writeRules, type TasksSettings, type WriteRules } from '../core/write/rules';
import { WritePath, type NotePort } from '../core/write/writePath';
import { UsageError, type ParsedArgs } from './args';
import { outsideTarget, type FsVault } from './fsVault';
import { readJsonFile, readUndoLog, stateFile, writeUndoLog } from './stateFiles';

/**
 * The vault's settings as the CLI uses them (SPEC §3, one write path): the plugin's own
 * `data.json` (tags, folders, column words, task statuses, done dates…) where the vault
 * has one, with the options given on the command line winning. Problems in the saved
 * settings are said on stderr; their defaults are used.
 */
export async function cliSettings(args: ParsedArgs, vault: FsVault, configDir: string, err: (text: string) => void = () => {}): Promise<Settings> {
  const data = await readJsonFile(stateFile('data', vault.root, configDir));
  const { settings: saved, problems } = data === null ? { settings: makeSettings(), problems: [] } : loadSettings(data);
  for (const problem of problems) err(`roadmap: plugin settings: ${problem.field} ${problem.message}\n`);
  const settings: Settings = { ...saved };
  if (args.tags.length) settings.roadmapTags = args.tags;
  for (const folder of args.folders) {
    const path = nodePath.join(vault.root, normaliseFolder(folder));
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`--folder ${folder}: there is no such folder in ${vault.root}`);
  }
  if (args.folders.length) settings.roadmapFolders = args.folders;
  if (args.all) settings.allNotes = true;
  if (args.linkDepth !== null) settings.linkDepth = args.linkDepth;
  return settings;
}

/** How the CLI reads a JSON file of the vault's config folder (null when missing or unreadable). */
export const configJson = (root: string, configDir: string) => (file: string) => readJsonFile(nodePath.join(root, configDir, file));

/** The Tasks plugin's settings where the vault enables it (rules.ts reads them). */
export const cliTasksSettings = (root: string, configDir: string): Promise<TasksSettings> => readTasksSettings(configJson(root, configDir));

/** The Tasks plugin's statuses, for indexing: what Obsidian would use, the CLI uses. */
export const tasksStatuses = async (root: string, configDir: string) => (await cliTasksSettings(root, configDir)).statuses;

/** The write rules of a vault for the CLI: its settings, the Tasks plugin's, today, `--replace`. No Tasks API: it runs in Obsidian only. */
export async function cliRules(args: ParsedArgs, vault: FsVault, configDir: string, settings: Settings, today: string): Promise<WriteRules> {
  return writeRules(settings, await cliTasksSettings(vault.root, configDir), today, { replace: args.replace });
}

/** The CLI's port: each write a temporary file renamed over the note (fsVault.ts); nothing written unless the edit landed with changes. */
export function cliPort(vault: FsVault): NotePort {
  return {
    async write(path, edit) {
      let before = '';
      let result: EditResult & { note?: string } = { ok: false, reason: `${path} could not be read` };
      await vault.process(path, (text) => {
        before = text;
        result = edit(text);
        return result.ok ? result.text : text;
      });
      // A linked note kept outside the vault is written where it lives: say where.
      const done = result as EditResult & { note?: string };
      const outside = done.ok && done.changes.length ? await outsideTarget(vault.root, path) : null;
      if (outside && done.ok) return { before, result: { ...done, note: [done.note, `${path} → ${outside}: a note outside the vault`].filter(Boolean).join('; ') } };
      return { before, result: done };
    },
  };
}

/** The write path over a vault folder, with the undo log the plugin shares (stateFiles.ts). */
export function cliWritePath(vault: FsVault, undoFile: string, undoDepth: number): WritePath {
  return new WritePath(cliPort(vault), { read: () => readUndoLog(undoFile, undoDepth), write: (log) => writeUndoLog(undoFile, log) });
}
